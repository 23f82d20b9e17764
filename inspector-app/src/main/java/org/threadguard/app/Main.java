package org.threadguard.app;

import org.threadguard.app.cli.ThreadguardCommand;
import picocli.CommandLine;

/** The single launcher: command-line modes now; the inspector window and the native host build on it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad arguments). */
    public static int run(String... args) {
        return ThreadguardCommand.commandLine().execute(args);
    }
}
