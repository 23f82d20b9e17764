package org.threadguard.app.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.threadguard.app.ui.common.tasks.BackgroundTaskExecutor;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.report.ReportService;

/** The JavaFX application; {@code threadguard inspect} prepares its {@link Config} (cache opened off the FX thread). */
public final class InspectorApp extends Application {

    /** What the launcher prepared: the services and whether to open the demo at once. */
    public record Config(MailboxService service, ReportService reports, InspectorState state, boolean demo) {
    }

    private static volatile Config config;
    private TaskExecutor tasks;

    public static void launch(Config c) {
        config = Objects.requireNonNull(c);
        Application.launch(InspectorApp.class);
    }

    @Override
    public void start(Stage stage) {
        Config c = Objects.requireNonNull(config, "InspectorApp.launch(Config) first");
        tasks = new BackgroundTaskExecutor(2, Platform::runLater);
        InspectorUi ui = new InspectorUi(stage, c.service(), c.reports(), c.state(), tasks);
        ui.start(c.demo());
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
