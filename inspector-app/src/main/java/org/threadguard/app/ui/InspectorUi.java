package org.threadguard.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.ViewLoader;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.evidence.EvidenceController;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.main.MainController;
import org.threadguard.app.ui.main.MainViewModel;
import org.threadguard.app.ui.report.ReportController;
import org.threadguard.app.ui.report.ReportViewModel;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.report.ReportService;
import org.threadguard.app.ui.settings.SettingsController;
import org.threadguard.app.ui.settings.SettingsViewModel;
import org.threadguard.app.ui.start.StartController;
import org.threadguard.app.ui.start.StartViewModel;
import org.threadguard.app.ui.thread.ThreadController;
import org.threadguard.app.ui.thread.ThreadViewModel;

/**
 * The composition root of the inspector window: builds ViewModels and views (controllers by
 * constructor injection), switches between the start screen and the main window, and opens the
 * dialogs. Services are passed in, so tests can use the same wiring.
 */
public final class InspectorUi implements Shell {
    public static final String CSS = "/org/threadguard/app/ui/inspector.css";

    private final Stage stage;
    private final MailboxService service;
    private final ReportService reports;
    private final InspectorState state;
    private final TaskExecutor tasks;
    private final Scene scene;
    private I18n i18n;
    private MainViewModel mainVm;
    private EvidenceViewModel evidenceVm;
    private MainController mainController;

