package org.threadguard.imap.report;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.threadguard.heuristics.detect.AnalysisResult;

/**
 * Builds the report: {@code multipart/mixed} with a {@code multipart/alternative} body (text and
 * HTML evidence) and the original attached as {@code message/rfc822} with its bytes exactly as
 * received. Nothing else from the mailbox goes in, and never a credential.
 */
public final class ReportMessageBuilder {
    /** A session only for building messages; sending makes its own. */
    private static final Session BUILD_SESSION = Session.getInstance(new Properties());

    private ReportMessageBuilder() {
    }

    /**
     * The report message.
     *
     * @param from the sender (the user's address)
     * @param to the security team's address
     * @param style the report style (decides the subject)
     * @param analysis the verdict of the reported message
     * @param earlierMessageIds the Message-IDs of the thread's earlier messages
     * @param originalRaw the original message, byte for byte as the server delivered it
     */
    public static MimeMessage build(String from, String to, ReportStyle style, AnalysisResult analysis,
            List<String> earlierMessageIds, byte[] originalRaw) {
        try {
            MimeMessage msg = new MimeMessage(BUILD_SESSION);
            if (from != null && !from.isBlank()) {
                msg.setFrom(new InternetAddress(from.strip(), true));
            }
            msg.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to.strip(), true));
            msg.setSubject(style.subject(analysis.message().subject()), StandardCharsets.UTF_8.name());
            msg.setSentDate(new Date());
            msg.setHeader("X-Threadguard-Report", "1; verdict=" + analysis.verdict().level().id() + "; score="
                    + analysis.verdict().score());

            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(EvidenceRenderer.text(analysis, earlierMessageIds), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(EvidenceRenderer.html(analysis, earlierMessageIds), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(originalPart(originalRaw));
            msg.setContent(mixed);
            msg.saveChanges();
            return msg;
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid address: " + e.getRef(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the report: " + e.getMessage(), e);
        }
    }

    /**
     * The original as a {@code message/rfc822} part whose content is the given bytes, untouched: a
     * DataHandler over the bytes (never a parsed and re-serialised message), with 7bit or 8bit
     * transfer encoding when the bytes are valid as such (CRLF lines of at most 998 octets, no
     * NUL), else base64 so that nothing on the way can alter them.
     */
    static MimeBodyPart originalPart(byte[] raw) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(raw, "message/rfc822")));
        part.setHeader("Content-Type", "message/rfc822");
        part.setHeader("Content-Transfer-Encoding", transferEncoding(raw));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setFileName("original-message.eml");
        part.setDescription("The reported message, unmodified");
        return part;
    }

    /** 7bit, 8bit or (for bytes that would not survive as lines) base64. */
    static String transferEncoding(byte[] raw) {
        boolean eight = false;
        int lineLength = 0;
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i] & 0xff;
            if (c == '\n') {
                if (i == 0 || raw[i - 1] != '\r') {
                    return "base64";
                }
                lineLength = 0;
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= raw.length || raw[i + 1] != '\n') {
                    return "base64";
                }
                continue;
            }
            if (c == 0) {
                return "base64";
            }
            if (c > 127) {
                eight = true;
            }
            if (++lineLength > 998) {
                return "base64";
            }
        }
        return eight ? "8bit" : "7bit";
    }
}
