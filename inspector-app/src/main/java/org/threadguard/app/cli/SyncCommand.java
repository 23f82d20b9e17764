package org.threadguard.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.scan.ImapSource;
import org.threadguard.app.scan.ScanService;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnectionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadguard sync}: bring the cache up to date with an IMAP account, without analysing. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Syncs an IMAP account into the cache, read-only: nothing on the server is changed "
                + "(no flag set, nothing moved or deleted). INBOX, Sent and Archive by default.",
            "SOURCE is imaps://USER@HOST[:PORT][/FOLDER] (TLS), imap://... (STARTTLS) or imap+plain://... "
                + "(no encryption, 127.0.0.1/localhost only)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (bad credentials, unreachable host, refused certificate...)",
            "2:bad arguments"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "URL", required = true, description = "The IMAP account to sync.")
    String source;

    @Option(names = "--cache", paramLabel = "FILE", description = "The SQLite cache file (default: ${DEFAULT-VALUE}).")
    Path cache = DataDirectory.defaultCache();

    @Mixin
    ImapOptions imap;

    @Override
    public Integer call() throws ImapConnectionException {
        if (!ImapSource.isImapUrl(source)) {
            throw new ThreadguardCommand.UsageProblem("sync needs an IMAP URL (imaps://USER@HOST[:PORT][/FOLDER]); "
                    + "use scan for local files.");
        }
        ImapSource src;
        try {
            src = ImapSource.parse(source);
        } catch (IllegalArgumentException e) {
            throw new ThreadguardCommand.UsageProblem(e.getMessage());
        }
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            imap.sync(new ScanService(store), src, spec.commandLine().getErr());
        }
        return ThreadguardCommand.EXIT_OK;
    }
}
