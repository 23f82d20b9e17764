package org.threadguard.app.ui.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.threadguard.heuristics.detect.Evidence;

/**
 * Text that is safe to show and copy: every URL defanged, HTML sanitised with a jsoup
 * {@link Safelist} (no img, style, iframe, script, forms; anchors replaced by their text and the
 * defanged target) and rendered as plain text. Nothing here can make a network request: the
 * result is a String shown in text controls (see docs/adr/0002-safe-message-rendering.md).
 */
public final class SafeText {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp|hxxps?|fxp)://|www\\.)[^\\s<>\"'\\u00a0]+");
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img", "a")
            .addTags("span", "font", "center");

    private SafeText() {
    }

    /** Defangs every URL in a free text ({@code https://evil.example/x} becomes {@code hxxps://evil[.]example/x}). */
    public static String defangUrls(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = URL.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String url = m.group();
            String trail = "";
            while (!url.isEmpty() && ".,;:!?)]".indexOf(url.charAt(url.length() - 1)) >= 0) {
                trail = url.charAt(url.length() - 1) + trail;
                url = url.substring(0, url.length() - 1);
            }
            String safe = url.contains("[.]") ? url : Evidence.defang(url);
            m.appendReplacement(sb, Matcher.quoteReplacement(safe + trail));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The sanitised HTML (jsoup Safelist, anchors replaced by text), for tests and inspection. */
    public static String sanitiseHtml(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
        for (Element a : dirty.select("a")) {
            String href = a.attr("href");
            String shown = a.text();
            String replacement = href.isBlank() ? shown : shown + " [" + Evidence.defang(href) + "]";
            a.replaceWith(new TextNode(replacement));
        }
        return Jsoup.clean(dirty.body().html(), SAFELIST);
    }

    /** Sanitised HTML rendered as readable plain text with defanged URLs. */
    public static String htmlAsText(String html) {
        Document doc = Jsoup.parseBodyFragment(sanitiseHtml(html));
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && e.isBlock() && sb.length() > 0
                        && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            }
        }, doc.body());
        return defangUrls(sb.toString().replaceAll("\n{3,}", "\n\n").strip());
    }
}
