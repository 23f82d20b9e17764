package org.threadguard.heuristics.model;

import java.util.Locale;

/**
 * A link in a message body.
 *
 * @param href the target as written (never followed)
 * @param shownText the text shown to the reader (for HTML anchors), else the URL itself
 * @param host the host of the target in lower case, empty when it cannot be parsed
 * @param source where it was found
 * @param quoted whether it sits in the quoted history rather than the new text
 */
public record Link(String href, String shownText, String host, LinkSource source, boolean quoted) {
    public Link {
        href = href == null ? "" : href;
        shownText = shownText == null ? "" : shownText;
        host = host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** The path of the target without query or fragment, empty when there is none. */
    public String path() {
        String h = href;
        int scheme = h.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int slash = h.indexOf('/', scheme + 3);
        if (slash < 0) {
            return "";
        }
        String p = h.substring(slash);
        int cut = p.length();
        for (char c : new char[] {'?', '#'}) {
            int i = p.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return p.substring(0, cut);
    }
}
