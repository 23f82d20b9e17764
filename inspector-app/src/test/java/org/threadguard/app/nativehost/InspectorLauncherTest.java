package org.threadguard.app.nativehost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class InspectorLauncherTest {
    @TempDir
    Path dir;

    private Path executable(String name) throws IOException {
        Path p = Files.createFile(dir.resolve(name));
        p.toFile().setExecutable(true);
        return p;
    }

    @Test
    void hostLauncherOpensTheInspectorThroughTheMainLauncherBesideIt() throws IOException {
        Path main = executable("threadguard");
        Path host = executable("threadguard-host");
        assertThat(InspectorLauncher.mainLauncher(host)).isEqualTo(main);
    }

    @Test
    void mainLauncherStaysItself() throws IOException {
        Path main = executable("threadguard");
        assertThat(InspectorLauncher.mainLauncher(main)).isEqualTo(main);
    }

    @Test
    void hostLauncherWithoutAMainLauncherBesideItStaysItself() throws IOException {
        Path host = executable("threadguard-host");
        assertThat(InspectorLauncher.mainLauncher(host)).isEqualTo(host);
    }
}
