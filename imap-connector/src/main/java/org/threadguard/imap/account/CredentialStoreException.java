package org.threadguard.imap.account;

/**
 * A credential store cannot be used. {@link #unavailable()} is true when there is no keyring on this
 * machine at all (a headless server), so the caller can fall back to a prompt or an environment
 * variable. The message never contains a secret.
 */
public final class CredentialStoreException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean unavailable;

    public CredentialStoreException(String message, boolean unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** Whether the store does not exist on this machine (as opposed to a failed access). */
    public boolean unavailable() {
        return unavailable;
    }
}
