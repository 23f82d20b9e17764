package org.threadguard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.threadguard.app.ui.service.ThreadSummary;

/**
 * Clicks through the real screens headless (Monocle): open the demo mailbox (served by the embedded
 * IMAP server and synced like an account), filter to flagged threads, open a flagged reply and check
 * the evidence rows shown and the trainer note.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorUiTest {
    @TempDir
    Path dir;
    DemoFixture fx;
    InspectorUi ui;

    @Start
    void start(Stage stage) {
        fx = new DemoFixture(dir);
        ui = UiTestSupport.start(stage, fx);
        ui.start(true);
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void demoFlaggedFilterAndEvidenceOfAHijackedReply(FxRobot robot) {
        UiTestSupport.waitUntil(() -> ui.mainViewModel().analysedProperty().get(), 90);
        TableView<ThreadSummary> table = robot.lookup("#threadTable").queryTableView();
        assertThat(table.getItems()).hasSizeGreaterThan(30);

        robot.clickOn("#flaggedOnly");
        UiTestSupport.waitUntil(() -> table.getItems().size() == 6, 5);
        assertThat(table.getItems()).allMatch(ThreadSummary::flagged);

        robot.clickOn(UiTestSupport.rowFor(robot, "Shipment delay"));
        UiTestSupport.waitUntil(() -> robot.lookup("#finding-DISPLAY_NAME_SPOOF").tryQuery().isPresent(), 20);
        // the demo came through the embedded IMAP server, and its attack messages carry the trainer note
        assertThat(fx.cache.folderState("demo", "INBOX")).isPresent();
        UiTestSupport.waitUntil(() -> robot.lookup("#trainerPanel").query().isVisible(), 10);
        assertThat(robot.lookup("#trainerTitle").queryAs(Label.class).getText()).contains("Emotet");

        Set<Node> senderCells = robot.lookup("#table-sender").lookup(".evidence-cell").queryAll();
        List<String> texts = senderCells.stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Address", "mark.ellison@greenfield-packaging.example",
                "info@bakkerij-vandijk.example", "greenfield-packaging.example", "bakkerij-vandijk.example");
        assertThat(robot.lookup("#finding-RISKY_ATTACHMENT").tryQuery()).isPresent();
        List<String> attachmentCells = robot.lookup("#table-attachments").lookup(".evidence-cell").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(attachmentCells).contains("Invoice_0311.zip", "no");
        assertThat(robot.lookup("#timing").tryQuery()).isPresent();
        assertThat(robot.lookup("#fingerprint").tryQuery()).isEmpty();
        assertThat(robot.lookup("#table-fingerprint").tryQuery()).isPresent();
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("Risk score 99 of 100");
        Label badge = robot.lookup("#badge").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("Likely hijacked");
        assertThat(badge.getAccessibleText()).startsWith("Risk: Likely hijacked");

        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#modeHeaders");
        TextArea body = robot.lookup("#body").queryAs(TextArea.class);
        UiTestSupport.waitUntil(() -> body.getText().contains("Message-ID:"), 5);
        robot.clickOn("#modeRaw");
        UiTestSupport.waitUntil(() -> body.getText().contains("Content-Type"), 10);
        assertThat(robot.lookup(".web-view").tryQuery()).isEmpty();
    }

    @Test
    void keyboardOnlyFlaggedFilterAndSearch(FxRobot robot) {
        UiTestSupport.waitUntil(() -> ui.mainViewModel().analysedProperty().get(), 90);
        TableView<ThreadSummary> table = robot.lookup("#threadTable").queryTableView();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> table.getItems().size() == 6, 5);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        robot.write("Rechnung");
        UiTestSupport.waitUntil(() -> table.getItems().size() == 1, 5);
        assertThat(table.getItems().get(0).subject()).contains("Rechnung 2025-0417");
    }
}
