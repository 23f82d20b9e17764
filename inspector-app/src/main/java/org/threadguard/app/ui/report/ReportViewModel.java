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
import org.threadguard.app.ui.service.ReportService;

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
        address.set(state.get(InspectorState.REPORT_ADDRESS).orElse(""));
        style.set(state.get(InspectorState.REPORT_STYLE).map(ReportService.Style::valueOf)
                .orElse(ReportService.Style.FORWARD_AS_ATTACHMENT));
        sent.set(false);
        message.set(reports.available() ? "" : i18n.get("report.notAvailable"));
    }

    public boolean available() {
        return reports.available();
    }

    public boolean addressValid() {
        String a = address.get().strip();
        return a.indexOf('@') > 0 && a.indexOf('@') < a.length() - 1 && !a.contains(" ");
    }

    /** Remembers the address and style, then sends through the report service (in the background). */
    public void send() {
        if (!addressValid()) {
            message.set(i18n.get("report.invalidAddress"));
            return;
        }
        state.put(InspectorState.REPORT_ADDRESS, address.get().strip());
        state.put(InspectorState.REPORT_STYLE, style.get().name());
        ReportService.ReportRequest req = new ReportService.ReportRequest(messageKey, address.get().strip(), style.get(),
                evidenceText);
        busy.set(true);
        tasks.task("report", () -> {
            reports.report(req);
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            busy.set(false);
            sent.set(true);
            message.set(i18n.format("report.sent", req.securityAddress()));
        }).onFailure(e -> {
            busy.set(false);
            message.set(i18n.format("report.failed", e.getMessage()));
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
