package org.threadguard.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threadguard.app.ui.service.ThreadSummary;

/**
 * Saves a PNG of each main screen to {@code target/screenshots/}. Runs only in the
 * {@code screenshots} profile, in a real window: {@code xvfb-run -a ./mvnw -o -Pscreenshots -pl inspector-app -am test}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    @TempDir
    Path dir;
    DemoFixture fx;
    InspectorUi ui;
    Stage stage;
    final Path out = Path.of(System.getProperty("threadguard.screenshots", "target/screenshots"));

    GreenMail imaps;

    @Start
    void start(Stage stage) {
        imaps = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        imaps.start();
        imaps.setUser("anna@example.org", "anna", "correct-horse");
        this.stage = stage;
        fx = new DemoFixture(dir);
        ui = UiTestSupport.start(stage, fx);
        ui.start(false);
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
        imaps.stop();
    }

    @Test
    void everyMainScreen(FxRobot robot) throws Exception {
        try (AutoCloseable quiet = UiTestSupport.ignoreGreenMailRefusals()) {
            screens(robot);
        }
    }

    private void screens(FxRobot robot) {
        shot(robot, "01-start.png");
        // the IMAP form against a local server with a self-signed certificate: the fingerprint and the trust choice
        robot.interact(() -> {
            robot.lookup("#email").queryTextInputControl().setText("anna@example.org");
            robot.lookup("#host").queryTextInputControl().setText("127.0.0.1");
            robot.lookup("#port").queryTextInputControl().setText(Integer.toString(imaps.getImaps().getPort()));
            robot.lookup("#username").queryTextInputControl().setText("anna");
            robot.lookup("#password").queryTextInputControl().setText("correct-horse");
        });
        robot.clickOn("#testButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#trustBox").query().isVisible(), 30);
        robot.clickOn("#trustCertificate");
        Node startContent = ((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).getContent();
        robot.interact(() -> ((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).setVvalue(1));
        shot(robot, "01b-start-imap-untrusted-certificate.png");
        robot.interact(() -> UiTestSupport.savePng(startContent.snapshot(null, null),
                out.resolve("01c-start-full.png")));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) stage.getScene().getRoot()).setVvalue(0));
        robot.clickOn("#demoButton");
        UiTestSupport.waitUntil(() -> ui.mainViewModel() != null && ui.mainViewModel().analysedProperty().get(), 120);
        shot(robot, "02-thread-list.png");
        robot.clickOn("#flaggedOnly");
        TableView<ThreadSummary> table = robot.lookup("#threadTable").queryTableView();
        UiTestSupport.waitUntil(() -> table.getItems().size() == 6, 5);
        robot.clickOn(UiTestSupport.rowFor(robot, "Rechnung 2025-0417"));
        UiTestSupport.waitUntil(() -> robot.lookup("#finding-LOOKALIKE_DOMAIN").tryQuery().isPresent(), 20);
        shot(robot, "03-evidence-payment-diversion.png");
        robot.clickOn(UiTestSupport.rowFor(robot, "Shipment delay"));
        UiTestSupport.waitUntil(() -> robot.lookup("#finding-DISPLAY_NAME_SPOOF").tryQuery().isPresent(), 20);
        UiTestSupport.waitUntil(() -> robot.lookup("#trainerPanel").query().isVisible(), 10);
        shot(robot, "04-evidence.png");
        robot.clickOn(".trainer-panel > .title");
        shot(robot, "04b-evidence-trainer.png");
        Node content = robot.lookup("#evidenceContent").query();
        robot.interact(() -> UiTestSupport.savePng(content.snapshot(null, null), out.resolve("05-evidence-full.png")));
        robot.clickOn(".trainer-panel > .title");
        robot.clickOn(UiTestSupport.rowFor(robot, "Rotterdam transshipment"));
        UiTestSupport.waitUntil(() -> robot.lookup("#finding-LANGUAGE_SWITCH").tryQuery().isPresent(), 20);
        Node content2 = robot.lookup("#evidenceContent").query();
        robot.interact(() -> UiTestSupport.savePng(content2.snapshot(null, null), out.resolve("06-evidence-links-full.png")));
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        robot.clickOn("#modeHtml");
        shot(robot, "07-message-sanitised-html.png");
        robot.clickOn("#modeRaw");
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        shot(robot, "08-message-raw.png");
        robot.clickOn(robot.lookup(".tab").nth(0).queryAs(Node.class));

        dialog(robot, ui::showReport, "09-report-dialog.png");
        dialog(robot, ui::showSettings, "10-settings-dialog.png");

        robot.interact(ui::toggleTheme);
        robot.clickOn(UiTestSupport.rowFor(robot, "Shipment delay"));
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        shot(robot, "11-evidence-dark.png");
        robot.interact(ui::toggleTheme);
    }

    private void dialog(FxRobot robot, Runnable open, String name) {
        Platform.runLater(open);
        UiTestSupport.waitUntil(() -> robot.listTargetWindows().size() > 1, 10);
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        List<Window> windows = robot.listTargetWindows();
        Window w = windows.stream().filter(x -> x != stage).findFirst().orElseThrow();
        robot.interact(() -> UiTestSupport.savePng(w.getScene().getRoot().snapshot(null, null), out.resolve(name)));
        robot.interact(() -> ((Stage) w).close());
    }

    private void shot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(() -> UiTestSupport.savePng(stage.getScene().getRoot().snapshot(null, null), out.resolve(name)));
    }
}
