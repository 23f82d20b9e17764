package org.threadguard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Opens a hostile HTML reply (remote image, CSS url(), @import, iframe, script fetch, link
 * stylesheet, meta refresh, all pointing at a local listener) in every body mode and proves that
 * the inspector made no connection at all.
 */
@ExtendWith(ApplicationExtension.class)
class HostileHtmlNoNetworkTest {
    @TempDir
    Path dir;
    DemoFixture fx;
    InspectorUi ui;
    ServerSocket listener;
    final AtomicInteger connections = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException e) {
                    return;
                } catch (IOException e) {
                    // keep listening
                }
            }
        }, "hostile-listener");
        t.setDaemon(true);
        t.start();
        writeMailbox(dir.resolve("mail"), listener.getLocalPort());
        fx = new DemoFixture(dir.resolve("data"));
        ui = UiTestSupport.start(stage, fx);
        ui.showMain(null);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
        fx.close();
    }

    @Test
    void openingAHostileHtmlMessageMakesNoNetworkRequest(FxRobot robot) throws Exception {
        robot.interact(() -> ui.mainViewModel().openLocal(dir.resolve("mail")));
        UiTestSupport.waitUntil(() -> ui.mainViewModel().analysedProperty().get(), 60);
        TableView<ThreadSummary> table = robot.lookup("#threadTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn(UiTestSupport.rowFor(robot, "Quarterly figures"));
        UiTestSupport.waitUntil(() -> ui.mainViewModel().thread().evidence().entryProperty().get() != null
                && ui.mainViewModel().thread().evidence().entryProperty().get().message().html().contains("img"), 20);
        TextArea body = robot.lookup("#body").queryAs(TextArea.class);
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#modeHtml");
        UiTestSupport.waitUntil(() -> body.getText().contains("Please review"), 5);
        String shown = body.getText();
        robot.clickOn("#modeHeaders");
        robot.clickOn("#modeRaw");
        UiTestSupport.waitUntil(() -> body.getText().contains("Content-Type"), 10);
        robot.clickOn("#modeText");
        Thread.sleep(1500);

        assertThat(connections.get()).as("connections to the hostile listener").isZero();
        assertThat(shown).contains("Please review").contains("[hxxp://127[.]0[.]0[.]1:")
                .doesNotContain("http://", "<img", "<script", "fetch(");
        assertThat(robot.lookup(".web-view").tryQuery()).isEmpty();
        // the listener really works: a deliberate connection is counted
        new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort()).close();
        UiTestSupport.waitUntil(() -> connections.get() == 1, 5);
    }

    private static void writeMailbox(Path root, int port) throws IOException {
        String base = "http://127.0.0.1:" + port;
        Path inbox = Files.createDirectories(root.resolve("INBOX"));
        Files.writeString(inbox.resolve("1.eml"), String.join("\r\n",
                "From: Bob Partner <bob@partner.example>",
                "To: Anna <anna@own.example>",
                "Subject: Quarterly figures",
                "Date: Mon, 3 Mar 2025 10:00:00 +0100",
                "Message-ID: <q1@partner.example>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Hi Anna, the quarterly figures are attached in our usual portal. Regards, Bob",
                ""), StandardCharsets.UTF_8);
        String html = "<html><head><link rel=\"stylesheet\" href=\"" + base + "/link.css\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + base + "/refresh\">"
                + "<style>@import url(" + base + "/import.css); body{background:url(" + base + "/bg.png)}"
                + "@font-face{font-family:x;src:url(" + base + "/font.woff)}</style></head><body>"
                + "<p>Please review the document: <a href=\"" + base + "/login\">Open document</a></p>"
                + "<img src=\"" + base + "/pixel.png\" width=1 height=1>"
                + "<iframe src=\"" + base + "/frame\"></iframe>"
                + "<div style=\"background-image:url(" + base + "/div.png)\">x</div>"
                + "<script>fetch('" + base + "/js'); new Image().src='" + base + "/img2';</script>"
                + "<object data=\"" + base + "/obj\"></object><video src=\"" + base + "/v.mp4\"></video>"
                + "</body></html>";
        Files.writeString(inbox.resolve("2.eml"), String.join("\r\n",
                "From: Bob Partner <bob@partner.example>",
                "To: Anna <anna@own.example>",
                "Subject: RE: Quarterly figures",
                "Date: Tue, 4 Mar 2025 03:12:00 -0500",
                "Message-ID: <q2@random-host.test>",
                "In-Reply-To: <q1@partner.example>",
                "References: <q1@partner.example>",
                "X-Mailer: Microsoft Outlook 15.0",
                "MIME-Version: 1.0",
                "Content-Type: text/html; charset=utf-8",
                "",
                html,
                ""), StandardCharsets.UTF_8);
    }
}
