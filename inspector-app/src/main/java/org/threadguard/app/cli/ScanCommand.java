package org.threadguard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadguard.app.report.EvidenceHtmlExporter;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadguard scan}: import a mailbox, thread it, and judge every reply. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Imports a mailbox (an .eml directory, a Maildir or an mbox file) into the cache, threads it "
                + "and analyses every message that is a reply or claims to be one.",
            "Prints a readable summary of each flagged reply, or with --json one JSON object per analysed message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (the problem is named on stderr)", "2:bad arguments"})
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "PATH", required = true,
            description = "An .eml file or directory (recursive; sub-folder = mail folder), a Maildir or an mbox file.")
    Path source;

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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(source)) {
            throw new ThreadguardCommand.UsageProblem("No such file or directory: " + source);
        }
        String account = ScanService.accountFor(source);
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            ScanService service = new ScanService(store);
            ImportResult imported = service.importLocal(source, account, new ImportListener() {
                @Override
                public void onError(Path file, String message) {
                    err.println("threadguard: skipped " + file + ": " + message);
                }
            });
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
            if (!json) {
                out.printf("Scanned %d messages (%d new, %d already cached, %d unreadable): %d replies analysed, "
                        + "%d likely hijacked, %d suspicious.%n", results.size(), imported.added(),
                        imported.alreadyPresent(), imported.failed(), replies, hijack, suspicious);
            }
            if (reportHtml != null) {
                err.printf("threadguard: wrote %d evidence page(s) to %s%n", pages, reportHtml);
            }
            out.flush();
        }
        return ThreadguardCommand.EXIT_OK;
    }
}
