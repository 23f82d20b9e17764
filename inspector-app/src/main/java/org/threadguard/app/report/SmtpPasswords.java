package org.threadguard.app.report;

import com.github.javakeyring.Keyring;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.report.ReportSettings;

/**
 * Where the SMTP password comes from when a report is sent from the inspector or the native host:
 * the environment variable {@code THREADGUARD_SMTP_PASSWORD}, else the OS keyring (service
 * {@value #KEYRING_SERVICE}, account = the SMTP user). It is never written to a settings file.
 */
public final class SmtpPasswords {
    public static final String KEYRING_SERVICE = "threadguard-smtp";
    public static final String ENV = "THREADGUARD_SMTP_PASSWORD";

    private SmtpPasswords() {
    }

    /** A supplier that looks the password up only when asked; {@code null} if there is none. */
    public static Supplier<char[]> forUser(Supplier<String> user) {
        return () -> {
            String env = System.getenv(ENV);
            if (env != null && !env.isEmpty()) {
                return env.toCharArray();
            }
            String u = user.get();
            if (u == null || u.isBlank()) {
                return null;
            }
            try (Keyring k = Keyring.create()) {
                String p = k.getPassword(KEYRING_SERVICE, u);
                return p == null ? null : p.toCharArray();
            } catch (Exception | LinkageError e) {
                return null;
            }
        };
    }

    /** The report service over the data directory's settings, with passwords from the environment or keyring. */
    public static SecurityReportService reportService(Path dataDir, MessageCache cache) {
        return reportService(dataDir, cache, SecurityReportService.ImapLocator.NONE);
    }

    /** The same, with the after-action able to reach the originals through {@code imap}. */
    public static SecurityReportService reportService(Path dataDir, MessageCache cache,
            SecurityReportService.ImapLocator imap) {
        return new SecurityReportService(dataDir, () -> ReportSettings.load(dataDir),
                forUser(() -> ReportSettings.load(dataDir).smtpUser()), cache, imap);
    }
}
