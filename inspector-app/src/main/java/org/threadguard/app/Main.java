package org.threadguard.app;

import org.threadguard.app.cli.ThreadguardCommand;
import org.threadguard.app.nativehost.HostStdout;
import picocli.CommandLine;

/** The single launcher: command-line modes now; the inspector window and the native host build on it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (HostStdout.isHostInvocation(args)) {
            // Before anything else can print: stdout is for native-messaging frames only.
            HostStdout.claim();
            if (!args[0].equals("native-host")) {
                // Started by Thunderbird through the host manifest (manifest path + add-on id).
                String[] host = new String[args.length + 1];
                host[0] = "native-host";
                System.arraycopy(args, 0, host, 1, args.length);
                args = host;
            }
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad arguments). */
    public static int run(String... args) {
        return ThreadguardCommand.commandLine().execute(args);
    }
}
