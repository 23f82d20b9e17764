package org.threadguard.app.nativehost;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadguard.app.report.SmtpPasswords;
import org.threadguard.app.scan.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code threadguard native-host}: the Thunderbird add-on's native-messaging host on stdin/stdout. */
@Command(name = "native-host", mixinStandardHelpOptions = true,
        description = {"Serves the Thunderbird add-on over native messaging (length-prefixed JSON on stdin/stdout; "
                + "logs on stderr) until stdin ends. Thunderbird starts it through the host manifest that "
                + "install-native-host writes; see docs/native-messaging.md.",
            "Environment: THREADGUARD_TEST_RESULTS=FILE enables the test-only 'test-result' request (end-to-end tests)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stdin ended cleanly", "1:stdin ended inside a frame"})
public final class NativeHostCommand implements Callable<Integer> {

    /** Ignored: the manifest path and add-on id (or Windows parent window) the mail client passes. */
    @Unmatched
    List<String> browserArgs;

    @Override
    public Integer call() {
        return serveStdio(browserArgs);
    }

    /**
     * Serves on the process's stdin/stdout. {@code Main} calls this directly when Thunderbird starts
     * the launcher (no command-line parsing on the start-up path).
     */
    public static int serveStdio(List<String> browserArgs) {
        OutputStream out = HostStdout.claim();

        String v = NativeHostCommand.class.getPackage().getImplementationVersion();
        String test = System.getenv("THREADGUARD_TEST_RESULTS");
        NativeHost host = new NativeHost(new StreamFrameReader(System.in, Protocol.MAX_INCOMING_BYTES),
                new StreamFrameWriter(out, Protocol.MAX_OUTGOING_BYTES), System.err, v == null ? "development" : v,
                SmtpPasswords.reportService(DataDirectory.get(), null), InspectorLauncher.process(),
                test == null || test.isBlank() ? null : Path.of(test));
        if (Boolean.getBoolean("threadguard.host.train")) {
            WarmUp.run(); // install-native-host: load the engine once for the class-data archive
        } else if (!Boolean.getBoolean("threadguard.host.noWarmUp")) {
            WarmUp.start(host);
        }
        System.err.println("threadguard native-host: started" + (browserArgs == null ? "" : " " + browserArgs));
        return host.serve();
    }
}
