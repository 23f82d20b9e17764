package org.threadguard.app.nativehost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.cli.ThreadguardCommand;
import picocli.CommandLine;

class InstallNativeHostCommandTest {
    @TempDir
    Path tmp;

    private String run(int expectedExit, String... args) {
        CommandLine cl = ThreadguardCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args)).isEqualTo(expectedExit);
        return out.toString();
    }

    @Test
    void printsTheManifestWithTheLauncherAndTheAddonId() throws Exception {
        Path launcher = Files.createFile(tmp.resolve("threadguard"));
        launcher.toFile().setExecutable(true);
        JsonNode m = new ObjectMapper().readTree(run(0, "install-native-host", "--print-manifest", "--launcher",
                launcher.toString()));
        assertThat(m.path("name").asText()).isEqualTo("org.threadguard.host").matches("\\w+(\\.\\w+)*");
        assertThat(m.path("type").asText()).isEqualTo("stdio");
        assertThat(m.path("path").asText()).isEqualTo(launcher.toAbsolutePath().toString());
        assertThat(m.path("allowed_extensions").get(0).asText()).isEqualTo("threadguard@threadguard.org");
    }

    @Test
    void writesTheManifestIntoTheDirectory() throws Exception {
        Path launcher = Files.createFile(tmp.resolve("threadguard"));
        launcher.toFile().setExecutable(true);
        run(0, "install-native-host", "--user", "--dir", tmp.resolve("hosts").toString(), "--launcher", launcher.toString());
        JsonNode m = new ObjectMapper().readTree(tmp.resolve("hosts/org.threadguard.host.json").toFile());
        assertThat(m.path("path").asText()).isEqualTo(launcher.toAbsolutePath().toString());
    }

    @Test
    void aLauncherThatIsNotExecutableIsAUsageError() {
        run(2, "install-native-host", "--print-manifest", "--launcher", tmp.resolve("missing").toString());
    }

    @Test
    void userAndSystemAreExclusive() {
        run(2, "install-native-host", "--user", "--system", "--print-manifest");
    }

    @Test
    void standardLocationsPerOperatingSystem() {
        Path data = Path.of("/data");
        assertThat(HostManifest.directory(HostManifest.Os.LINUX, false, "/home/u", data))
                .isEqualTo(Path.of("/home/u/.mozilla/native-messaging-hosts"));
        assertThat(HostManifest.directory(HostManifest.Os.LINUX, true, "/home/u", data))
                .isEqualTo(Path.of("/usr/lib/mozilla/native-messaging-hosts"));
        assertThat(HostManifest.directory(HostManifest.Os.MAC, false, "/Users/u", data))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Mozilla/NativeMessagingHosts"));
        assertThat(HostManifest.windowsRegistryCommand(false, Path.of("/data/native-messaging/org.threadguard.host.json")))
                .contains("HKCU\\Software\\Mozilla\\NativeMessagingHosts\\org.threadguard.host", "/ve", "/f");
    }
}
