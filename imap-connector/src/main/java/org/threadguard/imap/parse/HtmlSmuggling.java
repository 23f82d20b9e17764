package org.threadguard.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises HTML smuggling in an attached web page or SVG image: a script that assembles a file from data
 * inside the page (base64 or byte arrays) and hands it to the browser as a download, so the file never
 * crosses the mail filters as an attachment (Qakbot's and others' delivery of password-protected zips and
 * disk images in hijacked threads, 2022-2024). Nothing is executed: the page's text is searched for the
 * three parts the technique needs (a script, a blob or object URL or save call, and an embedded payload).
 * Bounded: the first {@value #MAX_BYTES} bytes.
 */
public final class HtmlSmuggling {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final Pattern DOWNLOAD_NAME = Pattern.compile(
            "(?is)(?:\\.download\\s*=\\s*|download\\s*[=:]\\s*|msSave(?:OrOpen)?Blob\\s*\\([^;]{1,200}?,\\s*"
                    + "|new\\s+File\\s*\\(\\s*\\[[^\\]]{0,200}\\]\\s*,\\s*)[\"'`]([^\"'`<>\\r\\n]{1,120})[\"'`]");

    private HtmlSmuggling() {
    }

    /** Whether an attachment is a web page or SVG image, by name or by content type. */
    public static boolean isWebPage(String fileName, String declaredType, String sniffedType) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")
                || n.endsWith(".svg") || n.endsWith(".mht") || n.endsWith(".mhtml") || declaredType.contains("html")
                || declaredType.contains("svg") || sniffedType.contains("html") || sniffedType.contains("svg");
    }

    private static final Pattern PASSWORD_INPUT = Pattern.compile("(?is)<input\\b[^>]{0,400}?\\btype\\s*=\\s*[\"']?password\\b");
    private static final Pattern FORM_ACTION = Pattern.compile("(?is)<form\\b[^>]{0,400}?\\baction\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)");

    /**
     * Where the page's form sends a password, if it has a password field (a sign-in page sent as a file, to be
     * opened locally where no address bar shows whose page it is): the form's host, or empty when the form does
     * not name one (a script sends it); {@link Optional#empty()} when the page asks for no password.
     */
    public static Optional<String> passwordFormTarget(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, MAX_BYTES), StandardCharsets.ISO_8859_1);
        if (!PASSWORD_INPUT.matcher(text).find()) {
            return Optional.empty();
        }
        java.util.regex.Matcher action = FORM_ACTION.matcher(text);
        return Optional.of(action.find() ? org.threadguard.heuristics.text.UrlHosts.hostOf(action.group(1)) : "");
    }

    private static final Pattern META_REFRESH = Pattern.compile(
            "(?is)<meta\\b[^>]{0,300}?http-equiv\\s*=\\s*[\"']?refresh[^>]{0,300}?url\\s*=\\s*['\"]?(https?://[^\"'\\s>]+)");
    private static final Pattern SCRIPT_NAVIGATION = Pattern.compile(
            "(?is)(?:location(?:\\.href)?\\s*=(?!=)|location\\.(?:replace|assign)\\s*\\(|window\\.open\\s*\\(|"
                    + "document\\.location\\s*=(?!=))");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)[\"'`](https?://[^\"'`\\s<>]{4,2000})");

    /**
     * Where the page sends whoever opens it, if it does so by itself: a meta refresh, or a script that sets the
     * location or opens a window with an address written in the page (an attachment that is only a doorway to a
     * site, so that the mail carries no link for the filters to check). {@link Optional#empty()} otherwise.
     */
    public static Optional<String> redirectTarget(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, MAX_BYTES), StandardCharsets.ISO_8859_1);
        Optional<String> target = navigationTarget(text);
        // a page with content of its own (a saved article, a report) is not a doorway; measured only for a page
        // that navigates at all, as most attached pages do not
        return target.isPresent() && visibleLength(text) > MAX_DOORWAY_TEXT ? Optional.empty() : target;
    }

    private static final Pattern ANCHOR = Pattern.compile(
            "(?is)<a\\b[^>]{0,400}?\\b(?:xlink:)?href\\s*=\\s*[\"']?(https?://[^\"'\\s<>]{4,2000})");
    /** More distinct sites than this and the page is a document of its own (a saved article), not a button. */
    static final int MAX_BUTTON_SITES = 5;

    /**
     * The web links a reader can click in an attached page or SVG image ("Play message", "Open document"): the
     * page is the mail's real content and its links are what the mail wants opened, out of the reach of filters
     * that read only the body. Empty for a page that links to more than {@value #MAX_BUTTON_SITES} sites (a
     * saved web page or report, whose links say nothing about the mail). Bounded: the first megabyte.
     */
    public static java.util.List<String> clickableLinks(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 1 << 20), StandardCharsets.ISO_8859_1);
        java.util.Set<String> links = new java.util.LinkedHashSet<>();
        java.util.Set<String> sites = new java.util.HashSet<>();
        Matcher m = ANCHOR.matcher(text);
        while (m.find()) {
            String url = m.group(1).replace("&amp;", "&");
            links.add(url);
            sites.add(org.threadguard.heuristics.text.UrlHosts.hostOf(url));
            if (sites.size() > MAX_BUTTON_SITES) {
                return java.util.List.of();
            }
        }
        return java.util.List.copyOf(links);
    }

    /**
     * Whether an attached SVG image carries a script at all (a drawing needs none), or an attached web page is
     * little but a script (at most {@value #MAX_DOORWAY_TEXT} visible characters): obfuscated code that builds
     * what it shows when opened, which nothing here can read.
     */
    public static boolean runsScript(byte[] content, boolean svg) {
        String text = new String(content, 0, Math.min(content.length, MAX_BYTES), StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean script = lower.contains("<script") || lower.contains("javascript:") || lower.contains(" onload=");
        return script && (svg || visibleLength(text) <= MAX_DOORWAY_TEXT);
    }

    /** Where a meta refresh or a script's location change or new window sends the reader, if anywhere. */
    private static Optional<String> navigationTarget(String text) {
        Matcher refresh = META_REFRESH.matcher(text);
        if (refresh.find()) {
            return Optional.of(refresh.group(1));
        }
        int script = text.toLowerCase(Locale.ROOT).indexOf("<script");
        if (script < 0 || !SCRIPT_NAVIGATION.matcher(text).find(script)) {
            return Optional.empty();
        }
        Matcher url = SCRIPT_URL.matcher(text);
        return url.find(script) ? Optional.of(url.group(1)) : Optional.empty();
    }

    /** Visible characters (not white space) a doorway page may have: "Loading document..." and a logo's words. */
    static final int MAX_DOORWAY_TEXT = 400;
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->|<[^>]*>");

    /** The number of non-space characters a browser would show of the page's markup (roughly: tags dropped). */
    static int visibleLength(String html) {
        String shown = INVISIBLE.matcher(html).replaceAll(" ");
        int n = 0;
        for (int i = 0; i < shown.length(); i++) {
            if (!Character.isWhitespace(shown.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The name of the file the page builds, if it smuggles one: the name its script gives the download, or
     * empty when it gives none; {@link Optional#empty()} when the page does not smuggle.
     */
    public static Optional<String> smuggledFile(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, MAX_BYTES), StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean script = lower.contains("<script") || lower.contains("javascript:") || lower.contains(" onload=");
        boolean hands = lower.contains("new blob(") || lower.contains("createobjecturl") || lower.contains("mssaveoropenblob")
                || lower.contains("mssaveblob") || lower.contains("new file([");
        boolean payload = lower.contains("atob(") || lower.contains("uint8array") || lower.contains("fromcharcode")
                || lower.contains("charcodeat") || lower.contains(";base64,");
        if (!(script && hands && payload)) {
            return Optional.empty();
        }
        Matcher m = DOWNLOAD_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.contains(".") && !name.contains("/") && !name.contains("{")) {
                return Optional.of(name);
            }
        }
        return Optional.of("");
    }
}
