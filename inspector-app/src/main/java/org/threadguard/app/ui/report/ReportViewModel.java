package org.threadguard.app.ui.report;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.report.ReportService;

/** The report dialog: where and how to report; the sending goes through {@link ReportService}. */
public final class ReportViewModel {
    private final ReportService reports;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final InspectorState state;
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<ReportService.Style> style =
            new SimpleObjectProperty<>(ReportService.Style.FORWARD_AS_ATTACHMENT);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty sent = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty originalRemoved = new SimpleBooleanProperty();
    private org.threadguard.imap.report.AfterAction pendingAfter;
    private String messageKey = "";
    private String evidenceText = "";

    public ReportViewModel(ReportService reports, TaskExecutor tasks, I18n i18n, InspectorState state) {
        this.reports = reports;
        this.tasks = tasks;
        this.i18n = i18n;
        this.state = state;
    }

    /** Prepares the dialog for one message. */
    public void prepare(String key, String evidence) {
        this.messageKey = key;
        this.evidenceText = evidence;
        address.set(state.get(InspectorState.REPORT_ADDRESS).orElse(reports.configuredAddress()));
        style.set(state.get(InspectorState.REPORT_STYLE).map(ReportViewModel::styleOf)
                .orElse(ReportService.Style.FORWARD_AS_ATTACHMENT));
        sent.set(false);
        originalRemoved.set(false);
        pendingAfter = null;
        confirmation.set("");
        message.set(reports.available() ? "" : i18n.get("report.notAvailable"));
    }

    static ReportService.Style styleOf(String name) {
        try {
            return ReportService.Style.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ReportService.Style.FORWARD_AS_ATTACHMENT;
        }
    }

    public boolean available() {
        return reports.available();
    }

    public boolean addressValid() {
        String a = address.get().strip();
        return a.indexOf('@') > 0 && a.indexOf('@') < a.length() - 1 && !a.contains(" ");
    }

    /**
     * Remembers the address and style, then sends through the report service (in the background).
     * When an after-action is configured that can be done to this message, nothing is sent yet: the
     * question is put in {@link #confirmationProperty()} and the user answers with
     * {@link #confirmAfterAction()}, {@link #reportOnly()} or {@link #cancelConfirmation()}. Without that
     * answer the mailbox is never changed.
     */
    public void send() {
        if (!addressValid()) {
            message.set(i18n.get("report.invalidAddress"));
            return;
        }
        state.put(InspectorState.REPORT_ADDRESS, address.get().strip());
        state.put(InspectorState.REPORT_STYLE, style.get().name());
        org.threadguard.imap.report.AfterAction configured = reports.configuredAfterAction();
        if (configured.kind() == org.threadguard.imap.report.AfterAction.Kind.LEAVE || !reports.available()) {
            doSend(org.threadguard.imap.report.AfterAction.LEAVE, "");
            return;
        }
        ReportService.AfterPlan plan = reports.afterPlan(messageKey, configured);
        if (!plan.possible()) {
            doSend(org.threadguard.imap.report.AfterAction.LEAVE, plan.refusal());
            return;
        }
        pendingAfter = configured;
        confirmation.set(configured.kind() == org.threadguard.imap.report.AfterAction.Kind.MOVE_TO_JUNK
                ? i18n.format("report.confirm.junk", plan.host())
                : i18n.format("report.confirm.copy", configured.folder(), plan.host()));
    }

    /** The user confirmed the after-action: send, then do it. */
    public void confirmAfterAction() {
        org.threadguard.imap.report.AfterAction after = pendingAfter;
        if (after == null) {
            return;
        }
        pendingAfter = null;
        confirmation.set("");
        doSend(after, "");
    }

    /** The user declined the after-action: send, and leave the original where it is. */
    public void reportOnly() {
        if (pendingAfter == null) {
            return;
        }
        pendingAfter = null;
        confirmation.set("");
        doSend(org.threadguard.imap.report.AfterAction.LEAVE, "");
    }

    /** The user cancelled: nothing is sent and nothing changes. */
    public void cancelConfirmation() {
        pendingAfter = null;
        confirmation.set("");
    }

    private void doSend(org.threadguard.imap.report.AfterAction after, String note) {
        ReportService.ReportRequest req = ReportService.ReportRequest.send(messageKey, address.get().strip(),
                style.get(), after);
        String suffix = note.isEmpty() ? "" : " " + note;
        busy.set(true);
        tasks.task("report", () -> reports.report(req)).onSuccess(outcome -> {
            busy.set(false);
            switch (outcome.status()) {
                case SENT -> {
                    sent.set(true);
                    message.set(i18n.format("report.sent", req.securityAddress()) + " " + outcome.message() + suffix);
                    originalRemoved.set(outcome.after() == ReportService.AfterResult.DONE
                            && after.kind() == org.threadguard.imap.report.AfterAction.Kind.MOVE_TO_JUNK);
                }
                case FAILED_SAVED_TO_OUTBOX -> message.set(i18n.format("report.failed", outcome.message()));
                case SAVED_LOCALLY -> {
                    sent.set(true);
                    message.set(outcome.message());
                }
            }
        }).onFailure(e -> {
            busy.set(false);
            message.set(i18n.format("report.failed", e.getMessage()));
        }).start();
    }

    /** Writes the self-contained evidence page into {@code dir} (in the background) and says where. */
    public void exportEvidence(java.nio.file.Path dir) {
        busy.set(true);
        tasks.task("export-evidence", () -> reports.exportEvidence(messageKey, dir)).onSuccess(file -> {
            busy.set(false);
            message.set(i18n.format("report.exported", file));
        }).onFailure(e -> {
            busy.set(false);
            message.set(i18n.format("report.exportFailed", e.getMessage()));
        }).start();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<ReportService.Style> styleProperty() {
        return style;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty sentProperty() {
        return sent;
    }

    /** The pending confirmation question for the after-action; empty when none is pending. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation;
    }

    /** Whether the reported message was moved out of its folder (the thread list should be refreshed). */
    public ReadOnlyBooleanProperty originalRemovedProperty() {
        return originalRemoved;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
