package org.threadguard.imap.report;

/** Sending a report or changing the mailbox failed; the message is one readable sentence. */
public final class ReportSendException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
