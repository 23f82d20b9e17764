package org.threadguard.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code threadguard inspect | scan | sync | eval | bench | report | native-host}; without a command, the inspector window. */
@Command(name = "threadguard", mixinStandardHelpOptions = true, versionProvider = ThreadguardCommand.Version.class,
        description = "Catches fake replies inside real email conversations.")
public final class ThreadguardCommand implements Runnable {
    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(InspectCommand.class, ScanCommand.class, SyncCommand.class,
            AgentCommand.class, ReportCommand.class, EvalCommand.class, BenchCommand.class,
            org.threadguard.app.nativehost.NativeHostCommand.class,
            org.threadguard.app.nativehost.InstallNativeHostCommand.class, CommandLine.HelpCommand.class);
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

    /** A configured command line with every subcommand and the project's exit codes. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * A configured command line for these arguments: when the first one names a subcommand, only that
     * subcommand's model is built (picocli builds each from its annotations by reflection, a quarter of a
     * second of a short command's start-up for all of them); otherwise (no command, {@code help}, a
     * mistyped name) all of them.
     */
    public static CommandLine commandLine(String[] arguments) {
        CommandLine cl = new CommandLine(new ThreadguardCommand());
        String first = arguments == null || arguments.length == 0 ? null : arguments[0];
        Class<?> only = null;
        for (Class<?> c : SUBCOMMANDS) {
            if (first != null && c != CommandLine.HelpCommand.class
                    && first.equals(c.getAnnotation(Command.class).name())) {
                only = c;
            }
        }
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
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
