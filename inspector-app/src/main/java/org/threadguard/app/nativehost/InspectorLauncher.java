package org.threadguard.app.nativehost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the inspector on one message: {@code <launcher> inspect --message-id <id>}. The inspector
 * focuses an already running window itself (single-instance handling is the inspector's job).
 */
public interface InspectorLauncher {
    List<String> launch(String messageId) throws IOException;

    /** Starts a detached process of this installation's launcher. */
    static InspectorLauncher process() {
        return messageId -> {
            List<String> cmd = new ArrayList<>(launcherCommand());
            cmd.addAll(List.of("inspect", "--message-id", messageId));
            new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return cmd;
        };
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase().contains("win") ? "NUL" : "/dev/null");
    }

    /**
     * How to start this installation: the jpackage launcher ({@code jpackage.app-path}), else
     * {@code THREADGUARD_LAUNCHER}, else {@code java -jar <this jar>}, else {@code java -cp <classpath> Main}.
     */
    static List<String> launcherCommand() {
        String app = System.getProperty("jpackage.app-path");
        if (app != null && !app.isBlank()) {
            return List.of(mainLauncher(Path.of(app)).toString());
        }
        String env = System.getenv("THREADGUARD_LAUNCHER");
        if (env != null && !env.isBlank()) {
            return List.of(env);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = ownJar();
        if (jar != null) {
            return List.of(java, "-jar", jar.toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), "org.threadguard.app.Main");
    }

    /**
     * The installed app's main launcher for a jpackage launcher path: the host runs as the second launcher
     * {@code threadguard-host} (with host JVM options: C1 only, serial GC), but the inspector window should
     * start through the main launcher next to it ({@code threadguard}, {@code Threadguard}, {@code Threadguard.exe}).
     */
    static Path mainLauncher(Path appPath) {
        Path name = appPath.getFileName();
        Path dir = appPath.getParent();
        if (name == null || dir == null || !name.toString().toLowerCase(java.util.Locale.ROOT).startsWith("threadguard-host")) {
            return appPath;
        }
        for (String candidate : List.of("threadguard", "Threadguard", "Threadguard.exe", "threadguard.exe")) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return appPath;
    }

    /** The jar this class was loaded from, or null when running from classes. */
    static Path ownJar() {
        try {
            Path p = Path.of(InspectorLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p.toAbsolutePath() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
