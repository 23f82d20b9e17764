package org.threadguard.app.report;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.report.AfterAction;
import org.threadguard.imap.report.MailServer;
import org.threadguard.imap.report.MailboxActions;
import org.threadguard.imap.report.ReportMessageBuilder;
import org.threadguard.imap.report.ReportOutbox;
import org.threadguard.imap.report.ReportSendException;
import org.threadguard.imap.report.ReportSettings;
import org.threadguard.imap.report.ReportStyle;
import org.threadguard.imap.report.SmtpReportSender;

/**
 * The report service of the inspector, the command line and the native host: builds the report
 * (original attached byte for byte), sends it over SMTP, keeps it in the outbox when that fails,
 * and applies the after-action only when configured and only for IMAP messages.
 */
public final class SecurityReportService implements ReportService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** Where a cached message lives on an IMAP server, for the after-action. */
    public record ImapLocation(MailServer server, String folder, long uidValidity, long uid) {
    }

    /**
     * Finds the IMAP location of a cached message ({@link AccountImapLocator}); empty for local sources.
     * Throws {@link NotLocatableException} for an IMAP message it cannot reach (the account is gone).
     */
    @FunctionalInterface
    public interface ImapLocator {
        Optional<ImapLocation> locate(String messageKey);

        ImapLocator NONE = key -> Optional.empty();
    }

    /** An IMAP message whose server Threadguard cannot reach; the message says why. */
    public static final class NotLocatableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotLocatableException(String message) {
            super(message);
        }
    }

    private final Path dataDir;
    private final Supplier<ReportSettings> settings;
    private final Supplier<char[]> smtpPassword;
    private final MessageCache cache;
    private final ImapLocator imap;
    private final SmtpReportSender sender = new SmtpReportSender();
    private final MailboxActions actions = new MailboxActions();

    /**
     * @param dataDir the data directory (outbox under {@code reports/outbox}, local saves under {@code reports})
     * @param settings the current report settings, read at each report
     * @param smtpPassword asked for only when sending with a login
     * @param cache the message cache for reports by key; {@code null} when there is none (native host)
     * @param imap locates cached messages on their IMAP server for the after-action
     */
    public SecurityReportService(Path dataDir, Supplier<ReportSettings> settings, Supplier<char[]> smtpPassword,
            MessageCache cache, ImapLocator imap) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.smtpPassword = smtpPassword;
        this.cache = cache;
        this.imap = imap == null ? ImapLocator.NONE : imap;
    }

    public ReportOutbox outbox() {
        return ReportOutbox.in(dataDir);
    }

    @Override
    public boolean available() {
        return settings.get().effectiveSmtpHost().isPresent();
    }

    @Override
    public String configuredAddress() {
        return settings.get().securityAddress();
    }

    @Override
    public ReportTarget target(String messageKey) {
        if (cache == null) {
            throw new IllegalStateException("No message cache to look up " + messageKey);
        }
        byte[] raw = cache.raw(messageKey).orElseThrow(() -> new IllegalArgumentException(
                "No message " + messageKey + " in the cache"));
        int slash = messageKey.indexOf('/');
        String account = slash < 0 ? messageKey : messageKey.substring(0, slash);
        AnalysisResult r = new ScanService(cache).analyze(account, Set.of()).stream()
                .filter(x -> x.message().key().equals(messageKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No message " + messageKey + " in the cache"));
        return new ReportTarget(raw, r, EvidenceHtmlExporter.earlierMessageIds(r), messageKey);
    }

    @Override
    public Path exportEvidence(String messageKey, Path dir) {
        ReportTarget t = target(messageKey);
        return EvidenceHtmlExporter.write(t.analysis(), t.earlierMessageIds(), dir);
    }

    @Override
    public Outcome report(ReportRequest request) {
        ReportTarget t = request.target() != null ? request.target() : target(request.messageKey());
        ReportSettings s = settings.get();
        String to = request.securityAddress().isEmpty() ? s.securityAddress() : request.securityAddress();
        ReportStyle style = request.style() == null ? s.style() : request.style().toReportStyle();
        AfterAction after = request.after() == null ? s.after() : request.after();
        List<Path> files = new ArrayList<>();
        String hint = t.analysis().message().messageId();

        if (!request.send() && request.saveEml() != null && !to.isEmpty()) {
            MimeMessage report = ReportMessageBuilder.build(s.effectiveFrom(), to, style, t.analysis(),
                    t.earlierMessageIds(), t.raw());
            ReportOutbox.write(report, request.saveEml());
            return new Outcome(Status.SAVED_LOCALLY, List.of(request.saveEml()), "Wrote the report to "
                    + request.saveEml() + " (not sent).");
        }
        if (to.isEmpty() || !request.send() || s.effectiveSmtpHost().isEmpty()) {
            // nowhere to send to: keep the original and the evidence locally, as the native host always did
            Path dir = dataDir.resolve("reports");
            String base = STAMP.format(Instant.now()) + "-" + ReportOutbox.safeName(hint);
            try {
                Files.createDirectories(dir);
                Path eml = dir.resolve(base + ".eml");
                Files.write(eml, t.raw());
                files.add(eml);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot save to " + dir + ": " + e.getMessage(), e);
            }
            files.add(EvidenceHtmlExporter.write(t.analysis(), t.earlierMessageIds(), dir));
            String why = to.isEmpty() ? "no security address is set" : !request.send() ? "sending was not asked for"
                    : "no SMTP server is set";
            return new Outcome(Status.SAVED_LOCALLY, files, "Saved the original message and the evidence to " + dir
                    + " (" + why + ").");
        }

        MimeMessage report = ReportMessageBuilder.build(s.effectiveFrom(), to, style, t.analysis(),
                t.earlierMessageIds(), t.raw());
        if (request.saveEml() != null) {
            ReportOutbox.write(report, request.saveEml());
            files.add(request.saveEml());
        }
        MailServer server = s.smtpServer(smtpPassword);
        try {
            sender.send(report, server);
        } catch (ReportSendException e) {
            Path saved = outbox().save(report, hint);
            files.add(saved);
            return new Outcome(Status.FAILED_SAVED_TO_OUTBOX, files, e.getMessage() + ". The report was saved to "
                    + saved + " and can be retried.");
        }
        AfterDone done = afterAction(t, after);
        return new Outcome(Status.SENT, files, "Reported to " + to + (done.text().isEmpty() ? "." : ". "
                + done.text()), done.result());
    }

    private record AfterDone(AfterResult result, String text) {
    }

    @Override
    public AfterAction configuredAfterAction() {
        return settings.get().after();
    }

    @Override
    public AfterPlan afterPlan(String messageKey, AfterAction action) {
        if (action.kind() == AfterAction.Kind.LEAVE) {
            return new AfterPlan(action, "", "");
        }
        try {
            Optional<ImapLocation> loc = messageKey == null || messageKey.isEmpty() ? Optional.empty()
                    : imap.locate(messageKey);
            return loc.map(l -> new AfterPlan(action, l.server().host(), ""))
                    .orElseGet(() -> new AfterPlan(action, "", localRefusal(action)));
        } catch (RuntimeException e) {
            return new AfterPlan(action, "", e.getMessage());
        }
    }

    private static String localRefusal(AfterAction after) {
        return "The original is in a local file; nothing to " + (after.kind() == AfterAction.Kind.MOVE_TO_JUNK
                ? "move" : "copy") + ".";
    }

    private AfterDone afterAction(ReportTarget t, AfterAction after) {
        if (after.kind() == AfterAction.Kind.LEAVE) {
            return new AfterDone(AfterResult.NOT_ASKED, "");
        }
        Optional<ImapLocation> loc;
        try {
            loc = t.messageKey().isEmpty() ? Optional.empty() : imap.locate(t.messageKey());
        } catch (RuntimeException e) {
            return new AfterDone(AfterResult.REFUSED, e.getMessage());
        }
        if (loc.isEmpty()) {
            return new AfterDone(AfterResult.REFUSED, localRefusal(after));
        }
        ImapLocation l = loc.get();
        MailboxActions.Result r;
        try {
            r = actions.applyWithResult(l.server(), l.folder(), l.uidValidity(), l.uid(), after);
        } catch (ReportSendException | RuntimeException e) {
            return new AfterDone(AfterResult.REFUSED, e.getMessage());
        }
        if (r.removedFromFolder() && cache != null) {
            // the original left its folder on the server: drop it from the cache so no view shows a stale entry
            String sourceKey = l.uidValidity() + ":" + l.uid();
            String key = t.messageKey();
            int accountEnd = key.length() - sourceKey.length() - l.folder().length() - 2;
            if (accountEnd > 0 && key.endsWith("/" + l.folder() + "/" + sourceKey)) {
                cache.remove(key.substring(0, accountEnd), l.folder(), List.of(sourceKey));
            }
        }
        return new AfterDone(AfterResult.DONE, r.message());
    }

    /** Sends every report waiting in the outbox with the current settings; returns the ones still failing. */
    public java.util.Map<Path, String> retryOutbox() {
        return outbox().retryAll(sender, settings.get().smtpServer(smtpPassword));
    }
}
