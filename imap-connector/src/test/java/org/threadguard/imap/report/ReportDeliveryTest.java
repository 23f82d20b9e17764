package org.threadguard.imap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.heuristics.detect.Verdict;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.parse.MimeParser;

/** A report travels through a real SMTP server (GreenMail in-process) with the original's bytes intact. */
class ReportDeliveryTest {
    static final String SECRET = "s3cret-Passw0rd!";
    private GreenMail green;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        if (green != null) {
            green.stop();
        }
    }

    /** The demo's payment-diversion attack, with Exchange headers and an 8-bit byte added, CRLF throughout. */
    static byte[] original() throws IOException {
        try (InputStream in = ReportDeliveryTest.class.getResourceAsStream("/report/payment-diversion.eml")) {
            byte[] demo = in.readAllBytes();
            byte[] extra = ("X-MS-Exchange-Organization-SCL: 1\r\n"
                    + "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 07 Apr 2025 07:04:59.0000 (UTC)\r\n"
                    + "X-Odd-8bit: Gr\u00fc\u00dfe\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[extra.length + demo.length];
            System.arraycopy(extra, 0, all, 0, extra.length);
            System.arraycopy(demo, 0, all, extra.length, demo.length);
            return all;
        }
    }

    static AnalysisResult analysis(byte[] raw) {
        MailMessage m = MimeParser.parse(raw, "acct/INBOX/1:30", "INBOX");
        AnalysisResult r = Analyzer.standard(Set.of("laura.weber@brightline-logistics.example")).analyze(List.of(m))
                .get(0);
        // a verdict with evidence, as the full mailbox gives it (this test is about delivery, not detection)
        Finding f = Finding.of("LOOKALIKE_DOMAIN", 0.9, "The sender's domain imitates an earlier correspondent's.",
                "nordhafen-spedition.example", "<000901dba3ae$50098600$5e7f3a60$@nordhafen-spedition.example>",
                "nordhafen-spedtion.example", List.of(new EvidenceRow("Link", "", "",
                        "https://pay.nordhafen-spedtion.example/invoice?id=1")));
        return new AnalysisResult(m, r.facts(), true, new Verdict(88, Level.LIKELY_HIJACK, List.of(f),
                "This reply comes from a look-alike domain."), 3);
    }

    private GreenMail startSmtp(int port) {
        green = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        green.start();
        return green;
    }

    private MailServer smtp(int port) {
        return new MailServer("127.0.0.1", port, MailServer.Security.PLAIN_LOCALHOST, "", () -> SECRET.toCharArray());
    }

    static MimeBodyPart attachedOriginal(MimeMessage received) throws Exception {
        List<Part> all = new ArrayList<>();
        collect(received, all);
        return (MimeBodyPart) all.stream().filter(p -> {
            try {
                return p.isMimeType("message/rfc822");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }

    private static void collect(Part p, List<Part> out) throws Exception {
        out.add(p);
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                collect(b, out);
            }
        }
    }

    static String textOf(MimeMessage received) throws Exception {
        List<Part> all = new ArrayList<>();
        collect(received, all);
        StringBuilder b = new StringBuilder();
        for (Part p : all) {
            if (p.isMimeType("text/*")) {
                b.append(p.getContent()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theAttachedOriginalArrivesByteForByte() throws Exception {
        byte[] raw = original();
        startSmtp(freePort());
        MimeMessage report = ReportMessageBuilder.build("laura.weber@brightline-logistics.example",
                "security@brightline-logistics.example", ReportStyle.MICROSOFT, analysis(raw),
                List.of("<000901dba3ae$50098600$5e7f3a60$@nordhafen-spedition.example>"), raw);
        new SmtpReportSender().send(report, smtp(green.getSmtp().getPort()));

        MimeMessage[] received = green.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage got = received[0];
        assertThat(got.getSubject()).startsWith("Phishing: ").contains("Rechnung 2025-0417");
        assertThat(got.getContentType()).startsWith("multipart/mixed");
        MimeBodyPart att = attachedOriginal(got);
        byte[] attached;
        try (InputStream in = att.getRawInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(attached).isEqualTo(raw);
        assertThat(new String(attached, StandardCharsets.ISO_8859_1)).contains("DKIM-Signature: v=1;")
                .contains("Received: from mail.nordhafen-spedtion.example").contains("X-MS-Exchange-Organization-SCL: 1");

        String body = textOf(got);
        assertThat(body).contains("LOOKALIKE_DOMAIN").contains("likely")
                .contains("<000901dba3ae$50098600$5e7f3a60$@nordhafen-spedition.example>")
                .contains("hxxps://pay[.]nordhafen-spedtion[.]example/invoice?id=1")
                .doesNotContain("https://pay.nordhafen").doesNotContain(SECRET);
        assertThat(((Multipart) ((MimeBodyPart) ((Multipart) got.getContent()).getBodyPart(0)).getContent())
                .getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void theForwardStyleSaysSo() {
        assertThat(ReportStyle.FORWARD_AS_ATTACHMENT.subject("AW: Rechnung"))
                .isEqualTo("Fwd: [Threadguard report] AW: Rechnung");
        assertThat(ReportStyle.MICROSOFT.subject("AW: Rechnung")).isEqualTo("Phishing: AW: Rechnung");
    }

    @Test
    void aFailedSendIsAClearErrorAndTheReportWaitsInTheOutboxUntilRetried() throws Exception {
        byte[] raw = original();
        int port = freePort(); // nothing listens here yet
        MimeMessage report = ReportMessageBuilder.build("laura.weber@brightline-logistics.example",
                "security@brightline-logistics.example", ReportStyle.MICROSOFT, analysis(raw), List.of(), raw);
        SmtpReportSender sender = new SmtpReportSender();
        assertThatThrownBy(() -> sender.send(report, smtp(port))).isInstanceOf(ReportSendException.class)
                .hasMessageContaining("Could not send the report via 127.0.0.1:" + port)
                .hasMessageContaining("connection refused");
        ReportOutbox outbox = ReportOutbox.in(tmp);
        Path saved = outbox.save(report, analysis(raw).message().messageId());
        assertThat(outbox.list()).containsExactly(saved);
        assertThat(Files.readString(saved, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);

        startSmtp(port);
        Path sent = outbox.retry(saved, sender, smtp(port));
        assertThat(outbox.list()).isEmpty();
        assertThat(sent).exists();
        MimeMessage[] received = green.getReceivedMessages();
        assertThat(received).hasSize(1);
        try (InputStream in = attachedOriginal(received[0]).getRawInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(raw);
        }
    }

    @Test
    void plainIsRefusedToAnythingButThisMachine() {
        MailServer remote = new MailServer("192.0.2.1", 25, MailServer.Security.PLAIN_LOCALHOST, "", null);
        MimeMessage report = ReportMessageBuilder.build("a@example.test", "b@example.test", ReportStyle.MICROSOFT,
                analysis("Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII)), List.of(),
                "Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new SmtpReportSender().send(report, remote)).isInstanceOf(ReportSendException.class)
                .hasMessageContaining("only for a server on this machine");
    }

    @Test
    void transferEncodingKeepsBytesSafe() {
        assertThat(ReportMessageBuilder.transferEncoding("a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("7bit");
        assertThat(ReportMessageBuilder.transferEncoding("\u00e4\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("8bit");
        assertThat(ReportMessageBuilder.transferEncoding("a\nb\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("base64");
    }

    @Test
    void settingsAreKeptWithoutAPassword() {
        ReportSettings s = ReportSettings.DEFAULTS.withSecurityAddress("sec@example.test")
                .withSmtp("", 0, MailServer.Security.STARTTLS, "laura@example.test").withAfter(AfterAction.copyTo("Reported"));
        s = new ReportSettings(s.securityAddress(), "", "", 0, s.smtpSecurity(), s.smtpUser(), "imap.example.test",
                s.style(), s.after());
        s.save(tmp);
        ReportSettings back = ReportSettings.load(tmp);
        assertThat(back).isEqualTo(s);
        assertThat(back.effectiveSmtpHost()).contains("smtp.example.test");
        assertThat(back.effectiveSmtpPort()).isEqualTo(587);
        assertThat(back.withSmtp("", 0, MailServer.Security.TLS, "").effectiveSmtpPort()).isEqualTo(465);
        assertThat(ReportSettings.deriveSmtpHost("outlook.office365.com")).isEqualTo("smtp.office365.com");
        assertThat(back.smtpServer(() -> SECRET.toCharArray()).toString()).doesNotContain(SECRET);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
