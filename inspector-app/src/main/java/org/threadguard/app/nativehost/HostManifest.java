package org.threadguard.app.nativehost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The native-messaging host manifest and where each operating system looks for it. */
public final class HostManifest {
    private HostManifest() {
    }

    public enum Os {
        LINUX, MAC, WINDOWS;

        public static Os current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
        }
    }

    public static String json(Path launcher, String addonId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Protocol.HOST_NAME);
        m.put("description", "Threadguard: checks email replies for hijacked conversations");
        m.put("path", launcher.toAbsolutePath().toString());
        m.put("type", "stdio");
        m.put("allowed_extensions", List.of(addonId));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The directory the mail client reads the manifest from. On Windows there is no such
     * directory: the manifest lives in Threadguard's data directory and a registry key points at it.
     */
    public static Path directory(Os os, boolean system, String home, Path dataDir) {
        return switch (os) {
            case LINUX -> system ? Path.of("/usr/lib/mozilla/native-messaging-hosts")
                    : Path.of(home, ".mozilla", "native-messaging-hosts");
            case MAC -> system ? Path.of("/Library/Application Support/Mozilla/NativeMessagingHosts")
                    : Path.of(home, "Library", "Application Support", "Mozilla", "NativeMessagingHosts");
            case WINDOWS -> dataDir.resolve("native-messaging");
        };
    }

    /** Windows: {@code reg add} of the key whose default value is the manifest path. */
    public static List<String> windowsRegistryCommand(boolean system, Path manifest) {
        String root = system ? "HKLM" : "HKCU";
        return List.of("reg", "add", root + "\\Software\\Mozilla\\NativeMessagingHosts\\" + Protocol.HOST_NAME, "/ve",
                "/t", "REG_SZ", "/d", manifest.toAbsolutePath().toString(), "/f");
    }
}
