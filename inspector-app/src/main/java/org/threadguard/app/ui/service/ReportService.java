package org.threadguard.app.ui.service;

/**
 * Sends a report of a suspicious message to the security team. The sending itself (SMTP, the
 * original attached as message/rfc822, optional move to Junk) arrives with issue 6; until then
 * {@link #NOT_YET_AVAILABLE} says so honestly.
 */
public interface ReportService {

    /** How the report is shaped. */
    enum Style { MICROSOFT_REPORTING_MAILBOX, FORWARD_AS_ATTACHMENT }

    /** What the report dialog collects. */
    record ReportRequest(String messageKey, String securityAddress, Style style, String evidenceText) {
    }

    /** Sends the report; throws with a readable message when it cannot. */
    void report(ReportRequest request);

    /** Whether sending works in this build (the dialog says so before the user clicks). */
    boolean available();

    ReportService NOT_YET_AVAILABLE = new ReportService() {
        @Override
        public void report(ReportRequest request) {
            throw new NotAvailableException("Sending reports is not available in this build yet.");
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
