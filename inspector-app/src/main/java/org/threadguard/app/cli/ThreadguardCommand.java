package org.threadguard.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code threadguard inspect | scan | sync | eval | bench | report | native-host}; without a command, the inspector window. */
@Command(name = "threadguard", mixinStandardHelpOptions = true, versionProvider = ThreadguardCommand.Version.class,
        description = "Catches fake replies inside real email conversations.",
        subcommands = {InspectCommand.class, ScanCommand.class, SyncCommand.class, ReportCommand.class, EvalCommand.class,
            BenchCommand.class,
            org.threadguard.app.nativehost.NativeHostCommand.class,
            org.threadguard.app.nativehost.InstallNativeHostCommand.class, CommandLine.HelpCommand.class})
public final class ThreadguardCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // no command: open the inspector window, as "threadguard inspect" does
        new InspectCommand().call();
    }

    /** A configured command line with the project's exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ThreadguardCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_FAILURE);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("threadguard: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("threadguard: " + describe(ex));
            if (Boolean.getBoolean("threadguard.debug")) {
                ex.printStackTrace(cmd.getErr());
            }
            return ex instanceof UsageProblem ? EXIT_USAGE : EXIT_FAILURE;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return msg;
    }

    /** A problem with the arguments found after parsing (a missing path, say): exit code 2. */
    public static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageProblem(String message) {
            super(message);
        }
    }

    /** The version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ThreadguardCommand.class.getPackage().getImplementationVersion();
            return new String[] {"threadguard " + (v == null ? "development" : v)};
        }
    }
}
