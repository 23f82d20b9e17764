package org.threadguard.heuristics.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Finds where a rewritten or redirecting link really leads. Mail security gateways rewrite every
 * link of the mail they deliver (Microsoft Defender Safe Links, Proofpoint URL Defense, Barracuda
 * Link Protection, Sophos, Trend Micro), and well-known sites redirect through their own pages
 * (Google, Facebook, LinkedIn, Slack, YouTube). Judged by the wrapper, every link of a protected
 * mailbox would go to the same familiar site and a fake reply's link would never look new; an
 * attacker can also hide a target behind a trusted redirector. So the destination written inside
 * such a link is what counts.
 *
 * <p>Only the wrappers below are opened: a link on an unknown site that carries another URL in its
 * query still leads to the unknown site first, and is judged by it. Opaque wrappers (Mimecast,
 * Cisco) cannot be opened and stay as they are. Nothing is fetched.
 */
public final class LinkWrappers {
    private static final int MAX_DEPTH = 4;

    /** A known wrapper: hosts ending with {@code hostSuffix}, path starting with {@code pathPrefix}, the target's parameter. */
    private record Wrapper(String hostSuffix, String pathPrefix, String param, Encoding encoding, boolean redirect) {
        Wrapper(String hostSuffix, String pathPrefix, String param, Encoding encoding) {
            this(hostSuffix, pathPrefix, param, encoding, false);
        }
    }

    private enum Encoding { PERCENT, PROOFPOINT_V2, BASE64 }

    private static final Wrapper[] WRAPPERS = {
        new Wrapper(".safelinks.protection.outlook.com", "/", "url", Encoding.PERCENT),
        new Wrapper("statics.teams.cdn.office.net", "/evergreen-assets/safelinks/", "url", Encoding.PERCENT),
        new Wrapper("urldefense.proofpoint.com", "/v2/url", "u", Encoding.PROOFPOINT_V2),
        new Wrapper("urldefense.proofpoint.com", "/v1/url", "u", Encoding.PERCENT),
        new Wrapper("linkprotect.cudasvc.com", "/url", "a", Encoding.PERCENT),
        new Wrapper(".protection.sophos.com", "/", "u", Encoding.BASE64),
        new Wrapper(".trendmicro.com", "/wis/clicktime/v1/query", "url", Encoding.PERCENT),
        new Wrapper("l.facebook.com", "/l.php", "u", Encoding.PERCENT, true),
        new Wrapper("lm.facebook.com", "/l.php", "u", Encoding.PERCENT, true),
        new Wrapper("www.linkedin.com", "/redir/redirect", "url", Encoding.PERCENT, true),
        new Wrapper("slack-redir.net", "/link", "url", Encoding.PERCENT, true),
        new Wrapper("www.youtube.com", "/redirect", "q", Encoding.PERCENT, true),
    };

    private LinkWrappers() {
    }

