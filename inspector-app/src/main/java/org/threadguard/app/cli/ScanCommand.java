package org.threadguard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadguard.app.demo.DemoServer;
import org.threadguard.app.report.EvidenceHtmlExporter;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.scan.ImapSource;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadguard scan}: import a mailbox, thread it, and judge every reply. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Imports a mailbox (an .eml directory, a Maildir or an mbox file, or an IMAP account) into the "
                + "cache, threads it "
                + "and analyses every message that is a reply or claims to be one.",
            "Prints a readable summary of each flagged reply, or with --json one JSON object per analysed message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (the problem is named on stderr)", "2:bad arguments"})
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "PATH|URL",
            description = {"An .eml file or directory (recursive; sub-folder = mail folder), a Maildir or an mbox file;",
                "or an IMAP account: imaps://USER@HOST[:PORT][/FOLDER] (TLS), imap://... (STARTTLS), "
                    + "imap+plain://... (no encryption, localhost only). IMAP is synced read-only first."})
    String source;

    @Option(names = "--demo", description = "Scan the built-in demo mailbox: starts an embedded IMAP server on "
            + "127.0.0.1, syncs it into a temporary cache and analyses it.")
    boolean demo;

    @Mixin
    ImapOptions imap;

    @Option(names = "--json", description = "Print JSON Lines: one object per analysed message.")
    boolean json;

    @Option(names = "--cache", paramLabel = "FILE", description = "The SQLite cache file (default: ${DEFAULT-VALUE}).")
    Path cache = DataDirectory.defaultCache();

    @Option(names = "--me", paramLabel = "ADDRESS", split = ",",
            description = "Your own address(es); by default taken from the From of mail in Sent folders.")
    List<String> me = List.of();

    @Option(names = "--all", description = "In the readable output, list consistent replies too.")
    boolean all;

    @Option(names = "--report-html", paramLabel = "DIR",
            description = "Also write a self-contained evidence page (HTML) for each flagged reply into DIR.")
    Path reportHtml;

    @Option(names = {"-v", "--verbose"}, description = "Show weak findings and every evidence row.")
    boolean verbose;

    @Override
    public Integer call() throws ImapConnectionException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (demo == (source != null)) {
            throw new ThreadguardCommand.UsageProblem(demo ? "Use either --demo or --source, not both."
                    : "Missing --source PATH|URL (or --demo).");
        }
        if (demo) {
            return scanDemo(out, err);
        }
        if (ImapSource.isImapUrl(source)) {
            ImapSource src;
            try {
                src = ImapSource.parse(source);
            } catch (IllegalArgumentException e) {
                throw new ThreadguardCommand.UsageProblem(e.getMessage());
            }
            try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
                ScanService service = new ScanService(store);
                ImapAccount account = imap.sync(service, src, err);
                report(service, account.name(), out, -1, -1, -1);
            }
            return ThreadguardCommand.EXIT_OK;
        }
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw new ThreadguardCommand.UsageProblem("No such file or directory: " + source);
        }
        String account = ScanService.accountFor(path);
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            ScanService service = new ScanService(store);
            ImportResult imported = service.importLocal(path, account, new ImportListener() {
                @Override
                public void onError(Path file, String message) {
                    err.println("threadguard: skipped " + file + ": " + message);
                }
            });
            if (imported.replaced() > 0 || imported.removed() > 0) {
                err.printf("threadguard: %d cached message(s) changed in %s and were read again; %d no longer there "
                        + "were removed from the cache%n", imported.replaced(), path, imported.removed());
            }
            report(service, account, out, imported.added(), imported.alreadyPresent(), imported.failed());
        }
        return ThreadguardCommand.EXIT_OK;
    }

    private int scanDemo(PrintWriter out, PrintWriter err) throws ImapConnectionException {
        Path dir;
        try {
            dir = Files.createTempDirectory("threadguard-demo");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory: " + e.getMessage(), e);
        }
        try (DemoServer server = DemoServer.start();
                SqliteMessageCache store = SqliteMessageCache.open(dir.resolve("demo.db"))) {
            if (!imap.quiet) {
                err.printf("Demo mailbox: %d messages on an embedded IMAP server at %s:%d.%n", server.messageCount(),
                        server.host(), server.port());
            }
            ScanService service = new ScanService(store);
            ImapAccount account = server.account();
            PasswordAuthenticator auth = new PasswordAuthenticator(server.password().toCharArray());
            imap.run(service, account, auth, List.of(), err);
            report(service, account.name(), out, -1, -1, -1);
        } finally {
            deleteTree(dir);
        }
        return ThreadguardCommand.EXIT_OK;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }

    private void report(ScanService service, String account, PrintWriter out, int added, int present, int failed) {
        Set<String> own = new HashSet<>();
        for (String a : me) {
            own.add(a.strip().toLowerCase(Locale.ROOT));
        }
        List<AnalysisResult> results = service.analyze(account, own);
        int replies = 0;
        int suspicious = 0;
        int hijack = 0;
        int pages = 0;
        for (AnalysisResult r : results) {
            if (!r.reply()) {
                continue;
            }
            replies++;
            if (r.verdict().level() == Level.SUSPICIOUS) {
                suspicious++;
            } else if (r.verdict().level() == Level.LIKELY_HIJACK) {
                hijack++;
            }
            if (reportHtml != null && r.verdict().flagged()) {
                EvidenceHtmlExporter.write(r, EvidenceHtmlExporter.earlierMessageIds(r), reportHtml);
                pages++;
            }
            if (json) {
                out.println(JsonOutput.line(r));
            } else if (r.verdict().flagged() || all) {
                TextOutput.print(out, r, verbose);
            }
        }
        if (!json && added >= 0) {
            out.printf("Scanned %d messages (%d new, %d already cached, %d unreadable): %d replies analysed, "
                    + "%d likely hijacked, %d suspicious.%n", results.size(), added, present, failed, replies,
                    hijack, suspicious);
        } else if (!json) {
            out.printf("Scanned %d messages: %d replies analysed, %d likely hijacked, %d suspicious.%n",
                    results.size(), replies, hijack, suspicious);
        }
        if (reportHtml != null) {
            spec.commandLine().getErr().printf("threadguard: wrote %d evidence page(s) to %s%n", pages, reportHtml);
        }
        out.flush();
    }
}
