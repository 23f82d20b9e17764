package org.threadguard.app.ui.settings;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.ui.service.SafetyEntry;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.report.ReportService;

/** Language, theme and the report settings, remembered in the data directory. */
public final class SettingsViewModel {
    /** The language choice: follow the system, or one of the supported languages. */
    public static final String SYSTEM = "system";

    private final InspectorState state;
    private final StringProperty language = new SimpleStringProperty(SYSTEM);
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StringProperty reportAddress = new SimpleStringProperty("");
    private final ObjectProperty<ReportService.Style> reportStyle =
            new SimpleObjectProperty<>(ReportService.Style.FORWARD_AS_ATTACHMENT);

    private final MailboxService service;
    private final TaskExecutor tasks;
    private final ObservableList<SafetyEntry> safety = FXCollections.observableArrayList();
    private final StringProperty safetyStatus = new SimpleStringProperty("");

    public SettingsViewModel(InspectorState state) {
        this(state, null, null);
    }

    /** With a mailbox service: also lists the safe marks and allowlist entries, which can be removed. */
    public SettingsViewModel(InspectorState state, MailboxService service, TaskExecutor tasks) {
        this.state = state;
        this.service = service;
        this.tasks = tasks;
        reload();
        loadSafety();
    }

    /** Loads the safe marks and allowlist entries (in the background). */
    public void loadSafety() {
        if (service == null) {
            return;
        }
        tasks.task("safety entries", service::safetyEntries).onSuccess(safety::setAll)
                .onFailure(e -> safetyStatus.set(e.getMessage())).start();
    }

    /** Removes a safe mark or an allowlist entry: the undo. Later analyses no longer honour it. */
    public void remove(SafetyEntry e) {
        if (service == null || e == null) {
            return;
        }
        tasks.task("remove safety entry", () -> {
            service.remove(e);
            return service.safetyEntries();
        }).onSuccess(list -> {
            safety.setAll(list);
            safetyStatus.set("");
        }).onFailure(ex -> safetyStatus.set(ex.getMessage())).start();
    }

    public ObservableList<SafetyEntry> safetyEntries() {
        return safety;
    }

    public StringProperty safetyStatusProperty() {
        return safetyStatus;
    }

    public void reload() {
        language.set(state.get(InspectorState.LOCALE).orElse(SYSTEM));
        dark.set("dark".equals(state.get(InspectorState.THEME).orElse("light")));
        reportAddress.set(state.get(InspectorState.REPORT_ADDRESS).orElse(""));
        reportStyle.set(state.get(InspectorState.REPORT_STYLE).map(SettingsViewModel::styleOf)
                .orElse(ReportService.Style.FORWARD_AS_ATTACHMENT));
    }

    private static ReportService.Style styleOf(String name) {
        try {
            return ReportService.Style.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ReportService.Style.FORWARD_AS_ATTACHMENT;
        }
    }

    public void save() {
        state.put(InspectorState.LOCALE, SYSTEM.equals(language.get()) ? null : language.get());
        state.put(InspectorState.THEME, dark.get() ? "dark" : "light");
        state.put(InspectorState.REPORT_ADDRESS, reportAddress.get().strip());
        state.put(InspectorState.REPORT_STYLE, reportStyle.get().name());
    }

    /** The locale to use: the chosen language, else the system's (if supported), else English. */
    public Locale effectiveLocale() {
        return effectiveLocale(state);
    }

    public static Locale effectiveLocale(InspectorState state) {
        return I18n.supported(state.get(InspectorState.LOCALE).map(Locale::forLanguageTag).orElse(Locale.getDefault()));
    }

    public static boolean darkTheme(InspectorState state) {
        return "dark".equals(state.get(InspectorState.THEME).orElse("light"));
    }

    public void toggleTheme() {
        dark.set(!dark.get());
        state.put(InspectorState.THEME, dark.get() ? "dark" : "light");
    }

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public StringProperty reportAddressProperty() {
        return reportAddress;
    }

    public ObjectProperty<ReportService.Style> reportStyleProperty() {
        return reportStyle;
    }
}
