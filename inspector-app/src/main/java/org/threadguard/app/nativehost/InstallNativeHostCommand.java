package org.threadguard.app.nativehost;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadguard.app.cli.ThreadguardCommand;
import org.threadguard.app.scan.DataDirectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadguard install-native-host}: registers the native-messaging host with Thunderbird. */
@Command(name = "install-native-host", mixinStandardHelpOptions = true,
        description = {"Writes the native-messaging host manifest so that the Threadguard Thunderbird add-on can start "
                + "this installation's launcher.",
            "Linux: ~/.mozilla/native-messaging-hosts/ (--user) or /usr/lib/mozilla/native-messaging-hosts/ (--system). "
                + "macOS: ~/Library/Application Support/Mozilla/NativeMessagingHosts/ or /Library/Application "
                + "Support/Mozilla/NativeMessagingHosts/. Windows: the manifest goes to the data directory and "
                + "HKCU (or HKLM)\\Software\\Mozilla\\NativeMessagingHosts\\" + Protocol.HOST_NAME + " points at it.",
            "The launcher: --launcher, else the installed app's launcher, else (development) a generated wrapper script "
                + "around 'java -jar threadguard.jar native-host' in the data directory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (the problem is named on stderr)", "2:bad arguments"})
public final class InstallNativeHostCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--user", description = "For the current user (default).")
        boolean user;
        @Option(names = "--system", description = "For all users (needs administrator rights).")
        boolean system;
    }

    @Option(names = "--print-manifest", description = "Print the manifest to stdout and write nothing.")
    boolean printOnly;

    @Option(names = "--launcher", paramLabel = "PATH", description = "The executable Thunderbird starts.")
    Path launcher;

    @Option(names = "--addon-id", paramLabel = "ID", description = "The add-on allowed to use the host (default: ${DEFAULT-VALUE}).")
    String addonId = Protocol.ADDON_ID;

    @Option(names = "--no-cds", description = "Development wrapper only: do not create the class-data archive that "
            + "halves the host's start-up time.")
    boolean noCds;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write the manifest to DIR instead of the standard place "
            + "(tests, unusual profiles).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean system = scope != null && scope.system;
        HostManifest.Os os = HostManifest.Os.current();
        Path exe = launcher != null ? launcher : installedLauncher();
        if (exe == null) {
            exe = printOnly ? DataDirectory.get().resolve("native-host").resolve(wrapperName(os)) : writeWrapper(os, !noCds, err);
        }
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new ThreadguardCommand.UsageProblem("The launcher " + launcher + " is not an executable file.");
        }
        String json = HostManifest.json(exe, addonId);
        if (printOnly) {
            out.print(json);
            out.flush();
            return ThreadguardCommand.EXIT_OK;
        }
        Path target = dir != null ? dir
                : HostManifest.directory(os, system, System.getProperty("user.home"), DataDirectory.get());
        Files.createDirectories(target);
        Path manifest = target.resolve(Protocol.HOST_NAME + ".json");
        Files.writeString(manifest, json, StandardCharsets.UTF_8);
        out.println("Wrote " + manifest + " (launcher " + exe + ", add-on " + addonId + ")");
        if (os == HostManifest.Os.WINDOWS && dir == null) {
            List<String> reg = HostManifest.windowsRegistryCommand(system, manifest);
            try {
                int rc = new ProcessBuilder(reg).inheritIO().start().waitFor();
                if (rc != 0) {
                    err.println("threadguard: 'reg add' failed with exit code " + rc);
                    return ThreadguardCommand.EXIT_FAILURE;
                }
                out.println("Registered " + String.join(" ", reg.subList(2, 3)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ThreadguardCommand.EXIT_FAILURE;
            }
        }
        out.flush();
        return ThreadguardCommand.EXIT_OK;
    }

    /** JVM options for the host (also the jpackage launcher's --java-options for the host launcher). */
    static final List<String> HOST_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            // JVM messages (e.g. about a stale class-data archive) must never reach stdout, the frame stream.
            "-Xlog:disable", "-Xlog:all=warning:stderr");

    /**
     * Runs the host once with {@code -XX:ArchiveClassesAtExit} over a synthetic analysis, so that later
     * starts map the engine's classes from the archive (AppCDS). If the jar changes, the JVM ignores the
     * stale archive (with a warning on stderr); re-run install-native-host after an update.
     */
    static boolean trainClassDataArchive(List<String> javaCommand, Path archive, PrintWriter err) {
        List<String> train = new java.util.ArrayList<>(javaCommand);
        train.addAll(1, List.of("-XX:ArchiveClassesAtExit=" + archive, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xlog:disable", "-Xlog:all=error:stderr", "-Dthreadguard.host.train=true"));
        train.add("native-host");
        try {
            Files.deleteIfExists(archive);
            Process p = new ProcessBuilder(train).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (java.io.OutputStream in = p.getOutputStream()) {
                // The request path too: framing, JSON, reassembly, the verdict's JSON.
                StreamFrameWriter w = new StreamFrameWriter(in, Protocol.MAX_INCOMING_BYTES);
                w.write("{\"type\":\"hello\",\"protocolVersion\":1,\"addonVersion\":\"train\"}".getBytes(StandardCharsets.UTF_8));
                List<HostAnalysis.RawMessage> demo = WarmUp.demoMessages(8);
                w.write(("{\"type\":\"analyse-begin\",\"requestId\":\"t\",\"count\":" + demo.size() + "}")
                        .getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < demo.size(); i++) {
                    w.write(("{\"type\":\"analyse-part\",\"requestId\":\"t\",\"index\":" + i + ",\"role\":\""
                            + (i == demo.size() - 1 ? "target" : "context") + "\",\"folder\":\"" + demo.get(i).folder()
                            + "\",\"chunkIndex\":0,\"chunkCount\":1,\"chunk\":\""
                            + java.util.Base64.getEncoder().encodeToString(demo.get(i).raw()) + "\"}").getBytes(StandardCharsets.UTF_8));
                }
                w.write("{\"type\":\"analyse-end\",\"requestId\":\"t\"}".getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && Files.size(archive) > 0;
        } catch (IOException e) {
            err.println("threadguard: no class-data archive (" + e.getMessage() + "); the host starts slower");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The jpackage launcher of an installed app, if this is one. */
    static Path installedLauncher() {
        String app = System.getProperty("jpackage.app-path");
        return app == null || app.isBlank() ? null : Path.of(app);
    }

    static String wrapperName(HostManifest.Os os) {
        return os == HostManifest.Os.WINDOWS ? "threadguard-native-host.bat" : "threadguard-native-host";
    }

    /** Development: a wrapper script that starts this jar (or class path) in host mode. */
    static Path writeWrapper(HostManifest.Os os, boolean cds, PrintWriter err) throws IOException {
        Path dirPath = DataDirectory.get().resolve("native-host");
        Files.createDirectories(dirPath);
        Path script = dirPath.resolve(wrapperName(os));
        List<String> cmd = new java.util.ArrayList<>(InspectorLauncher.launcherCommand());
        if (cmd.size() > 1 && (cmd.get(1).equals("-jar") || cmd.get(1).equals("-cp"))) {
            // Start-up matters more than peak speed for a host that answers a few requests per message.
            List<String> options = new java.util.ArrayList<>(HOST_JVM_OPTIONS);
            if (cds) {
                Path archive = dirPath.resolve("host.jsa");
                if (trainClassDataArchive(cmd, archive, err)) {
                    options.add("-XX:SharedArchiveFile=" + archive);
                }
            }
            cmd.addAll(1, options);
        }
        StringBuilder line = new StringBuilder();
        for (String c : cmd) {
            line.append(os == HostManifest.Os.WINDOWS ? "\"" + c + "\" " : "'" + c.replace("'", "'\\''") + "' ");
        }
        String text = os == HostManifest.Os.WINDOWS
                ? "@echo off\r\n" + line + "native-host %*\r\n"
                : "#!/bin/sh\n# Generated by 'threadguard install-native-host': starts Threadguard's native-messaging host.\n"
                        + "exec " + line + "native-host \"$@\"\n";
        Files.writeString(script, text, StandardCharsets.UTF_8);
        if (os != HostManifest.Os.WINDOWS) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return script;
    }
}
