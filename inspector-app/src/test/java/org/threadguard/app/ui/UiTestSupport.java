package org.threadguard.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.threadguard.app.ui.common.tasks.BackgroundTaskExecutor;
import org.threadguard.app.ui.service.ThreadSummary;

/** Wiring and helpers shared by the TestFX tests: the real UI over a temporary cache, background executor. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    public static InspectorUi start(Stage stage, DemoFixture fx) {
        BackgroundTaskExecutor tasks = new BackgroundTaskExecutor(2, javafx.application.Platform::runLater);
        InspectorUi ui = new InspectorUi(stage, fx.service, new org.threadguard.app.report.SecurityReportService(fx.dir.resolve("data"), () -> org.threadguard.imap.report.ReportSettings.DEFAULTS, () -> null, fx.cache, null), fx.state, tasks);
        stage.setWidth(1440);
        stage.setHeight(900);
        return ui;
    }

    /**
     * GreenMail's IMAPS handler throws on its own thread when a client refuses its self-signed
     * certificate (as the inspector must). TestFX collects uncaught exceptions of every thread of the
     * test JVM and would fail a UI test with it; until closed, those expected ones are dropped.
     */
    public static AutoCloseable ignoreGreenMailRefusals() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            for (Throwable c = e; c != null; c = c.getCause()) {
                for (StackTraceElement f : c.getStackTrace()) {
                    if (f.getClassName().startsWith("com.icegreen.greenmail.")) {
                        return;
                    }
                }
            }
            if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                e.printStackTrace();
            }
        });
        return () -> Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    public static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible table row showing the thread whose subject contains the text. */
    @SuppressWarnings("unchecked")
    public static Node rowFor(FxRobot robot, String subjectPart) {
        return robot.lookup(".table-row-cell").match(n -> {
            Object item = ((TableRow<ThreadSummary>) n).getItem();
            return item instanceof ThreadSummary t && t.subject().contains(subjectPart);
        }).query();
    }

    /** Saves a snapshot of a node (its whole content, also what a scroll pane clips) as PNG. */
    public static void savePng(Image image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
