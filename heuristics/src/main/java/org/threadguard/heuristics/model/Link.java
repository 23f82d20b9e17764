package org.threadguard.heuristics.model;

import java.util.Locale;
import org.threadguard.heuristics.text.LinkWrappers;
import org.threadguard.heuristics.text.UrlHosts;

/**
 * A link in a message body.
 *
 * @param href the target as written (never followed)
 * @param shownText the text shown to the reader (for HTML anchors), else the URL itself
 * @param host the host of the target in lower case, empty when it cannot be parsed; for a link rewritten by
 *     a mail security gateway or a known redirector, the host of the destination it carries (see
 *     {@link LinkWrappers})
 * @param source where it was found
 * @param quoted whether it sits in the quoted history rather than the new text
 */
public record Link(String href, String shownText, String host, LinkSource source, boolean quoted) {
    public Link {
        href = href == null ? "" : href;
        shownText = shownText == null ? "" : shownText;
        String target = LinkWrappers.unwrap(href);
        host = target != href ? UrlHosts.hostOf(target) : host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /**
     * A {@code data:} link with a page or file inside it (not a picture): it leads nowhere, it carries
     * its own content, which no mail needs and which phishing uses to bring a login page past filters.
     */
    public boolean carriesContent() {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("data:") && !h.startsWith("data:image/");
    }

    /** Where the link leads: {@link #href()}, or the destination a known wrapper or redirector carries. */
    public String target() {
        return LinkWrappers.unwrap(href);
    }

    /** The host of the gateway or redirector the link passes through, empty when it goes directly. */
    public String via() {
        return LinkWrappers.wrapperHost(href);
    }

    /** The path of the target without query or fragment, empty when there is none. */
    public String path() {
        String h = target();
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
