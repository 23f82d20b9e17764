package org.threadguard.heuristics.text;

import java.util.Locale;

/**
 * Finds the real host of a URL as a browser would: after any {@code user:pass@} part, without port,
 * IP literals normalised (brackets dropped for IPv6, single-number IPv4 forms written as dotted quads).
 * Internationalised names are kept as written.
 */
public final class UrlHosts {
    private UrlHosts() {
    }

    /** The lower-case host of {@code url}, or an empty string when it has none (relative, mailto...). */
    public static String hostOf(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip();
        int start;
        int scheme = u.indexOf("://");
        if (scheme > 0 && isScheme(u, scheme)) {
            start = scheme + 3;
        } else if (u.startsWith("//")) {
            start = 2;
        } else if (u.regionMatches(true, 0, "www.", 0, 4)) {
            start = 0;
        } else {
            return "";
        }
        // Browsers treat backslashes in http(s) URLs as slashes.
        int end = u.length();
        for (int i = start; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                end = i;
                break;
            }
        }
        String authority = u.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = close < 0 ? authority.substring(1) : authority.substring(1, close);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        return normaliseNumericHost(host);
    }

    private static boolean isScheme(String u, int end) {
        for (int i = 0; i < end; i++) {
            char c = u.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
            if (!ok || (i == 0 && !Character.isLetter(c))) {
                return false;
            }
        }
        return true;
    }

    /** {@code 3232235777} or {@code 0xc0a80101} become {@code 192.168.1.1}; other hosts unchanged. */
    static String normaliseNumericHost(String host) {
        if (host.isEmpty() || host.indexOf('.') >= 0 || host.length() > 12) {
            return host;
        }
        try {
            long v;
            if (host.startsWith("0x")) {
                v = Long.parseLong(host.substring(2), 16);
            } else if (host.chars().allMatch(Character::isDigit)) {
                v = Long.parseLong(host);
            } else {
                return host;
            }
            if (v < 0 || v > 0xFFFFFFFFL) {
                return host;
            }
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        } catch (NumberFormatException e) {
            return host;
        }
    }
}
