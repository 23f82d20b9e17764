package org.threadguard.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.cli.ThreadguardCommand;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.report.MailServer;
import org.threadguard.imap.report.ReportSettings;
import org.threadguard.imap.report.ReportStyle;
import picocli.CommandLine;

/** The one report path (inspector, CLI, native host) against GreenMail, on the demo mailbox's payment diversion. */
class ReportFlowTest {
    static final Path DEMO = Path.of("src/main/resources/org/threadguard/app/demo/mailbox");
    static final String ATTACK_ID = "<002a01dba78b$5cfdef00$a3634515$@nordhafen-spedtion.example>";
    static final String SECRET = "gr33n-Secret!";

    @TempDir
    Path tmp;
    private SqliteMessageCache cache;
    private GreenMail green;
    private String key;

    @BeforeEach
    void importDemo() {
        cache = SqliteMessageCache.open(tmp.resolve("cache.db"));
        new ScanService(cache).importLocal(DEMO, ScanService.accountFor(DEMO), new ImportListener() {
        });
        key = cache.findByMessageId(ATTACK_ID).get(0).key();
    }

    @AfterEach
    void close() {
        cache.close();
        if (green != null) {
            green.stop();
        }
    }

    private void startGreen(int port) {
        green = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        green.start();
        green.setUser("laura", "laura", SECRET);
    }

    private ReportSettings settings(int port) {
        return ReportSettings.DEFAULTS.withSecurityAddress("security@brightline-logistics.example")
                .withFrom("laura.weber@brightline-logistics.example")
                .withSmtp("127.0.0.1", port, MailServer.Security.PLAIN_LOCALHOST, "laura")
                .withStyle(ReportStyle.MICROSOFT);
    }

