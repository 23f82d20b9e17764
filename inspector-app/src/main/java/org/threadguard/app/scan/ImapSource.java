package org.threadguard.app.scan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;

/**
 * An IMAP source given on the command line: {@code imaps://user@host[:port][/folder]} (TLS),
 * {@code imap://...} (STARTTLS) or {@code imap+plain://...} (no encryption, 127.0.0.1/localhost only).
 * The user may contain {@code @} (the last {@code @} before the host separates them) or {@code %40}.
 *
 * @param security how to connect
 * @param user the login name
 * @param host the server
 * @param port the port (993 for imaps, 143 otherwise by default)
 * @param folder the folder named in the path, if any
 */
public record ImapSource(Security security, String user, String host, int port, Optional<String> folder) {

    /** Whether {@code source} looks like an IMAP URL rather than a local path. */
    public static boolean isImapUrl(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("imaps://") || s.startsWith("imap://") || s.startsWith("imap+plain://");
    }

    /** Parses an IMAP URL; the message of the exception says what is wrong. */
    public static ImapSource parse(String url) {
        int colon = url.indexOf("://");
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        Security sec = switch (scheme) {
            case "imaps" -> Security.IMAPS;
            case "imap" -> Security.STARTTLS;
            case "imap+plain" -> Security.PLAIN_LOCALHOST_ONLY;
            default -> throw new IllegalArgumentException("Unknown scheme " + scheme + ": use imaps:// or imap://.");
        };
        String rest = url.substring(colon + 3);
        int firstAt = rest.indexOf('@');
        int authorityEnd = firstAt < 0 ? -1 : rest.indexOf('/', firstAt);
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("The IMAP URL needs a user name: " + scheme + "://USER@HOST[:PORT][/FOLDER]");
        }
        String user = URLDecoder.decode(authority.substring(0, at).replace("+", "%2B"), StandardCharsets.UTF_8);
        String hostPart = rest.substring(at + 1);
        String folder = null;
        int slash = hostPart.indexOf('/');
        if (slash >= 0) {
            String f = hostPart.substring(slash + 1);
            folder = f.isEmpty() ? null : URLDecoder.decode(f.replace("+", "%2B"), StandardCharsets.UTF_8);
            hostPart = hostPart.substring(0, slash);
        }
        String host = hostPart;
        int port = ImapAccount.defaultPort(sec);
        int pc = hostPart.lastIndexOf(':');
        if (pc > 0 && !hostPart.endsWith("]") && hostPart.indexOf(':') == pc) {
            host = hostPart.substring(0, pc);
            try {
                port = Integer.parseInt(hostPart.substring(pc + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port number: " + hostPart.substring(pc + 1));
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("The IMAP URL has no host.");
        }
        return new ImapSource(sec, user, host, port, Optional.ofNullable(folder));
    }

    /** The account this source stands for; its name ({@code imap:user@host:port}) keys the cache. */
    public ImapAccount account(String trustedCertSha256) {
        return new ImapAccount("imap:" + user + "@" + host + ":" + port, host, port, security, user,
                trustedCertSha256);
    }
}
