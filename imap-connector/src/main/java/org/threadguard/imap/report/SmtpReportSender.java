package org.threadguard.imap.report;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import javax.net.ssl.SSLException;

/**
 * Sends a report over SMTP submission: timeouts always set, STARTTLS required unless TLS from the
 * start, certificates and host names verified, plain only to this machine.
 */
public final class SmtpReportSender {

    /** Sends; throws with one readable sentence naming the server and the cause. */
    public void send(MimeMessage report, MailServer server) throws ReportSendException {
        Session session;
        try {
            session = Session.getInstance(MailSessions.properties("smtp", server));
        } catch (IllegalArgumentException e) {
            throw new ReportSendException(e.getMessage(), e);
        }
        char[] password = server.user().isEmpty() ? null : server.password().get();
        try (Transport t = session.getTransport(MailSessions.protocol("smtp", server))) {
            if (server.user().isEmpty()) {
                t.connect(server.host(), server.port(), null, null);
            } else {
                t.connect(server.host(), server.port(), server.user(), password == null ? "" : new String(password));
            }
            t.sendMessage(report, report.getAllRecipients());
        } catch (MessagingException e) {
            throw new ReportSendException("Could not send the report via " + server.host() + ":" + server.port()
                    + ": " + describe(e), e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    static String describe(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return "the server refused the login";
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return "connection refused (is the server running and the port right?)";
            }
            if (c instanceof UnknownHostException) {
                return "unknown host";
            }
            if (c instanceof SocketTimeoutException) {
                return "the server did not answer in time";
            }
            if (c instanceof SSLException) {
                return "TLS failed (" + c.getMessage() + ")";
            }
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " ");
    }
}
