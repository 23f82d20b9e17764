package org.threadguard.app.ui.service;

/**
 * What the start screen's "add IMAP account" form collects. The password is passed separately
 * (as a char array) and goes to the keyring, never here.
 *
 * @param trustedCertSha256 a certificate fingerprint the user chose to trust for this account, or {@code null}
 */
public record ImapSettings(String email, String host, int port, Security security, String username,
        String trustedCertSha256) {
    /** SSL/TLS from the first byte, STARTTLS, or no encryption (only to this computer, e.g. a local bridge). */
    public enum Security { SSL_TLS, STARTTLS, PLAIN_LOCALHOST }

    public ImapSettings {
        email = email == null ? "" : email.strip();
        host = host == null ? "" : host.strip();
        username = username == null || username.isBlank() ? email : username.strip();
        security = security == null ? Security.SSL_TLS : security;
        trustedCertSha256 = trustedCertSha256 == null || trustedCertSha256.isBlank() ? null : trustedCertSha256.strip();
    }

    public ImapSettings(String email, String host, int port, Security security, String username) {
        this(email, host, port, security, username, null);
    }

    /** A copy that trusts the certificate with this fingerprint. */
    public ImapSettings withTrustedCert(String sha256) {
        return new ImapSettings(email, host, port, security, username, sha256);
    }
}