    /** The URL {@code href} leads to through any known wrappers, or {@code href} itself (the same instance). */
    public static String unwrap(String href) {
        String cur = href;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String inner = innerOf(cur);
            if (inner == null) {
                break;
            }
            cur = inner;
        }
        return cur;
    }

    /** The host of the outermost known wrapper of {@code href}, or an empty string. */
    public static String wrapperHost(String href) {
        return innerOf(href) == null ? "" : UrlHosts.hostOf(href);
    }

    /**
     * Whether {@code href} goes through a site's redirect page (Google, Facebook, LinkedIn, Slack, YouTube)
     * rather than a security gateway: the sender (or whoever wrote the link) chose to hide the destination
     * behind a familiar name, where a gateway rewrites every link of the recipient's mail.
     */
    public static boolean isRedirect(String href) {
        String host = UrlHosts.hostOf(href);
        if (isGoogle(host)) {
            return innerOf(href) != null;
        }
        Wrapper w = wrapperOf(href, host);
        return w != null && w.redirect() && param(href, w.param(), w.encoding()) != null;
    }

    /** The listed wrapper whose host and path {@code href} has, or {@code null}. */
    private static Wrapper wrapperOf(String href, String host) {
        for (Wrapper w : WRAPPERS) {
            boolean hostMatches = w.hostSuffix().startsWith(".") ? host.endsWith(w.hostSuffix())
                    : host.equals(w.hostSuffix());
            if (hostMatches && pathOf(href).startsWith(w.pathPrefix())) {
                return w;
            }
        }
        return null;
    }

    /** The URL one known wrapper carries, or {@code null} when {@code href} is not a known wrapper. */
    static String innerOf(String href) {
        if (href == null || href.length() < 12 || !href.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        String host = UrlHosts.hostOf(href);
        if (host.isEmpty()) {
            return null;
        }
        if (host.equals("urldefense.com")) {
            return proofpointV3(href);
        }
        if (isGoogle(host)) {
            String path = pathOf(href);
            if (path.equals("/url") || path.equals("/link")) {
                String q = param(href, "q", Encoding.PERCENT);
                return q != null ? q : param(href, "url", Encoding.PERCENT);
            }
            return null;
        }
        Wrapper w = wrapperOf(href, host);
        return w == null ? null : param(href, w.param(), w.encoding());
    }

    /** {@code google.com}, {@code www.google.de}, {@code google.co.uk}: Google's redirect pages live on every country site. */
    private static boolean isGoogle(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        if (!h.startsWith("google.")) {
            return false;
        }
        String tld = h.substring("google.".length());
        return tld.matches("[a-z]{2,3}(?:\\.[a-z]{2})?");
    }

    /** Proofpoint v3: {@code https://urldefense.com/v3/__https://example.com/path__;!!token}. */
    private static String proofpointV3(String href) {
        int start = href.indexOf("/v3/__");
        if (start < 0) {
            return null;
        }
        start += "/v3/__".length();
        int end = href.indexOf("__;", start);
        String inner = end < 0 ? href.substring(start) : href.substring(start, end);
        return isHttp(inner) ? inner : null;
    }

    private static String pathOf(String href) {
        int scheme = href.indexOf("://");
        int slash = scheme < 0 ? -1 : href.indexOf('/', scheme + 3);
        int q = href.indexOf('?', Math.max(0, scheme + 3));
        if (slash < 0 || q >= 0 && q < slash) {
            return "/";
        }
        int end = q < 0 ? href.length() : q;
        int hash = href.indexOf('#', slash);
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return href.substring(slash, end).toLowerCase(Locale.ROOT);
    }

    /** The decoded value of a query parameter when it is an http(s) URL, else {@code null}. */
    private static String param(String href, String name, Encoding encoding) {
        int q = href.indexOf('?');
        if (q < 0) {
            return null;
        }
        int hash = href.indexOf('#', q);
        String query = hash < 0 ? href.substring(q + 1) : href.substring(q + 1, hash);
        for (String pair : query.split("&(?:amp;)?")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || !pair.substring(0, eq).equalsIgnoreCase(name)) {
                continue;
            }
            String value = decode(pair.substring(eq + 1), encoding);
            if (value != null && isHttp(value.strip())) {
                return value.strip();
            }
        }
        return null;
    }

    private static String decode(String v, Encoding encoding) {
        try {
            return switch (encoding) {
                case PERCENT -> URLDecoder.decode(v, StandardCharsets.UTF_8);
                // "https-3A__example.com_path-3Fa-3D1": "-XX" is "%XX", "_" is "/"
                case PROOFPOINT_V2 -> URLDecoder.decode(v.replace('_', '/').replaceAll("-([0-9A-Fa-f]{2})", "%$1")
                        .replace("+", "%2B"), StandardCharsets.UTF_8);
                case BASE64 -> new String(Base64.getUrlDecoder().decode(
                        URLDecoder.decode(v, StandardCharsets.UTF_8).replace('+', '-').replace('/', '_')
                                .replace("=", "")), StandardCharsets.UTF_8);
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHttp(String s) {
        return s.regionMatches(true, 0, "https://", 0, 8) || s.regionMatches(true, 0, "http://", 0, 7);
    }
}
