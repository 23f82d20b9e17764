package org.threadguard.imap.connect;

/**
 * The server presented a certificate that the system does not trust (self-signed, unknown authority,
 * expired) and that the account has not pinned. The message names the host and the certificate's
 * SHA-256 fingerprint, which the user may compare out of band and then trust explicitly for this
 * account.
 */
public final class UntrustedCertificateException extends ImapConnectionException {
    private static final long serialVersionUID = 1L;
    private final String host;
    private final String sha256;
    private final String subject;

    public UntrustedCertificateException(String host, int port, String sha256, String subject, String reason,
            Throwable cause) {
        super(Kind.CERTIFICATE, "The certificate of " + host + ":" + port + " is not trusted (" + reason
                + "). Its SHA-256 fingerprint is " + sha256 + " (subject: " + subject + "). If you have checked "
                + "that this is your server's certificate, trust it explicitly for this account "
                + "(--trust-cert " + sha256 + ").", cause);
        this.host = host;
        this.sha256 = sha256;
        this.subject = subject;
    }

    /** The host whose certificate was refused. */
    public String host() {
        return host;
    }

    /** The refused certificate's SHA-256 fingerprint, {@code AB:CD:...}. */
    public String fingerprint() {
        return sha256;
    }

    /** The refused certificate's subject. */
    public String subject() {
        return subject;
    }
}
