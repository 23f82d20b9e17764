package org.threadguard.imap.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An IMAP account as the user configured it. Holds no secret: the password (or, later, an OAuth2
 * token) comes from a {@link CredentialStore} when connecting.
 *
 * @param name a unique name chosen by the user; also the account key in the cache
 * @param host the server's host name or IP address
 * @param port the TCP port
 * @param security how the connection is protected
 * @param user the login name
 * @param trustedCertSha256 an explicitly trusted server certificate's SHA-256 fingerprint (hex, colons
 *     optional), or {@code null}; only that exact certificate is accepted in addition to the system's
 *     trusted authorities
 */
public record ImapAccount(String name, String host, int port, Security security, String user,
        String trustedCertSha256) {

    public ImapAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        if (name.isBlank() || host.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("Account name, host and user must not be empty.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        if (security == Security.PLAIN_LOCALHOST_ONLY && !Security.isLoopback(host)) {
            throw new IllegalArgumentException("Unencrypted IMAP is only allowed to 127.0.0.1 or localhost, not "
                    + host + ". Use IMAPS or STARTTLS.");
        }
        trustedCertSha256 = trustedCertSha256 == null || trustedCertSha256.isBlank() ? null
                : normalizeFingerprint(trustedCertSha256);
    }

    /** An account without a pinned certificate. */
    public ImapAccount(String name, String host, int port, Security security, String user) {
        this(name, host, port, security, user, null);
    }

    /** The explicitly trusted certificate fingerprint, if any. */
    public Optional<String> pinnedFingerprint() {
        return Optional.ofNullable(trustedCertSha256);
    }

    /** A copy that trusts exactly the certificate with this SHA-256 fingerprint. */
    public ImapAccount withTrustedCert(String sha256) {
        return new ImapAccount(name, host, port, security, user, sha256);
    }

    /** The default port of a security mode: 993 for IMAPS, 143 otherwise. */
    public static int defaultPort(Security security) {
        return security == Security.IMAPS ? 993 : 143;
    }

    /**
     * A fingerprint in the canonical form {@code AB:CD:...} (upper-case hex, colon separated).
     *
     * @throws IllegalArgumentException when it is not 32 bytes of hex
     */
    public static String normalizeFingerprint(String fingerprint) {
        String hex = fingerprint.replace(":", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (hex.startsWith("SHA256")) {
            hex = hex.substring(6).replace("=", "").replace("/", "");
        }
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 certificate fingerprint (64 hex digits): " + fingerprint);
        }
        StringBuilder sb = new StringBuilder(95);
        for (int i = 0; i < 64; i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(hex, i, i + 2);
        }
        return sb.toString();
    }
}
