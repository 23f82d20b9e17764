package org.threadguard.imap.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The report settings, kept as {@code reporting.properties} in the data directory. Never holds a
 * password: the password comes from the keyring, an environment variable or a prompt when sending.
 *
 * @param securityAddress the security team's report address (empty until configured)
 * @param fromAddress the report's sender; empty means the SMTP user (when it is an address)
 * @param smtpHost the submission server; empty means derived from {@code imapHost}
 * @param smtpPort the submission port; 0 means the default of the security (587 STARTTLS, 465 TLS)
 * @param smtpSecurity STARTTLS (default), TLS or PLAIN_LOCALHOST
 * @param smtpUser the SMTP login, empty for none
 * @param imapHost the IMAP account's host, the default the SMTP host is derived from
 * @param style the report style
 * @param after what happens to the original afterwards
 */
public record ReportSettings(String securityAddress, String fromAddress, String smtpHost, int smtpPort,
        MailServer.Security smtpSecurity, String smtpUser, String imapHost, ReportStyle style, AfterAction after) {

    public static final String FILE_NAME = "reporting.properties";
    public static final ReportSettings DEFAULTS = new ReportSettings("", "", "", 0, MailServer.Security.STARTTLS, "", "",
            ReportStyle.MICROSOFT, AfterAction.LEAVE);

    public ReportSettings {
        securityAddress = nz(securityAddress);
        fromAddress = nz(fromAddress);
        smtpHost = nz(smtpHost);
        smtpUser = nz(smtpUser);
        imapHost = nz(imapHost);
        smtpSecurity = smtpSecurity == null ? MailServer.Security.STARTTLS : smtpSecurity;
        style = style == null ? ReportStyle.MICROSOFT : style;
        after = after == null ? AfterAction.LEAVE : after;
    }

    /** The SMTP host: the configured one, else derived from the IMAP host. */
    public Optional<String> effectiveSmtpHost() {
        if (!smtpHost.isEmpty()) {
            return Optional.of(smtpHost);
        }
        return imapHost.isEmpty() ? Optional.empty() : Optional.of(deriveSmtpHost(imapHost));
    }

    /** The SMTP port: the configured one, else 587 for STARTTLS, 465 for TLS, 25 for a local relay. */
    public int effectiveSmtpPort() {
        if (smtpPort > 0) {
            return smtpPort;
        }
        return switch (smtpSecurity) {
            case STARTTLS -> 587;
            case TLS -> 465;
            case PLAIN_LOCALHOST -> 25;
        };
    }

    /** Whether a report can be sent: an address and an SMTP host. */
    public boolean canSend() {
        return !securityAddress.isEmpty() && effectiveSmtpHost().isPresent();
    }

    /** The SMTP server these settings describe, with the password asked for when connecting. */
    public MailServer smtpServer(Supplier<char[]> password) {
        String host = effectiveSmtpHost().orElseThrow(() -> new IllegalStateException(
                "No SMTP server configured (set an SMTP host or an IMAP host to derive it from)"));
        return new MailServer(host, effectiveSmtpPort(), smtpSecurity, smtpUser, password);
    }

    /** The report's From: the configured sender, else the SMTP user. */
    public String effectiveFrom() {
        return !fromAddress.isEmpty() ? fromAddress : smtpUser;
    }

    /**
     * The usual submission host for an IMAP host: {@code imap.example.com -> smtp.example.com},
     * {@code outlook.office365.com -> smtp.office365.com}; otherwise the IMAP host itself (many
     * providers run both on one name).
     */
    public static String deriveSmtpHost(String imapHost) {
        String h = imapHost.strip().toLowerCase(Locale.ROOT);
        if (h.equals("outlook.office365.com")) {
            return "smtp.office365.com";
        }
        for (String prefix : new String[] {"imap.", "imaps.", "mail.imap."}) {
            if (h.startsWith(prefix)) {
                return "smtp." + h.substring(prefix.length());
            }
        }
        return h;
    }

    public ReportSettings withSecurityAddress(String a) {
        return new ReportSettings(a, fromAddress, smtpHost, smtpPort, smtpSecurity, smtpUser, imapHost, style, after);
    }

    public ReportSettings withStyle(ReportStyle s) {
        return new ReportSettings(securityAddress, fromAddress, smtpHost, smtpPort, smtpSecurity, smtpUser, imapHost, s,
                after);
    }

    public ReportSettings withAfter(AfterAction a) {
        return new ReportSettings(securityAddress, fromAddress, smtpHost, smtpPort, smtpSecurity, smtpUser, imapHost,
                style, a);
    }

    public ReportSettings withSmtp(String host, int port, MailServer.Security security, String user) {
        return new ReportSettings(securityAddress, fromAddress, host, port, security, user, imapHost, style, after);
    }

    public ReportSettings withFrom(String from) {
        return new ReportSettings(securityAddress, from, smtpHost, smtpPort, smtpSecurity, smtpUser, imapHost, style,
                after);
    }

    /** Reads {@code reporting.properties} from the data directory; defaults when absent. */
    public static ReportSettings load(Path dataDir) {
        Path f = dataDir.resolve(FILE_NAME);
        if (!Files.exists(f)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
        try {
            return new ReportSettings(p.getProperty("securityAddress"), p.getProperty("fromAddress"),
                    p.getProperty("smtp.host"), Integer.parseInt(p.getProperty("smtp.port", "0").strip()),
                    MailServer.Security.valueOf(p.getProperty("smtp.security", "STARTTLS").strip()),
                    p.getProperty("smtp.user"), p.getProperty("imap.host"),
                    ReportStyle.valueOf(p.getProperty("style", "MICROSOFT").strip()),
                    AfterAction.parse(p.getProperty("after", "leave")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad report settings in " + f + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code reporting.properties} atomically. Contains no password, ever. */
    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("securityAddress", securityAddress);
        p.setProperty("fromAddress", fromAddress);
        p.setProperty("smtp.host", smtpHost);
        p.setProperty("smtp.port", Integer.toString(smtpPort));
        p.setProperty("smtp.security", smtpSecurity.name());
        p.setProperty("smtp.user", smtpUser);
        p.setProperty("imap.host", imapHost);
        p.setProperty("style", style.name());
        p.setProperty("after", after.id());
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Threadguard report settings (no passwords are stored here)");
            }
            Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report settings: " + e.getMessage(), e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