    private SecurityReportService service(int port) {
        return new SecurityReportService(tmp.resolve("data"), () -> settings(port), () -> SECRET.toCharArray(), cache,
                null);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<Part> parts(Part p) throws Exception {
        List<Part> out = new ArrayList<>();
        out.add(p);
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                out.addAll(parts(b));
            }
        }
        return out;
    }

    static byte[] attached(MimeMessage m) throws Exception {
        for (Part p : parts(m)) {
            if (p.isMimeType("message/rfc822")) {
                try (InputStream in = ((MimeBodyPart) p).getRawInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no message/rfc822 part");
    }

    static String texts(MimeMessage m) throws Exception {
        StringBuilder b = new StringBuilder();
        for (Part p : parts(m)) {
            if (p.isMimeType("text/*")) {
                b.append(p.getContent());
            }
        }
        return b.toString();
    }

    static byte[] demoFile() throws IOException {
        try (var files = Files.walk(DEMO)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                byte[] raw = Files.readAllBytes(p);
                if (new String(raw, StandardCharsets.ISO_8859_1).contains("Message-ID: " + ATTACK_ID)) {
                    return raw;
                }
            }
        }
        throw new AssertionError("attack not found");
    }

    @Test
    void theReportButtonsPathSendsTheOriginalUnmodifiedWithTheEvidence() throws Exception {
        int port = freePort();
        startGreen(port);
        // a login is configured; GreenMail accepts any
        green.setUser("laura", "laura", SECRET);
        SecurityReportService s = service(port);
        ReportService.Outcome o = s.report(ReportService.ReportRequest.send(key, "", ReportService.Style.MICROSOFT_REPORTING_MAILBOX));
        assertThat(o.status()).as(o.message()).isEqualTo(ReportService.Status.SENT);

        MimeMessage got = green.getReceivedMessages()[0];
        assertThat(got.getSubject()).startsWith("Phishing: ");
        assertThat(got.getAllRecipients()[0].toString()).isEqualTo("security@brightline-logistics.example");
        byte[] original = demoFile();
        assertThat(attached(got)).isEqualTo(original).isEqualTo(cache.raw(key).orElseThrow());
        String sentOriginal = new String(attached(got), StandardCharsets.ISO_8859_1);
        assertThat(sentOriginal).contains("DKIM-Signature: v=1; a=rsa-sha256").contains("Received: from mail.nordhafen");

        String body = texts(got);
        ReportService.ReportTarget t = s.target(key);
        assertThat(t.analysis().verdict().flagged()).isTrue();
        for (var f : t.analysis().verdict().findings()) {
            assertThat(body).contains(f.code());
        }
        MailMessage m = t.analysis().message();
        assertThat(t.earlierMessageIds()).isNotEmpty().containsAll(m.references());
        for (String id : t.earlierMessageIds()) {
            assertThat(body).contains(id);
        }
        assertThat(body).doesNotContain(SECRET).doesNotContainIgnoringCase("password");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        got.writeTo(whole);
        assertThat(whole.toString(StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        // nothing else from the mailbox: exactly two text parts and the original
        assertThat(parts(got).stream().filter(p -> {
            try {
                return !p.isMimeType("multipart/*");
            } catch (Exception e) {
                return true;
            }
        }).count()).isEqualTo(3);
    }

    @Test
    void aFailedSendKeepsTheReportInTheOutboxAndARetrySendsIt() throws Exception {
        int port = freePort(); // closed
        SecurityReportService s = service(port);
        ReportService.Outcome o = s.report(ReportService.ReportRequest.send(key, "", null));
        assertThat(o.status()).isEqualTo(ReportService.Status.FAILED_SAVED_TO_OUTBOX);
        assertThat(o.message()).contains("Could not send the report via 127.0.0.1:" + port).contains("connection refused")
                .contains("outbox").doesNotContain("\n");
        assertThat(s.outbox().list()).hasSize(1).containsExactlyElementsOf(o.files());
        assertThat(o.files().get(0)).startsWith(tmp.resolve("data").resolve("reports").resolve("outbox"));

        startGreen(port);
        assertThat(s.retryOutbox()).isEmpty();
        assertThat(s.outbox().list()).isEmpty();
        assertThat(attached(green.getReceivedMessages()[0])).isEqualTo(demoFile());
    }

    @Test
    void theCommandLineUsesTheSamePath() throws Exception {
        int port = freePort();
        Path data = tmp.resolve("cli-data");
        Path eml = tmp.resolve("report.eml");
        // closed port: a clear one-line error, exit 1, the report in the outbox
        Result fail = run("report", "--message-id", ATTACK_ID, "--to", "security@brightline-logistics.example",
                "--cache", tmp.resolve("cache.db").toString(), "--data-dir", data.toString(), "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(port), "--security", "plain-localhost", "--style", "microsoft");
        assertThat(fail.code).isEqualTo(1);
        assertThat(fail.err.strip()).startsWith("threadguard: Could not send the report via 127.0.0.1:" + port)
                .doesNotContain("\n");
        assertThat(Files.list(data.resolve("reports").resolve("outbox")).count()).isEqualTo(1);

        startGreen(port);
        Result ok = run("report", "--message-id", ATTACK_ID.substring(1, ATTACK_ID.length() - 1), "--to",
                "security@brightline-logistics.example", "--cache", tmp.resolve("cache.db").toString(), "--data-dir",
                data.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port), "--security",
                "plain-localhost", "--style", "forward", "--save-eml", eml.toString());
        assertThat(ok.code).as(ok.err).isEqualTo(0);
        assertThat(ok.out).contains("Reported to security@brightline-logistics.example");
        MimeMessage got = green.getReceivedMessages()[0];
        assertThat(got.getSubject()).startsWith("Fwd: [Threadguard report] ");
        assertThat(attached(got)).isEqualTo(demoFile());
        assertThat(attached(org.threadguard.imap.report.ReportOutbox.load(eml))).isEqualTo(demoFile());

        Result retry = run("report", "--retry-outbox", "--data-dir", data.toString(), "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(port), "--security", "plain-localhost");
        assertThat(retry.code).isEqualTo(0);
        assertThat(retry.out).contains("Sent 1 of 1");
        assertThat(green.getReceivedMessages()).hasSize(2);

        assertThat(run("report", "--message-id", "<nope@x>", "--to", "a@b.example", "--cache",
                tmp.resolve("cache.db").toString(), "--data-dir", data.toString(), "--save-eml", eml.toString()).code)
                .isEqualTo(2);
        assertThat(run("report", "--message-id", ATTACK_ID, "--to", "a@b.example", "--security", "carrier-pigeon",
                "--data-dir", data.toString()).code).isEqualTo(2);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ThreadguardCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
