package org.threadguard.app.ui.service;

/**
 * An IMAP operation of the inspector failed in a way the user can act on. The ViewModels turn
 * {@link #kind()} into a translated sentence; {@link #getMessage()} is the English detail (never a
 * password).
 */
public final class ImapProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The server rejected the user name or password. */
        AUTHENTICATION,
        /** The host did not answer, refused the connection or timed out. */
        UNREACHABLE,
        /** The certificate is not trusted and can be trusted explicitly ({@link #fingerprint()} is set). */
        UNTRUSTED_CERTIFICATE,
        /** The certificate does not fit the host (or another TLS failure that trusting cannot fix). */
        CERTIFICATE,
        /** The server or the protocol misbehaved (no STARTTLS, unexpected answer, ...). */
        PROTOCOL,
        /** There is no password for the account (no keyring entry and none given this session). */
        NO_PASSWORD,
        /** Unencrypted IMAP was chosen for a host other than this computer. */
        PLAIN_NOT_LOCAL,
        /** The account is not (or no longer) configured. */
        UNKNOWN_ACCOUNT
    }

    private final Kind kind;
    private final String host;
    private final String fingerprint;

    public ImapProblem(Kind kind, String host, String fingerprint, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.host = host == null ? "" : host;
        this.fingerprint = fingerprint;
    }

    public Kind kind() {
        return kind;
    }

    /** The server's host name. */
    public String host() {
        return host;
    }

    /** The refused certificate's SHA-256 fingerprint ({@code AB:CD:...}), or {@code null}. */
    public String fingerprint() {
        return fingerprint;
    }
}
