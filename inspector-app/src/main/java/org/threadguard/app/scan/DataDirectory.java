package org.threadguard.app.scan;

import java.nio.file.Path;
import java.util.Locale;

/** Where Threadguard keeps its cache by default, per operating system. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path get() {
        String override = System.getenv("THREADGUARD_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return Path.of(appData != null ? appData : home, "Threadguard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Threadguard");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        // (Path.of, not string concatenation: the sync command's short way runs this in a JVM that is just starting)
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "threadguard") : Path.of(home, ".local", "share", "threadguard");
    }

    public static Path defaultCache() {
        return get().resolve("cache.db");
    }
}