    public InspectorUi(Stage stage, MailboxService service, ReportService reports, InspectorState state,
            TaskExecutor tasks) {
        this.stage = Objects.requireNonNull(stage);
        this.service = service;
        this.reports = reports;
        this.state = state;
        this.tasks = tasks;
        this.i18n = I18n.of(SettingsViewModel.effectiveLocale(state));
        applyTheme();
        this.scene = new Scene(new javafx.scene.layout.Pane(), 1440, 900);
        scene.getStylesheets().add(Objects.requireNonNull(InspectorUi.class.getResource(CSS)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(980);
        stage.setMinHeight(640);
    }

    /** Shows the start screen on first run, else the main window with the last source; {@code demo} opens the demo. */
    public void start(boolean demo) {
        if (demo) {
            showMain(null);
            mainVm.openDemo();
        } else if (!state.sources().isEmpty()) {
            showMain(null);
        } else {
            showStart();
        }
    }

    private ViewLoader loader() {
        return new ViewLoader(i18n);
    }

    @Override
    public void showStart() {
        StartViewModel vm = new StartViewModel(service, tasks, i18n);
        vm.setOnOpened(this::showMain);
        ViewLoader.View<StartController> v = loader().register(StartController.class, () -> new StartController(vm))
                .load("/org/threadguard/app/ui/start/StartView.fxml");
        scene.setRoot(v.root());
        stage.setTitle(i18n.get("app.title"));
    }

    /** Shows the main window and opens the source (or the remembered one when {@code null}). */
    public void showMain(MailboxSource open) {
        evidenceVm = new EvidenceViewModel(service, tasks, i18n);
        ThreadViewModel threadVm = new ThreadViewModel(evidenceVm, i18n);
        mainVm = new MainViewModel(service, tasks, i18n, state, threadVm);
        // the sources and the first list are read in the background while the view is loaded; their
        // results reach the ViewModel on the FX thread after this method, when the view is bound to it
        mainVm.start(open);
        ViewLoader.View<MainController> v = loader()
                .register(MainController.class, () -> new MainController(mainVm, this))
                .register(ThreadController.class, () -> new ThreadController(threadVm))
                .register(EvidenceController.class, () -> new EvidenceController(evidenceVm, this))
                .load("/org/threadguard/app/ui/main/MainView.fxml");
        mainController = v.controller();
        scene.setRoot(v.root());
        stage.setTitle(i18n.get("app.title"));
    }

    @Override
    public void showSettings() {
        SettingsViewModel vm = new SettingsViewModel(state, service, tasks);
        Parent body = loader().register(SettingsController.class, () -> new SettingsController(vm, i18n))
                .load("/org/threadguard/app/ui/settings/SettingsDialog.fxml").root();
        Dialog<ButtonType> d = dialog(i18n.get("settings.title"), body);
        ButtonType save = new ButtonType(i18n.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.showAndWait().filter(b -> b == save).ifPresent(b -> {
            java.util.Locale before = i18n.locale();
            vm.save();
            applyTheme();
            if (!SettingsViewModel.effectiveLocale(state).equals(before)) {
                i18n = I18n.of(SettingsViewModel.effectiveLocale(state));
                showMain(mainVm == null ? null : mainVm.currentSourceProperty().get());
            }
        });
    }

    @Override
    public void showReport() {
        if (evidenceVm == null || evidenceVm.entryProperty().get() == null) {
            return;
        }
        ReportViewModel vm = new ReportViewModel(reports, tasks, i18n, state);
        vm.prepare(evidenceVm.entryProperty().get().message().key(), evidenceVm.evidenceAsText());
        ViewLoader.View<ReportController> v = loader().register(ReportController.class, () -> new ReportController(vm))
                .load("/org/threadguard/app/ui/report/ReportDialog.fxml");
        Dialog<ButtonType> d = dialog(i18n.get("report.title"), v.root());
        ButtonType send = new ButtonType(i18n.get("report.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType export = new ButtonType(i18n.get("report.export"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(export, send, close);
        Button exportButton = (Button) d.getDialogPane().lookupButton(export);
        exportButton.disableProperty().bind(vm.busyProperty());
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(i18n.get("report.export"));
            java.io.File dir = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (dir != null) {
                vm.exportEvidence(dir.toPath());
            }
        });
        Button sendButton = (Button) d.getDialogPane().lookupButton(send);
        sendButton.disableProperty().bind(vm.busyProperty().or(vm.sentProperty()));
        sendButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.send();
            if (!vm.confirmationProperty().get().isEmpty()) {
                confirmAfterAction(d, vm);
            }
        });
        Platform.runLater(v.controller().addressField()::requestFocus);
        d.showAndWait();
        if (vm.originalRemovedProperty().get() && mainVm != null && mainVm.currentSourceProperty().get() != null) {
            mainVm.open(mainVm.currentSourceProperty().get()); // the moved message leaves the thread list
        }
    }

    /** The explicit confirmation before the only change Threadguard makes to a mailbox. */
    private void confirmAfterAction(Dialog<ButtonType> owner, ReportViewModel vm) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        a.initOwner(owner.getDialogPane().getScene().getWindow());
        a.setTitle(i18n.get("report.title"));
        a.setHeaderText(null);
        a.setContentText(vm.confirmationProperty().get());
        ButtonType yes = new ButtonType(i18n.get("report.confirm.yes"), ButtonBar.ButtonData.YES);
        ButtonType only = new ButtonType(i18n.get("report.confirm.reportOnly"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, only, cancel);
        ButtonType answer = a.showAndWait().orElse(cancel);
        if (answer == yes) {
            vm.confirmAfterAction();
        } else if (answer == only) {
            vm.reportOnly();
        } else {
            vm.cancelConfirmation();
        }
    }

    private Dialog<ButtonType> dialog(String title, Parent body) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(body);
        d.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        d.setResizable(true);
        return d;
    }

    @Override
    public void toggleTheme() {
        SettingsViewModel vm = new SettingsViewModel(state);
        vm.toggleTheme();
        applyTheme();
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(SettingsViewModel.darkTheme(state)
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void quit() {
        stage.close();
    }

    public MainViewModel mainViewModel() {
        return mainVm;
    }

    public MainController mainController() {
        return mainController;
    }

    public Scene scene() {
        return scene;
    }

    public I18n i18n() {
        return i18n;
    }
}
