package org.threadguard.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.scan.ImapSource;
import org.threadguard.imap.cache.CacheException;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.sync.ImapSync;
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
        // Opening the cache (SQLite's native library, the schema check) runs while the connection is made and
        // the password checked; the sync waits for it only once logged in.
        CompletableFuture<SqliteMessageCache> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(SqliteMessageCache.open(cache));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "threadguard-open-cache");
        opener.setDaemon(true);
        opener.start();
        try {
            imap.sync((account, auth, options, listener, cancel) -> new ImapSync(new ImapConnector(), () -> opened(opening))
                    .sync(account, auth, options, listener, cancel), src, spec.commandLine().getErr());
        } finally {
            try {
                opened(opening).close();
            } catch (CacheException e) {
                // not opened: the sync already failed with it, or with an earlier error that matters more
            }
        }
        return ThreadguardCommand.EXIT_OK;
    }

    private static SqliteMessageCache opened(CompletableFuture<SqliteMessageCache> opening) {
        return org.threadguard.imap.connect.Futures.join(opening);
    }
}
