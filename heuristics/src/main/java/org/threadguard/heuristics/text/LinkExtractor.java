package org.threadguard.heuristics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;

/**
 * Finds links in mail bodies without following them: anchors and image-map areas in HTML, written
 * out URLs in plain text. Each link says whether it sits in the quoted history (blockquote, Gmail
 * quote, Outlook reply divider, or a {@code >} line) and names its real host.
 */
public final class LinkExtractor {
    /** Linear pattern: a scheme or www. followed by non-space, non-bracket characters. */
    private static final Pattern TEXT_URL = Pattern.compile(
            "(?i)(?:\\b(?:https?|ftp)://(?:\\[[0-9a-f:.]+\\])?|\\bwww\\.)[^\\s<>\"'\\u00a0\\u201c\\u201d\\[\\]]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\")]}*";

    private LinkExtractor() {
    }

    /** Links of {@code a[href]} and {@code area[href]} elements, in document order. */
    public static List<Link> fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return fromHtml(Jsoup.parse(html));
    }

    /** Links of an already parsed document (see {@link #fromHtml(String)}). */
    public static List<Link> fromHtml(Document doc) {
        List<Link> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int quoteDepth;
            private boolean afterDivider;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (isQuoteContainer(e)) {
                    quoteDepth++;
                }
                if (isDivider(e)) {
                    afterDivider = true;
                }
                String tag = e.normalName();
                if (("a".equals(tag) || "area".equals(tag)) && e.hasAttr("href")) {
                    String href = e.attr("href").strip();
                    if (keep(href)) {
                        String shown = "a".equals(tag) ? e.text().strip() : e.attr("alt").strip();
                        out.add(new Link(href, shown, UrlHosts.hostOf(href), LinkSource.HTML,
                                quoteDepth > 0 || afterDivider));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isQuoteContainer(e)) {
                    quoteDepth--;
                }
            }
        }, doc);
        return out;
    }

    /** URLs written out in plain text; lines starting with {@code >} count as quoted. */
    public static List<Link> fromText(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (line.indexOf("://") >= 0 || line.regionMatches(true, 0, "www.", 0, 4) || containsWww(line)) {
                boolean quoted = line.stripLeading().startsWith(">");
                Matcher m = TEXT_URL.matcher(line);
                while (m.find()) {
                    String url = m.group();
                    // A long URL wrapped by the sender's client at the end of the line continues on the next.
                    if (m.end() == line.length()) {
                        for (int j = i + 1; j < lines.length && j <= i + 3; j++) {
                            String next = continuation(url, stripCr(lines[j]), quoted);
                            if (next == null) {
                                break;
                            }
                            url += next;
                            if (next.length() < stripCr(lines[j]).strip().replaceFirst("^[>\\s]+", "").length()) {
                                break;
                            }
                        }
                    }
                    url = trimTrailing(url);
                    if (url.length() > 4 && !url.endsWith("://")) {
                        out.add(new Link(url, url, UrlHosts.hostOf(url), LinkSource.TEXT, quoted));
                    }
                }
            }
        }
        return out;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The part of {@code next} that continues a URL wrapped at the end of the previous line, or
     * {@code null}. Only a URL that ends where a wrap can happen (after "-", "/", "=", "_", ".", "?",
     * "&" or "%") continues, and only with a token that looks like more of a path (it holds "/", "."
     * or "=", or it ends the URL before a closing "&gt;").
     */
    static String continuation(String url, String next, boolean quoted) {
        char last = url.charAt(url.length() - 1);
        if ("-/=_.?&%~".indexOf(last) < 0) {
            return null;
        }
        String n = quoted ? next.replaceFirst("^\\s*>+\\s?", "") : next;
        if (n.isEmpty() || Character.isWhitespace(n.charAt(0))) {
            return null;
        }
        int end = 0;
        while (end < n.length() && !Character.isWhitespace(n.charAt(end)) && "<>\"'[]".indexOf(n.charAt(end)) < 0) {
            end++;
        }
        String token = n.substring(0, end);
        boolean pathLike = token.indexOf('/') >= 0 || token.indexOf('=') >= 0
                || token.indexOf('.') > 0 && token.indexOf('.') < token.length() - 1;
        return token.length() >= 2 && pathLike && token.indexOf("://") < 0 ? token : null;
    }

    private static boolean containsWww(String line) {
        return line.toLowerCase(Locale.ROOT).contains("www.");
    }

    private static boolean keep(String href) {
        if (href.isEmpty() || href.startsWith("#")) {
            return false;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("mailto:") || lower.startsWith("cid:") || lower.startsWith("tel:")
                || lower.startsWith("sms:") || lower.startsWith("callto:"));
    }

    /** Removes trailing punctuation that belongs to the sentence, keeping balanced parentheses. */
    static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (c == ')') {
                int open = 0;
                int close = 0;
                for (int i = 0; i < end; i++) {
                    char d = url.charAt(i);
                    if (d == '(') {
                        open++;
                    } else if (d == ')') {
                        close++;
                    }
                }
                if (close <= open) {
                    break;
                }
                end--;
            } else if (TRAILING_PUNCTUATION.indexOf(c) >= 0) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static boolean isQuoteContainer(Element e) {
        String tag = e.normalName();
        return "blockquote".equals(tag) || ("div".equals(tag) && e.hasClass("gmail_quote"))
                || "divRplyFwdMsg".equals(e.id());
    }

    /** Outlook's reply/forward dividers: everything after them in document order is history. */
    private static boolean isDivider(Element e) {
        String id = e.id();
        if ("divRplyFwdMsg".equals(id) || "appendonsend".equals(id) || "x_divRplyFwdMsg".equals(id)) {
            return true;
        }
        if ("hr".equals(e.normalName())) {
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            return "-1".equals(e.attr("tabindex")) || style.contains("display:inline-block")
                    || (e.nextElementSibling() != null && "divRplyFwdMsg".equals(e.nextElementSibling().id()));
        }
        if ("div".equals(e.normalName())) {
            // Outlook desktop: <div style="border:none;border-top:solid #E1E1E1 1.0pt;..."><p><b>From:</b>
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("border-top:solid") && style.contains("border:none")) {
                String text = e.text().strip();
                return text.startsWith("From:") || text.startsWith("Von:") || text.startsWith("De :")
                        || text.startsWith("De:") || text.startsWith("Da:") || text.startsWith("Van:");
            }
        }
        return false;
    }
}
