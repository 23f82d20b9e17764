package org.threadguard.app.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.cache.ThreadListing;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.connect.Authenticator;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.sync.CancellationToken;
import org.threadguard.imap.sync.ImapSync;
import org.threadguard.imap.sync.SyncListener;
import org.threadguard.imap.sync.SyncOptions;
import org.threadguard.imap.sync.SyncResult;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.ImportResult;
import org.threadguard.imap.importer.LocalImporter;

/** Import a local source or sync an IMAP account into the cache, then analyse the account's whole mailbox from the cache. */
public final class ScanService {
    private final MessageCache cache;

    public ScanService(MessageCache cache) {
        this.cache = cache;
    }

    /** Imports a local source; an unreadable source as a whole is an {@link UncheckedIOException}. */
    public ImportResult importLocal(Path source, String account, ImportListener listener) {
        try {
            return new LocalImporter().importPath(source, account, cache, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Syncs an IMAP account into the cache (read-only on the server).
     *
     * @throws ImapConnectionException with a one-sentence message on bad credentials, an unreachable host,
     *     a refused certificate or a connection lost too often
     */
    public SyncResult syncImap(ImapAccount account, Authenticator authenticator, SyncOptions options,
            SyncListener listener, CancellationToken cancel) throws ImapConnectionException {
        return new ImapSync(new ImapConnector(), cache).sync(account, authenticator, options, listener, cancel);
    }

    /**
     * Analyses every message of the account causally, honouring the user's allowlist; results in
     * arrival order.
     */
    public List<AnalysisResult> analyze(String account, Set<String> extraOwnAddresses) {
        long generation = cache.generation(account);
        List<MailMessage> messages = cache.loadAll(account);
        Set<String> own = new HashSet<>(Analyzer.ownAddressesOf(messages));
        own.addAll(extraOwnAddresses);
        List<AnalysisResult> results = Analyzer.standard(own).withAllowlist(cache.allowlist()).analyze(messages);
        // the thread list beside the messages (ADR 0007), so the inspector's first open of this cache need not
        // thread it; the messages are in memory already (a sync alone does not do this: its heap stays bounded)
        if (cache.threadList(account).isEmpty()) {
            ThreadListing.store(cache, account, generation, new Threader().thread(messages));
        }
        return results;
    }

    /** An account name for a local source: "local:" and the source's file name. */
    public static String accountFor(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return "local:" + (name == null ? abs.toString() : name.toString()) + ":" + Integer.toHexString(
                abs.toString().hashCode());
    }
}
