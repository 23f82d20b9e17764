package org.threadguard.heuristics.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML mail body as readable plain text: block elements and {@code <br>} start new
 * lines, {@code <blockquote>} content is prefixed with {@code "> "} per level (so quote detection
 * works on HTML-only mail), and scripts, styles and other invisible content are dropped. Nothing is
 * fetched or executed.
 */
public final class HtmlText {
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "head", "title", "noscript", "template", "object", "embed", "iframe", "svg", "xml");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot", "h1", "h2",
            "h3", "h4", "h5", "h6", "pre", "hr", "address", "article", "aside", "footer", "header", "section",
            "center", "form", "fieldset", "figure", "main", "nav", "body", "caption");

    private HtmlText() {
    }

    /** The readable text of an HTML document or fragment; empty for null or blank input. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        return toText(doc.body() == null ? doc : doc.body());
    }

    /**
     * The readable text and the links of an HTML body, from one parse of it (parsing is most of the
     * cost of both).
     */
    public record Rendered(String text, java.util.List<org.threadguard.heuristics.model.Link> links) {
    }

    /** {@link #toText(String)} and {@link LinkExtractor#fromHtml(String)} from one parse. */
    public static Rendered render(String html) {
        if (html == null || html.isBlank()) {
            return new Rendered("", java.util.List.of());
        }
        Document doc = Jsoup.parse(html);
        String text = toText(doc.body() == null ? doc : doc.body());
        return new Rendered(text, LinkExtractor.fromHtml(doc));
    }

    /**
     * Styles that keep an element's text from the reader. Such text is not what the message says: a
     * reply can carry hidden words copied from its thread so that it reads as related to it.
     */
    private static final java.util.regex.Pattern HIDING = java.util.regex.Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all"
                    + "|font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem|%)?|opacity\\s*:\\s*0(?:\\.0+)?)"
                    + "\\s*(?:!important)?\\s*(?:;|$)");

    /** Whether an element is hidden from the reader (the {@code hidden} attribute or a hiding style). */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDING.matcher(style.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** The readable text of an already parsed element. */
    public static String toText(Element root) {
        Renderer r = new Renderer();
        NodeTraversor.filter(r, root);
        return r.finish();
    }

    private static final class Renderer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private int quoteDepth;
        private int preDepth;
        private boolean atLineStart = true;
        private boolean pendingSpace;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(preDepth > 0 ? t.getWholeText() : t.text());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "br" -> newline();
                case "blockquote" -> {
                    ensureNewline();
                    quoteDepth++;
                }
                case "td", "th" -> pendingSpace = !atLineStart;
                case "img" -> {
                    String alt = e.attr("alt");
                    if (!alt.isBlank()) {
                        text(alt);
                    }
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        ensureNewline();
                    }
                    if ("pre".equals(tag)) {
                        preDepth++;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if ("blockquote".equals(tag)) {
                    ensureNewline();
                    quoteDepth--;
                } else if (BLOCKS.contains(tag)) {
                    ensureNewline();
                    if ("pre".equals(tag)) {
                        preDepth--;
                    }
                } else if ("td".equals(tag) || "th".equals(tag)) {
                    pendingSpace = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && preDepth > 0) {
                    newline();
                } else if (c == '\r') {
                    continue;
                } else if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (preDepth > 0 && !atLineStart) {
                        out.append(c == '\u00a0' ? ' ' : c);
                    } else if (!atLineStart) {
                        pendingSpace = true;
                    }
                } else {
                    if (atLineStart) {
                        prefix();
                        atLineStart = false;
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        private void prefix() {
            for (int i = 0; i < quoteDepth; i++) {
                out.append("> ");
            }
        }

        private void ensureNewline() {
            if (!atLineStart) {
                newline();
            }
        }

        private void newline() {
            if (atLineStart && quoteDepth > 0) {
                out.append(">".repeat(quoteDepth));
            }
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            out.append('\n');
            atLineStart = true;
            pendingSpace = false;
        }

        String finish() {
            // Collapse runs of more than one blank line and trim the ends.
            StringBuilder s = new StringBuilder(out.length());
            int newlines = 0;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\n') {
                    newlines++;
                    if (newlines <= 2) {
                        s.append(c);
                    }
                } else {
                    newlines = 0;
                    s.append(c);
                }
            }
            return s.toString().strip();
        }
    }
}
