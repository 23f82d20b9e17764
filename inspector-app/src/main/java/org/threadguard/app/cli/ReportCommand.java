package org.threadguard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.Optional;
import org.threadguard.app.report.AccountImapLocator;
import org.threadguard.app.report.ReportService;
import org.threadguard.app.scan.PasswordResolver;
import org.threadguard.imap.account.AccountStore;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;
import org.threadguard.app.report.SecurityReportService;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.report.AfterAction;
import org.threadguard.imap.report.MailServer;
import org.threadguard.imap.report.ReportSettings;
import org.threadguard.imap.report.ReportStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code threadguard report}: reports a cached message to the security team, through the same
 * {@link ReportService} as the inspector's Report button.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports a message from the cache to the security team: the original attached unmodified "
                + "(message/rfc822) and the evidence in the body.",
            "Settings not given here come from reporting.properties in the data directory. A report that cannot be "
                + "sent is kept in <data dir>/reports/outbox/ (retry with --retry-outbox)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure, e.g. the send failed (the report waits in the outbox)",
            "2:bad arguments",
            "3:the report was sent, but the --after action was refused (nothing was changed)"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--message-id", paramLabel = "ID", description = "The Message-ID of the message to report.")
    String messageId;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "The security team's address (default: the configured one).")
    String to;

    @Option(names = "--cache", paramLabel = "FILE", description = "The SQLite cache file (default: ${DEFAULT-VALUE}).")
    Path cache = DataDirectory.defaultCache();

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP submission server.")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Its port (default 587 for starttls, 465 for tls).")
    Integer smtpPort;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "The SMTP login (default: none).")
    String smtpUser;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable that holds the SMTP password (never a command-line argument).")
    String passwordEnv;

    @Option(names = "--security", paramLabel = "MODE", description = "starttls (default), tls or plain-localhost.")
    String security;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The report's sender (default: the SMTP user).")
    String from;

    @Option(names = "--style", paramLabel = "STYLE",
            description = "microsoft (subject 'Phishing: ...') or forward (default: the configured one).")
    String style;

    @Option(names = "--save-eml", paramLabel = "FILE",
            description = "Also write the report message to this .eml file (without an SMTP server: only that).")
    Path saveEml;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory with reporting.properties and the outbox (default: ${DEFAULT-VALUE}).")
    Path dataDir = DataDirectory.get();

    @Option(names = "--retry-outbox", description = "Send the reports waiting in the outbox instead.")
    boolean retryOutbox;

    @Option(names = "--after", paramLabel = "ACTION",
            description = {"What to do with the original on the IMAP server after a successful send: leave (default), "
                + "copy:FOLDER or junk. Only this option changes a mailbox (the after setting of reporting.properties "
                + "is not used here).", "The IMAP password: --imap-password-env, else --password-env, else the system "
                + "keyring, else a prompt."})
    String after;

    @Option(names = "--imap-password-env", paramLabel = "VAR",
            description = "The environment variable that holds the IMAP password for --after (default: --password-env).")
    String imapPasswordEnv;

    @Option(names = "--imap-security", paramLabel = "MODE",
            description = "For --after, when the message's account is not in accounts.properties (synced with "
                + "'threadguard sync imaps://...'): imaps, starttls or plain-localhost (default: imaps on port 993, "
                + "else starttls).")
    String imapSecurity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportSettings settings = settings(ReportSettings.load(dataDir));
        Supplier<char[]> password = password();
        if (retryOutbox) {
            if (settings.effectiveSmtpHost().isEmpty()) {
                throw new ThreadguardCommand.UsageProblem("No SMTP server: give --smtp-host or set smtp.host in "
                        + dataDir.resolve(ReportSettings.FILE_NAME));
            }
            SecurityReportService service = new SecurityReportService(dataDir, () -> settings, password, null, null);
            int waiting = service.outbox().list().size();
            java.util.Map<Path, String> failed = service.retryOutbox();
            out.printf("Sent %d of %d waiting reports.%n", waiting - failed.size(), waiting);
            failed.forEach((f, why) -> err.println("threadguard: still waiting: " + f + ": " + why));
            out.flush();
            return failed.isEmpty() ? ThreadguardCommand.EXIT_OK : ThreadguardCommand.EXIT_FAILURE;
        }
        AfterAction afterAction;
        try {
            afterAction = after == null ? AfterAction.LEAVE : AfterAction.parse(after);
            if (imapSecurity != null) {
                imapSecurityOf(imapSecurity);
            }
        } catch (IllegalArgumentException e) {
            throw new ThreadguardCommand.UsageProblem(e.getMessage());
        }
        if (imapPasswordEnv != null && System.getenv(imapPasswordEnv) == null) {
            throw new ThreadguardCommand.UsageProblem("The environment variable " + imapPasswordEnv + " is not set");
        }
        if (messageId == null || messageId.isBlank()) {
            throw new ThreadguardCommand.UsageProblem("Missing --message-id");
        }
        if (settings.securityAddress().isEmpty()) {
            throw new ThreadguardCommand.UsageProblem("Missing --to (no security address is configured)");
        }
        boolean send = settings.effectiveSmtpHost().isPresent();
        if (!send && saveEml == null) {
            throw new ThreadguardCommand.UsageProblem("No SMTP server: give --smtp-host, set smtp.host in "
                    + dataDir.resolve(ReportSettings.FILE_NAME) + ", or --save-eml FILE to only write the report");
        }
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            String id = messageId.strip();
            if (!id.startsWith("<")) {
                id = "<" + id + ">";
            }
            List<MailMessage> found = store.findByMessageId(id);
            if (found.isEmpty()) {
                throw new ThreadguardCommand.UsageProblem("No message with Message-ID " + id + " in " + cache);
            }
            // prefer a received copy over one in a Sent folder
            MailMessage m = found.stream().min(Comparator.comparing((MailMessage x) -> x.folder().toLowerCase()
                    .contains("sent")).thenComparing(MailMessage::key)).orElseThrow();
            SecurityReportService service = new SecurityReportService(dataDir, () -> settings, password, store,
                    new AccountImapLocator(store, this::account, this::imapPassword));
            ReportService.Outcome o = service.report(new ReportService.ReportRequest(m.key(), null, "",
                    null, afterAction, saveEml, send));
            if (o.status() == ReportService.Status.FAILED_SAVED_TO_OUTBOX) {
                err.println("threadguard: " + o.message().replaceAll("\\s+", " "));
                err.flush();
                return ThreadguardCommand.EXIT_FAILURE;
            }
            out.println(o.message());
            out.flush();
            if (o.after() == ReportService.AfterResult.REFUSED) {
                err.println("threadguard: the report was sent, but the original was not changed (--after "
                        + afterAction.id() + ").");
                err.flush();
                return EXIT_AFTER_REFUSED;
            }
            return ThreadguardCommand.EXIT_OK;
        }
    }

    /** Exit code: the report was sent, but the asked-for after-action was refused (nothing was changed). */
    static final int EXIT_AFTER_REFUSED = 3;

    /** The account of a cache account name: the configured one, else derived from {@code imap:USER@HOST:PORT}. */
    private Optional<ImapAccount> account(String name) {
        Optional<ImapAccount> configured = AccountStore.inDirectory(dataDir).get(name);
        if (configured.isPresent() || !name.startsWith("imap:")) {
            return configured;
        }
        String rest = name.substring(5);
        int at = rest.lastIndexOf('@');
        int colon = rest.lastIndexOf(':');
        if (at <= 0 || colon < at) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(rest.substring(colon + 1));
            String host = rest.substring(at + 1, colon);
            Security sec = imapSecurity != null ? imapSecurityOf(imapSecurity)
                    : port == 993 ? Security.IMAPS : Security.STARTTLS;
            return Optional.of(new ImapAccount(name, host, port, sec, rest.substring(0, at)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Security imapSecurityOf(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "imaps", "tls" -> Security.IMAPS;
            case "starttls" -> Security.STARTTLS;
            case "plain-localhost", "plain" -> Security.PLAIN_LOCALHOST_ONLY;
            default -> throw new IllegalArgumentException("Unknown --imap-security '" + s
                    + "' (imaps, starttls or plain-localhost)");
        };
    }

    private char[] imapPassword(ImapAccount account) {
        return PasswordResolver.resolve(account, imapPasswordEnv != null ? imapPasswordEnv : passwordEnv);
    }

    private ReportSettings settings(ReportSettings s) {
        try {
            if (to != null) {
                s = s.withSecurityAddress(to);
            }
            if (from != null) {
                s = s.withFrom(from);
            }
            if (style != null) {
                s = s.withStyle(ReportStyle.parse(style));
            }
            MailServer.Security sec = security == null ? s.smtpSecurity() : MailServer.Security.parse(security);
            String host = smtpHost == null ? s.smtpHost() : smtpHost;
            int port = smtpPort == null ? (security == null ? s.smtpPort() : 0) : smtpPort;
            String user = smtpUser == null ? s.smtpUser() : smtpUser;
            return s.withSmtp(host, port, sec, user);
        } catch (IllegalArgumentException e) {
            throw new ThreadguardCommand.UsageProblem(e.getMessage());
        }
    }

    private Supplier<char[]> password() {
        if (passwordEnv == null) {
            return () -> null;
        }
        String v = System.getenv(passwordEnv);
        if (v == null) {
            throw new ThreadguardCommand.UsageProblem("The environment variable " + passwordEnv + " is not set");
        }
        return v::toCharArray;
    }
}
