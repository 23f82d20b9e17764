package org.threadguard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.agent.AgentClient;
import picocli.CommandLine;

/**
 * The sync agent against a real IMAP server (GreenMail): `sync` goes through it when account, cache and folders
 * match, picks up new mail there, and goes the usual way otherwise or once the agent has stopped.
 */
class AgentCommandTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));

    @TempDir
    Path dir;

    private static MimeMessage mime(int n) throws Exception {
        String raw = "From: Mark <mark@partner.example>\r\nTo: agent@example.test\r\nSubject: Re: Order " + n
                + "\r\nDate: Mon, 3 Mar 2025 10:0" + n + ":00 +0100\r\nMessage-ID: <agent." + n + "@partner.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMessage " + n + ".\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static int delegate(Path socket, ByteArrayOutputStream err, String... args) {
        return AgentClient.delegate(args, new PrintStream(err, true, StandardCharsets.UTF_8), socket);
    }

    @Test
    void syncGoesThroughTheAgentForTheSameAccountAndTheUsualWayOtherwise() throws Exception {
        String password = System.getenv("PATH"); // an environment variable the test can name as the password
        Assumptions.assumeTrue(password != null && !password.isEmpty());
        GreenMailUser user = GREENMAIL.setUser("agent@example.test", "agent", password);
        ImapHostManager host = GREENMAIL.getManagers().getImapHostManager();
        host.getInbox(user).appendMessage(mime(1), new Flags(), new Date());
        host.getInbox(user).appendMessage(mime(2), new Flags(), new Date());
        String source = "imap+plain://agent@127.0.0.1:" + GREENMAIL.getImap().getPort();
        String cache = dir.resolve("c.db").toString();
        Path socket = dir.resolve("agent.sock");

        AgentCommand agent = new AgentCommand();
        CommandLine cl = new CommandLine(agent);
        java.io.StringWriter agentErr = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(agentErr, true));
        int[] agentExit = {-1};
        Thread t = new Thread(() -> agentExit[0] = cl.execute("--source", source, "--password-env", "PATH",
                "--cache", cache, "--socket", socket.toString()));
        t.start();
        for (int i = 0; i < 200 && !agent.listening; i++) {
            Thread.sleep(50);
        }
        assertThat(agent.listening).as(agentErr.toString()).isTrue();
        assertThat(agentErr.toString()).contains("2 new").contains("listening on " + socket);
        if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
            assertThat(Files.getPosixFilePermissions(socket)).hasSize(2); // owner read and write only
        }

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(delegate(socket, err, "sync", "--source", source, "--password-env", "PATH", "--cache", cache))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Synced 127.0.0.1 (INBOX 2").contains("0 new");

        host.getInbox(user).appendMessage(mime(3), new Flags(), new Date());
        err.reset();
        assertThat(delegate(socket, err, "sync", "--source=" + source, "--cache=" + cache, "--password-env=PATH"))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("INBOX 3").contains("1 new");

        // another cache, an extra folder, an option the short way does not read, help: the usual way
        assertThat(delegate(socket, err, "sync", "--source", source, "--cache", dir.resolve("other.db").toString()))
                .isEqualTo(-1);
        assertThat(delegate(socket, err, "sync", "--source", source, "--cache", cache, "--folder", "Projects"))
                .isEqualTo(-1);
        assertThat(delegate(socket, err, "sync", "--source", source, "--cache", cache, "--verbose")).isEqualTo(-1);
        assertThat(delegate(socket, err, "sync", "--help")).isEqualTo(-1);

        agent.stop();
        t.join(10_000);
        assertThat(agentExit[0]).isZero();
        assertThat(socket).doesNotExist();
        assertThat(delegate(socket, err, "sync", "--source", source, "--cache", cache)).isEqualTo(-1);
    }
}
