package org.threadguard.imap.connect;

/**
 * Connecting or logging in failed. The message is one clear sentence for the user, names the host and
 * never contains a password.
 */
public class ImapConnectionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers (CLI, UI) can react differently. */
    public enum Kind {
        /** The server rejected the user name or password. */
        AUTHENTICATION,
        /** The host did not answer, refused the connection or timed out. */
        UNREACHABLE,
        /** The server's certificate is not trusted or does not match the host name. */
        CERTIFICATE,
        /** Anything else the server or the protocol did (no STARTTLS, unexpected BYE, ...). */
        PROTOCOL
    }

    private final Kind kind;

    public ImapConnectionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
