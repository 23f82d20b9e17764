package org.threadguard.imap.report;

import java.util.Locale;

/** How the report message is shaped. Both attach the original unmodified as message/rfc822. */
public enum ReportStyle {
    /** For Microsoft's (and similar) reporting mailboxes: the subject starts with {@code Phishing: }. */
    MICROSOFT,
    /** An ordinary forward as attachment: {@code Fwd: [Threadguard report] ...}. */
    FORWARD_AS_ATTACHMENT;

    /** The report's subject for a message with this subject. */
    public String subject(String originalSubject) {
        String s = originalSubject == null || originalSubject.isBlank() ? "(no subject)" : originalSubject.strip();
        s = s.replaceAll("[\\r\\n]+", " ");
        return this == MICROSOFT ? "Phishing: " + s : "Fwd: [Threadguard report] " + s;
    }

    public static ReportStyle parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "microsoft", "microsoft-reporting-mailbox" -> MICROSOFT;
            case "forward", "forward-as-attachment" -> FORWARD_AS_ATTACHMENT;
            default -> throw new IllegalArgumentException("Unknown report style '" + s + "' (microsoft or forward)");
        };
    }
}
