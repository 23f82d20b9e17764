package org.threadguard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.demo.DemoServer;
import picocli.CommandLine;

class ImapCommandLineTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = ThreadguardCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void scanDemoPrintsTheAttacksAsJson() {
        Run r = run("scan", "--demo", "--json", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines.length).isGreaterThanOrEqualTo(90);
        org.threadguard.app.demo.DemoScenarios key = org.threadguard.app.demo.DemoScenarios.load("en");
        int attacks = 0;
        for (String line : lines) {
            String id = line.substring(line.indexOf("\"messageId\":\"") + 13, line.indexOf("\",", 14));
            var label = key.label(id);
            if (label.isPresent() && label.get().attack()) {
                attacks++;
                assertThat(line).as(id).contains("\"verdict\":\"likely-hijack\"");
            }
        }
        assertThat(attacks).isEqualTo(6);
    }

    @Test
    void wrongPasswordIsOneLineAndExitCodeOne() {
        try (DemoServer server = DemoServer.start()) {
            // HOME holds something that is certainly not the demo's random password
            Run r = run("sync", "--source", "imap+plain://" + server.user() + "@127.0.0.1:" + server.port(),
                    "--password-env", "HOME", "--quiet", "--cache", tmp.resolve("c.db").toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("threadguard: Login to 127.0.0.1:")
                    .contains("rejected the user name or password");
        }
    }

    @Test
    void unreachableHostIsOneLineAndExitCodeOne() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("sync", "--source", "imaps://laura@127.0.0.1:" + port, "--password-env", "HOME",
                "--cache", tmp.resolve("c.db").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("Cannot reach 127.0.0.1:" + port);
    }

    @Test
    void missingPasswordVariableIsAClearError() {
        Run r = run("sync", "--source", "imaps://laura@127.0.0.1:1", "--password-env", "THREADGUARD_SURELY_UNSET_42",
                "--cache", tmp.resolve("c.db").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("THREADGUARD_SURELY_UNSET_42 is not set");
    }

    @Test
    void localSourcesNeedScanNotSync() {
        Run r = run("sync", "--source", "/tmp");
        assertThat(r.exit()).isEqualTo(2);
    }
}
