package org.threadguard.app;

import java.util.Arrays;
import java.util.List;
import org.threadguard.app.cli.ThreadguardCommand;
import org.threadguard.app.nativehost.HostStdout;
import org.threadguard.app.nativehost.NativeHostCommand;
import org.threadguard.imap.connect.ImapConnector;
import picocli.CommandLine;

/** The single launcher: command-line modes now; the inspector window and the native host build on it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // AWT is used only off screen (reading QR codes in pictures); the window is JavaFX. Headless AWT never
        // connects to a display or shows a dock icon for the command line and the native host.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (HostStdout.isHostInvocation(args)) {
            // Before anything else can print: stdout is for native-messaging frames only. Started by
            // Thunderbird through the host manifest (manifest path + add-on id), or as `native-host`:
            // serve directly, without command-line parsing on the start-up path.
            boolean help = Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
            if (!help) {
                HostStdout.claim();
                List<String> rest = Arrays.asList(args).subList(args[0].equals("native-host") ? 1 : 0, args.length);
                System.exit(NativeHostCommand.serveStdio(rest));
            }
        }
        if (args.length > 0 && args[0].equals("sync")) {
            // a sync agent for the same account may be running: it answers in a few round trips
            int delegated = org.threadguard.app.agent.AgentClient.delegate(args, System.err);
            if (delegated >= 0) {
                System.exit(delegated);
            }
        }
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("imaps://") || a.startsWith("imap://")
                || a.startsWith("--source=imap"))) {
            // an IMAP command: TLS set-up overlaps with parsing the command line and opening the cache
            ImapConnector.prewarmTls();
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad arguments). */
    public static int run(String... args) {
        return ThreadguardCommand.commandLine(args).execute(args);
    }
}
