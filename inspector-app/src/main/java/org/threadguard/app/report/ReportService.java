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

        /** Send a cached message with the dialog's choices; the original is left where it is. */
        public static ReportRequest send(String messageKey, String securityAddress, Style style) {
            return send(messageKey, securityAddress, style, AfterAction.LEAVE);
        }

        /** Send a cached message with the dialog's choices and an after-action the user confirmed. */
        public static ReportRequest send(String messageKey, String securityAddress, Style style, AfterAction after) {
            return new ReportRequest(messageKey, null, securityAddress, style, after, null, true);
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
    record Outcome(Status status, List<Path> files, String message, AfterResult after) {
        public Outcome {
            files = List.copyOf(files);
            after = after == null ? AfterResult.NOT_ASKED : after;
        }

        /** An outcome without an after-action. */
        public Outcome(Status status, List<Path> files, String message) {
            this(status, files, message, AfterResult.NOT_ASKED);
        }

        public boolean sent() {
            return status == Status.SENT;
        }
    }

    /** What became of the after-action (the only change Threadguard makes to a mailbox). */
    enum AfterResult {
        /** None was asked for ({@code leave}), or the report was not sent. */
        NOT_ASKED,
        /** Done on the server (see the outcome's message). */
        DONE,
        /** Asked for but not done, and nothing was changed: a local source, a changed folder, no connection. */
        REFUSED
    }

    /**
     * What an after-action would do to a cached message, for the confirmation before it is done.
     *
     * @param action the action
     * @param host the IMAP server it would change; empty when it cannot be done
     * @param refusal why it cannot be done; empty when it can (or for {@code leave})
     */
    record AfterPlan(AfterAction action, String host, String refusal) {
        public boolean possible() {
            return action.kind() != AfterAction.Kind.LEAVE && refusal.isEmpty() && !host.isEmpty();
        }
    }

    /** The after-action configured in the settings. */
    default AfterAction configuredAfterAction() {
        return AfterAction.LEAVE;
    }

    /** Whether {@code action} could be done to this cached message, and on which server. Never connects. */
    default AfterPlan afterPlan(String messageKey, AfterAction action) {
        return new AfterPlan(action, "", action.kind() == AfterAction.Kind.LEAVE ? "" : "No IMAP access.");
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
