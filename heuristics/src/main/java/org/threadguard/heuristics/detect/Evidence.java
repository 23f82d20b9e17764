package org.threadguard.heuristics.detect;

import java.net.IDN;

/** Small helpers for writing evidence that is safe to show: excerpts and defanged links. */
public final class Evidence {
    private Evidence() {
    }

    /** The first {@code max} characters of a text on one line, with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)).strip() + "…";
    }

    /**
     * A link made safe to show and copy: {@code https://evil.example/x} becomes
     * {@code hxxps://evil[.]example/x}. Internationalised hosts are shown in punycode as well.
     */
    public static String defang(String url) {
        if (url == null || url.isEmpty()) {
            return "";
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        String scheme = "";
        String rest = u;
        int sep = u.indexOf("://");
        if (sep > 0) {
            scheme = lower.substring(0, sep).replace("http", "hxxp").replace("ftp", "fxp") + "://";
            rest = u.substring(sep + 3);
        }
        int slash = indexOfAny(rest, "/?#");
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        String shownHost = host;
        try {
            String ascii = IDN.toASCII(host.contains("@") ? host.substring(host.lastIndexOf('@') + 1) : host,
                    IDN.ALLOW_UNASSIGNED);
            if (!ascii.equalsIgnoreCase(host)) {
                shownHost = host + " (" + ascii + ")";
            }
        } catch (IllegalArgumentException e) {
            // leave as written
        }
        return scheme + shownHost.replace(".", "[.]") + tail;
    }

    /** A host or domain made safe to show: dots bracketed. */
    public static String defangHost(String host) {
        return host == null ? "" : host.replace(".", "[.]");
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
