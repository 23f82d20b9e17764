package org.threadguard.app.ui.service;

/** An operation this build cannot do yet (e.g. IMAP before the sync engine is wired in). */
public final class NotAvailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAvailableException(String message) {
        super(message);
    }
}
