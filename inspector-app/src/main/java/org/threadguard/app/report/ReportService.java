package org.threadguard.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.imap.report.AfterAction;
import org.threadguard.imap.report.ReportStyle;

/**
 * Reports a suspicious message to the security team: the one code path behind the inspector's
 * Report button, {@code threadguard report} and the native host's {@code report} request.
 * {@link SecurityReportService} is its only implementation.
 */
public interface ReportService {

    /** How the report is shaped (the UI's names for {@link ReportStyle}). */
    enum Style {
        MICROSOFT_REPORTING_MAILBOX, FORWARD_AS_ATTACHMENT;

        public ReportStyle toReportStyle() {
            return this == MICROSOFT_REPORTING_MAILBOX ? ReportStyle.MICROSOFT : ReportStyle.FORWARD_AS_ATTACHMENT;
        }

        public static Style of(ReportStyle s) {
            return s == ReportStyle.MICROSOFT ? MICROSOFT_REPORTING_MAILBOX : FORWARD_AS_ATTACHMENT;
        }
    }

    /**
     * A resolved message to report.
     *
     * @param raw the original bytes exactly as received
     * @param analysis its verdict
     * @param earlierMessageIds the Message-IDs of the thread's earlier messages
     * @param messageKey the cache key, empty when the message is not in the cache (native host)
     */
    record ReportTarget(byte[] raw, AnalysisResult analysis, List<String> earlierMessageIds, String messageKey) {
        public ReportTarget {
            Objects.requireNonNull(raw);
            Objects.requireNonNull(analysis);
            earlierMessageIds = List.copyOf(earlierMessageIds);
            messageKey = messageKey == null ? "" : messageKey;
        }
    }

    /**
     * What to do.
     *
     * @param messageKey the cached message to report (resolved by the service), or empty when {@code target} is given
     * @param target an already resolved message, or {@code null}
     * @param securityAddress the recipient; empty means the configured address
     * @param style the style; {@code null} means the configured one
     * @param after the after-action; {@code null} means the configured one
     * @param saveEml also write the report message to this .eml file; {@code null} for no
     * @param send whether to send (false: only build, save and export locally)
     */
    record ReportRequest(String messageKey, ReportTarget target, String securityAddress, Style style, AfterAction after,
            Path saveEml, boolean send) {
        public ReportRequest {
            messageKey = messageKey == null ? "" : messageKey;
            securityAddress = securityAddress == null ? "" : securityAddress.strip();
            if (messageKey.isEmpty() && target == null) {
                throw new IllegalArgumentException("A report needs a message");
            }
        }

        /** Send a cached message with the dialog's choices; the after-action as configured. */
        public static ReportRequest send(String messageKey, String securityAddress, Style style) {
            return new ReportRequest(messageKey, null, securityAddress, style, null, null, true);
        }
    }

    /** How a report ended. */
    enum Status {
        /** Sent to the security team. */
        SENT,
        /** Sending failed; the complete report waits in the outbox (see {@link Outcome#files()}). */
        FAILED_SAVED_TO_OUTBOX,
        /** Sending is not set up (or not asked for); the original and the evidence were saved locally. */
        SAVED_LOCALLY
    }

    /**
     * @param status how it ended
     * @param files the files written (outbox .eml, saved .eml, evidence .html)
     * @param message one readable sentence (or two) for the user
     */
    record Outcome(Status status, List<Path> files, String message) {
        public Outcome {
            files = List.copyOf(files);
        }

        public boolean sent() {
            return status == Status.SENT;
        }
    }

    /** Reports; a failed send is an outcome (never an exception) and the report is in the outbox. */
    Outcome report(ReportRequest request);

    /** Resolves a cached message: its raw bytes, its verdict with the current allowlist, its thread's earlier IDs. */
    ReportTarget target(String messageKey);

    /** Writes the self-contained evidence page of a cached message into {@code dir}; returns the file. */
    Path exportEvidence(String messageKey, Path dir);

    /** Whether sending is configured (security address and SMTP server). */
    boolean available();

    /** The configured security address, empty if none. */
    String configuredAddress();
}
