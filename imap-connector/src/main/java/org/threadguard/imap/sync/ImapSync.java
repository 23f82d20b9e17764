package org.threadguard.imap.sync;

import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.event.MailEvent;
import jakarta.mail.event.MessageCountEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.MessageVanishedEvent;
import org.eclipse.angus.mail.imap.ResyncData;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.BODYSTRUCTURE;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.ListInfo;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.cache.FolderState;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.cache.StoredMessage;
import org.threadguard.imap.connect.Authenticator;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.parse.MimeParser;

/**
 * Read-only, incremental IMAP sync of an account into a {@link MessageCache}.
 *
 * <p>Never changes the server: folders are opened with EXAMINE (read-only), bodies are fetched with
 * {@code BODY.PEEK} so {@code \Seen} is never set, and no STORE, COPY, MOVE or EXPUNGE is sent.
 *
 * <p>Per folder: UIDVALIDITY and UIDNEXT always; with CONDSTORE an unchanged HIGHESTMODSEQ and UIDNEXT
 * ends the folder at once; with QRESYNC expunged UIDs come as VANISHED on open, otherwise the server's
 * UID list ({@code UID SEARCH UID 1:*}) is compared with the cache. A changed UIDVALIDITY drops the
 * folder's cache and fetches it again.
 *
 * <p>New messages are fetched in batches with raw {@code UID FETCH} commands (no per-message
 * {@code Message} objects); while the next batch is fetched, the previous one is parsed and stored by one
 * worker thread per core, each worker a contiguous part of the batch in one transaction. The folder's
 * progress (UIDNEXT so far) is recorded only once every part of a batch is committed. Memory does not
 * grow with the mailbox: at most two batches are in memory, UID lists are sorted {@code long[]} (8 bytes
 * a message), and the sizes of the messages to fetch are asked for a window of a few batches at a time.
 * Messages over the size cap are fetched as header, BODYSTRUCTURE and text parts only.
 *
 * <p>A lost connection is re-established (at most {@link SyncOptions#maxRetries()} times without
 * progress) and the sync resumes from the cache: message keys are {@code UIDVALIDITY:UID}, so nothing is
 * lost or stored twice. One sync uses one connection, used only by the calling thread; the workers
 * never touch it.
 */
public final class ImapSync {
    private static final String PARTIAL_HEADER = "X-Threadguard-Partial";
    /** Threads that parse and store fetched messages while the connection fetches the next batch. */
    /** Batches parsed and stored while the next one is fetched. */
    private static final int PIPELINE = 2;
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final ImapConnector connector;
    private final Supplier<? extends MessageCache> cacheSource;

    public ImapSync(ImapConnector connector, MessageCache cache) {
        this(connector, () -> cache);
    }

    /**
     * A sync that asks for its cache only once it is connected and logged in, so that a caller can open
     * the cache while the connection is made (both take a noticeable part of a short sync's time).
     */
    public ImapSync(ImapConnector connector, Supplier<? extends MessageCache> cache) {
        this.connector = connector;
        this.cacheSource = cache;
    }

    /**
     * Syncs an account; the cache's account key is {@link ImapAccount#name()}.
     *
     * @throws ImapConnectionException when connecting or logging in fails, or the connection is lost
     *     more often than allowed (what was stored so far stays, and the next sync resumes)
     */
    public SyncResult sync(ImapAccount account, Authenticator authenticator, SyncOptions options,
            SyncListener listener, CancellationToken cancel) throws ImapConnectionException {
        return sync(account, authenticator, options, listener, cancel, null);
    }

    /**
     * An IMAP connection kept open between syncs of one account by a long-running process (the sync agent), so
     * that a sync with nothing new costs a few round trips instead of a TLS handshake and a login. Not thread-safe:
     * one sync at a time.
     */
    public static final class ConnectionSlot implements AutoCloseable {
        private IMAPStore store;

        /** Whether a connection is kept (it may have been closed by the server since). */
        public boolean holdsConnection() {
            return store != null;
        }

        @Override
        public void close() {
            ImapConnector.closeQuietly(store);
            store = null;
        }
    }

    /**
     * {@link #sync(ImapAccount, Authenticator, SyncOptions, SyncListener, CancellationToken)}, reusing the
     * connection {@code slot} holds when it is still open and leaving the connection there afterwards (when
     * {@code slot} is {@code null}, the connection is closed at the end as usual).
     */
    public SyncResult sync(ImapAccount account, Authenticator authenticator, SyncOptions options,
            SyncListener listener, CancellationToken cancel, ConnectionSlot slot) throws ImapConnectionException {
        SyncListener l = listener == null ? SyncListener.NONE : listener;
        CancellationToken c = cancel == null ? new CancellationToken() : cancel;
        List<SyncResult.FolderResult> done = new ArrayList<>();
        List<String> folders = null;
        int failures = 0;
        int reconnects = 0;
        IMAPStore store = null;
        if (slot != null && slot.store != null) {
            if (slot.store.isConnected()) { // a NOOP: the server may have closed an idle connection
                store = slot.store;
            } else {
                ImapConnector.closeQuietly(slot.store);
            }
            slot.store = null;
        }
        Run run = new Run(account.name(), options, l, c);
        try {
            while (true) {
                try {
                    if (store == null) {
                        store = connector.connect(account, authenticator);
                    }
                    if (run.cache == null) {
                        run.cache = cacheSource.get();
                    }
                    if (folders == null) {
                        folders = chooseFolders(store, options, l);
                    }
                    while (done.size() < folders.size()) {
                        if (c.isCancelled()) {
                            return new SyncResult(done, true, reconnects);
                        }
                        String name = folders.get(done.size());
                        long before = run.progressMarks;
                        try {
                            done.add(run.syncFolder(store, name));
                        } finally {
                            if (run.progressMarks > before) {
                                failures = 0;
                            }
                        }
                    }
                    return new SyncResult(done, false, reconnects);
                } catch (Cancelled e) {
                    done.add(e.partialResult);
                    return new SyncResult(done, true, reconnects);
                } catch (ImapConnectionException e) {
                    if (store == null && reconnects == 0 && failures == 0
                            || e.kind() == ImapConnectionException.Kind.AUTHENTICATION
                            || e.kind() == ImapConnectionException.Kind.CERTIFICATE) {
                        throw e;
                    }
                    failures = retry(failures, options, account, l, e);
                    reconnects++;
                } catch (MessagingException e) {
                    if (!isConnectionLoss(e)) {
                        throw new ImapConnectionException(ImapConnectionException.Kind.PROTOCOL, "Syncing with "
                                + account.host() + " failed: " + e.getMessage(), e);
                    }
                    ImapConnector.closeQuietly(store);
                    store = null;
                    failures = retry(failures, options, account, l, e);
                    reconnects++;
                }
            }
        } finally {
            if (slot != null && store != null) {
                slot.store = store; // kept for the next sync; a lost one is noticed and replaced then
            } else {
                ImapConnector.closeQuietly(store);
            }
            if (run.workers != null) {
                run.workers.shutdownNow();
            }
        }
    }

    private static int retry(int failures, SyncOptions options, ImapAccount account, SyncListener l, Exception e)
            throws ImapConnectionException {
        int f = failures + 1;
        if (f > options.maxRetries()) {
            throw new ImapConnectionException(ImapConnectionException.Kind.UNREACHABLE, "The connection to "
                    + account.host() + ":" + account.port() + " was lost " + f + " times in a row; giving up. "
                    + "What was fetched is kept and the next sync resumes.", e);
        }
        l.warning("Connection to " + account.host() + " lost (" + e.getMessage() + "); reconnecting (" + f + "/"
                + options.maxRetries() + ").");
        try {
            Thread.sleep(200L << (f - 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new ImapConnectionException(ImapConnectionException.Kind.UNREACHABLE, "Interrupted.", ie);
        }
        return f;
    }

    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof ConnectionException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The folders a sync with these options covers, in order: defaults first, then the extras. */
    public static List<String> chooseFolders(IMAPStore store, SyncOptions options, SyncListener l)
            throws MessagingException {
        List<ListInfo> all = list(store);
        Set<String> out = new LinkedHashSet<>();
        if (options.defaultFolders()) {
            out.add("INBOX");
            for (String use : List.of("\\Sent", "\\Archive")) {
                String found = null;
                for (ListInfo li : all) {
                    if (li.canOpen && List.of(li.attrs).stream().anyMatch(a -> a.equalsIgnoreCase(use))) {
                        found = li.name;
                        break;
                    }
                }
                if (found == null) {
                    List<String> names = use.equals("\\Sent")
                            ? List.of("sent", "sent items", "sent messages", "sent mail", "gesendet",
                                "gesendete elemente", "enviados", "elementos enviados", "inbox.sent")
                            : List.of("archive", "archives", "archiv", "archivo", "inbox.archive");
                    for (String n : names) {
                        for (ListInfo li : all) {
                            if (li.canOpen && li.name.toLowerCase(Locale.ROOT).equals(n)) {
                                found = li.name;
                                break;
                            }
                        }
                        if (found != null) {
                            break;
                        }
                    }
                }
                if (found != null) {
                    out.add(found);
                }
            }
        }
        for (String extra : options.extraFolders()) {
            String found = null;
            for (ListInfo li : all) {
                if (li.canOpen && (li.name.equals(extra) || extra.equalsIgnoreCase("INBOX")
                        && li.name.equalsIgnoreCase("INBOX"))) {
                    found = li.name;
                }
            }
            if (found == null) {
                l.warning("The server has no folder named \"" + extra + "\"; skipped.");
            } else {
                out.add(found);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<ListInfo> list(IMAPStore store) throws MessagingException {
        IMAPFolder root = (IMAPFolder) store.getDefaultFolder();
        boolean specialUse = store.hasCapability("SPECIAL-USE");
        Object r = root.doCommand(p -> {
            Response[] rs = p.command(specialUse ? "LIST \"\" \"*\" RETURN (SPECIAL-USE)" : "LIST \"\" \"*\"", null);
            p.handleResult(rs[rs.length - 1]);
            List<ListInfo> infos = new ArrayList<>();
            for (Response x : rs) {
                if (x instanceof IMAPResponse ir && ir.keyEquals("LIST")) {
                    infos.add(new ListInfo(ir));
                }
            }
            return infos;
        });
        @SuppressWarnings("unchecked")
        List<ListInfo> infos = (List<ListInfo>) r;
        return infos;
    }

    /** Thrown inside a folder sync when cancelled, carrying what was done. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SyncResult.FolderResult partialResult;

        Cancelled(SyncResult.FolderResult r) {
            super(null, null, false, false);
            this.partialResult = r;
        }
    }

    /** Fetched bytes of a message, not yet parsed. */
    private record Raw(String sourceKey, byte[] bytes) {
    }

    /** A batch being parsed and stored, and the folder state to record once all of it is committed. */
    private record InFlight(List<Future<Integer>> parts, FolderState state) {
    }

    /** A message to fetch: UID and RFC822.SIZE. */
    private record Wanted(long uid, long size) {
    }

    /** State of one sync call. */
    private final class Run {
        final String account;
        final SyncOptions options;
        final SyncListener listener;
        final CancellationToken cancel;
        long progressMarks;
        ExecutorService workers;
        MessageCache cache;

        Run(String account, SyncOptions options, SyncListener listener, CancellationToken cancel) {
            this.account = account;
            this.options = options;
            this.listener = listener;
            this.cancel = cancel;
        }

        SyncResult.FolderResult syncFolder(IMAPStore store, String name) throws MessagingException {
            IMAPFolder folder = (IMAPFolder) store.getFolder(name);
            FolderState prev = cache.folderState(account, name).orElse(null);
            boolean qresync = store.hasCapability("QRESYNC");
            boolean condstore = qresync || store.hasCapability("CONDSTORE");
            List<MailEvent> events = List.of();
            boolean usedQresync = false;
            if (qresync && prev != null && prev.highestModSeq() > 0) {
                events = folder.open(Folder.READ_ONLY, new ResyncData(prev.uidValidity(), prev.highestModSeq()));
                usedQresync = true;
            } else if (condstore) {
                folder.open(Folder.READ_ONLY, ResyncData.CONDSTORE);
            } else {
                folder.open(Folder.READ_ONLY);
            }
            try {
                long uidValidity = folder.getUIDValidity();
                long uidNext = folder.getUIDNext();
                long modSeq = condstore ? Math.max(0, folder.getHighestModSeq()) : 0;
                int exists = folder.getMessageCount();
                boolean reset = false;
                if (prev != null && prev.uidValidity() != uidValidity) {
                    cache.removeFolder(account, name);
                    listener.warning("The UIDVALIDITY of " + name + " changed: its cache is rebuilt.");
                    prev = null;
                    reset = true;
                    usedQresync = false;
                }
                if (prev != null && modSeq > 0 && prev.highestModSeq() == modSeq && prev.uidNext() == uidNext) {
                    listener.progress(name, 0, 0);
                    progressMarks++;
                    return new SyncResult.FolderResult(name, 0, 0, 0, false, exists);
                }
                String prefix = uidValidity + ":";
                long[] cached = cachedUids(name, prefix);
                int removed = 0;
                long[] toFetch;
                if (usedQresync) {
                    List<Long> vanished = new ArrayList<>();
                    for (MailEvent ev : events) {
                        if (ev instanceof MessageVanishedEvent v) {
                            for (long u : v.getUIDs()) {
                                vanished.add(u);
                            }
                        }
                        // MessageCountEvent: new messages are found through UIDNEXT below
                    }
                    long[] gone = Uids.intersect(cached, Uids.sorted(vanished));
                    cached = Uids.minus(cached, gone);
                    removed = cache.remove(account, name, keys(prefix, gone));
                    toFetch = exists == 0 ? new long[0]
                            : Uids.minus(serverUids(folder, Math.max(1, prev.uidNext())), cached);
                    if (cached.length + toFetch.length != exists) {
                        // the VANISHED report did not add up (server quirk): fall back to the full list
                        long[] all = serverUids(folder, 1);
                        removed += removeMissing(name, prefix, cached, all);
                        toFetch = Uids.minus(all, cached);
                    }
                } else {
                    long[] all = exists == 0 ? new long[0] : serverUids(folder, 1);
                    removed = removeMissing(name, prefix, cached, all);
                    toFetch = Uids.minus(all, cached);
                }
                return fetchAll(folder, name, uidValidity, uidNext, modSeq, toFetch, removed, reset, exists);
            } finally {
                if (folder.isOpen()) {
                    try {
                        folder.close(false);
                    } catch (MessagingException | RuntimeException e) {
                        // connection gone; the caller reconnects
                    }
                }
            }
        }

        /** The UIDs of this UIDVALIDITY that the cache holds for a folder, sorted. */
        private long[] cachedUids(String name, String prefix) {
            List<String> keys = cache.sourceKeys(account, name);
            long[] out = new long[keys.size()];
            int n = 0;
            for (String k : keys) {
                if (k.startsWith(prefix)) {
                    out[n++] = Long.parseLong(k.substring(prefix.length()));
                }
            }
            return Uids.sortedDistinct(Arrays.copyOf(out, n));
        }

        private static List<String> keys(String prefix, long[] uids) {
            List<String> out = new ArrayList<>(uids.length);
            for (long u : uids) {
                out.add(prefix + u);
            }
            return out;
        }

        /** Removes the cached messages that are no longer on the server; returns how many. */
        private int removeMissing(String name, String prefix, long[] cached, long[] onServer) {
            return cache.remove(account, name, keys(prefix, Uids.minus(cached, onServer)));
        }

        /**
         * The UIDs >= {@code from} on the server, sorted: one {@code UID SEARCH}, whose answer is a single
         * line of numbers (a few bytes per message, where a FETCH answer would be an object per message).
         */
        private long[] serverUids(IMAPFolder folder, long from) throws MessagingException {
            Object r = folder.doCommand(p -> {
                Response[] rs = p.command("UID SEARCH UID " + from + ":*", null);
                Response status = rs[rs.length - 1];
                notifyOthers(p, rs);
                p.handleResult(status);
                long[] out = new long[64];
                int n = 0;
                for (Response x : rs) {
                    if (x instanceof IMAPResponse ir && ir.keyEquals("SEARCH")) {
                        for (long u = ir.readLong(); u >= 0; u = ir.readLong()) {
                            if (u >= from) {
                                if (n == out.length) {
                                    out = Arrays.copyOf(out, n * 2);
                                }
                                out[n++] = u;
                            }
                        }
                    }
                }
                return Uids.sortedDistinct(Arrays.copyOf(out, n));
            });
            return (long[]) r;
        }

        /** UIDs and sizes of {@code uids[from, to)} (messages expunged meanwhile are left out), by UID. */
        private List<Wanted> sizes(IMAPFolder folder, long[] uids, int from, int to) throws MessagingException {
            List<Long> set = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                set.add(uids[k]);
            }
            Object r = folder.doCommand(p -> {
                Response[] rs = p.command("UID FETCH " + uidSet(set) + " (UID RFC822.SIZE)", null);
                Response status = rs[rs.length - 1];
                List<Wanted> out = new ArrayList<>(set.size());
                for (Response x : rs) {
                    if (x instanceof FetchResponse fr) {
                        UID uid = fr.getItem(UID.class);
                        RFC822SIZE size = fr.getItem(RFC822SIZE.class);
                        if (uid != null && Arrays.binarySearch(uids, from, to, uid.uid) >= 0) {
                            out.add(new Wanted(uid.uid, size == null ? 0 : size.size));
                        }
                    }
                }
                notifyOthers(p, rs);
                p.handleResult(status);
                return out;
            });
            @SuppressWarnings("unchecked")
            List<Wanted> out = (List<Wanted>) r;
            out.sort((x, y) -> Long.compare(x.uid(), y.uid()));
            return out;
        }

        /**
         * Fetches and stores the messages with these UIDs (sorted), their sizes asked for a window of a few
         * batches at a time, so that what is held per message is only its UID.
         */
        private SyncResult.FolderResult fetchAll(IMAPFolder folder, String name, long uidValidity, long uidNext,
                long modSeq, long[] toFetch, int removed, boolean reset, int exists) throws MessagingException {
            int total = toFetch.length;
            int window = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1000L, 8L * options.batchSize()));
            int sized = 0; // toFetch[0, sized) have had their sizes asked for
            List<Wanted> wanted = List.of();
            int done = 0;
            int partial = 0;
            listener.progress(name, 0, total);
            String prefix = uidValidity + ":";
            int i = 0;
            // Batches k and k + 1 are parsed and stored by the workers while batch k + 2 is fetched, so neither
            // the connection (nor the server behind it) nor the workers wait for each other: at most
            // PIPELINE + 1 batches are in memory. Batches are awaited in order, and the folder state is
            // written only after its batch and every batch before it are committed.
            ArrayDeque<InFlight> pending = new ArrayDeque<>(PIPELINE + 1);
            boolean ok = false;
            try {
                while (i < wanted.size() || sized < toFetch.length) {
                    if (i == wanted.size()) {
                        int to = (int) Math.min(toFetch.length, (long) sized + window);
                        wanted = sizes(folder, toFetch, sized, to);
                        sized = to;
                        i = 0;
                        continue;
                    }
                    if (cancel.isCancelled()) {
                        done += awaitAll(pending);
                        throw new Cancelled(new SyncResult.FolderResult(name, done, removed, partial, reset, exists));
                    }
                    List<Raw> batch = new ArrayList<>();
                    Wanted first = wanted.get(i);
                    if (first.size() > options.sizeCap()) {
                        batch.add(fetchPartial(folder, prefix, first));
                        partial++;
                        i++;
                    } else {
                        List<Long> uids = new ArrayList<>();
                        long bytes = 0;
                        while (i < wanted.size() && uids.size() < options.batchSize()
                                && wanted.get(i).size() <= options.sizeCap()
                                && (uids.isEmpty() || bytes + wanted.get(i).size() <= options.batchBytes())) {
                            uids.add(wanted.get(i).uid());
                            bytes += wanted.get(i).size();
                            i++;
                        }
                        batch.addAll(fetchWhole(folder, prefix, uids));
                    }
                    long lastUid = wanted.get(i - 1).uid();
                    while (pending.size() >= PIPELINE) {
                        done += await(pending.poll());
                    }
                    if (done > 0) {
                        listener.progress(name, Math.min(done, total), total);
                    }
                    // not complete yet: remember how far we got, but no HIGHESTMODSEQ (the next sync must look)
                    pending.add(submit(name, batch, new FolderState(account, name, uidValidity, lastUid + 1, 0)));
                    progressMarks++;
                }
                done += awaitAll(pending);
                ok = true;
            } finally {
                // let the batches in progress commit (or fail) before anything else happens
                while (!pending.isEmpty()) {
                    try {
                        await(pending.poll());
                    } catch (RuntimeException e) {
                        if (ok) {
                            throw e;
                        }
                        // the failure that brought us here is the one to report
                    }
                }
            }
            listener.progress(name, done, total);
            cache.putFolderState(new FolderState(account, name, uidValidity, uidNext, modSeq));
            progressMarks++;
            return new SyncResult.FolderResult(name, done, removed, partial, reset, exists);
        }

        /**
         * Parses and stores a fetched batch on the workers, in contiguous parts of about equal size, one
         * transaction each (MIME parsing is most of the work of a sync, so it runs on every core).
         */
        private InFlight submit(String name, List<Raw> batch, FolderState state) {
            int n = Math.min(WORKERS, batch.size());
            List<Future<Integer>> parts = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                List<Raw> part = batch.subList(batch.size() * k / n, batch.size() * (k + 1) / n);
                parts.add(workers().submit(() -> {
                    List<StoredMessage> parsed = new ArrayList<>(part.size());
                    for (Raw r : part) {
                        parsed.add(store(name, r.sourceKey(), r.bytes()));
                    }
                    return cache.putAll(parsed);
                }));
            }
            return new InFlight(parts, state);
        }

        /** Awaits the batches in progress in order (see {@link #await}); stops at the first failure. */
        private int awaitAll(ArrayDeque<InFlight> pending) {
            int added = 0;
            while (!pending.isEmpty()) {
                added += await(pending.peek());
                pending.poll();
            }
            return added;
        }

        /**
         * Waits until every part of a batch is stored, then records how far the folder got; rethrows the
         * first failure after all parts have finished.
         */
        private int await(InFlight batch) {
            if (batch == null) {
                return 0;
            }
            int added = 0;
            RuntimeException failure = null;
            boolean interrupted = false;
            for (Future<Integer> f : batch.parts()) {
                while (true) {
                    try {
                        added += f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true; // a part still running must not outlive this method
                    } catch (ExecutionException e) {
                        if (failure == null) {
                            failure = e.getCause() instanceof RuntimeException re ? re
                                    : new IllegalStateException(e.getCause());
                        }
                        break;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("Interrupted while storing messages");
                }
            }
            if (failure != null) {
                throw failure;
            }
            cache.putFolderState(batch.state());
            return added;
        }

        private ExecutorService workers() {
            if (workers == null) {
                AtomicInteger count = new AtomicInteger();
                workers = Executors.newFixedThreadPool(WORKERS, r -> {
                    Thread t = new Thread(r, "threadguard-imap-store-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            return workers;
        }

        private List<Raw> fetchWhole(IMAPFolder folder, String prefix, List<Long> uids)
                throws MessagingException {
            Object r = folder.doCommand(p -> {
                Response[] rs = p.command("UID FETCH " + uidSet(uids) + " (UID BODY.PEEK[])", null);
                Response status = rs[rs.length - 1];
                notifyOthers(p, rs);
                p.handleResult(status);
                List<Raw> out = new ArrayList<>(uids.size());
                Set<Long> wantedSet = new HashSet<>(uids);
                for (int k = 0; k < rs.length; k++) {
                    if (rs[k] instanceof FetchResponse fr) {
                        UID uid = fr.getItem(UID.class);
                        BODY body = fr.getItem(BODY.class);
                        rs[k] = null; // let the batch's memory go as we go
                        if (uid == null || body == null || !wantedSet.remove(uid.uid)) {
                            continue;
                        }
                        out.add(new Raw(prefix + uid.uid, bytes(body.getByteArray())));
                    }
                }
                return out;
            });
            @SuppressWarnings("unchecked")
            List<Raw> out = (List<Raw>) r;
            return out;
        }

        private StoredMessage store(String folderName, String sourceKey, byte[] raw) {
            String key = StoredMessage.keyOf(account, folderName, sourceKey);
            MailMessage m = MimeParser.parse(raw, key, folderName);
            return new StoredMessage(account, folderName, sourceKey, m, raw);
        }

        /** Header, BODYSTRUCTURE and the text parts of a message over the size cap. */
        private Raw fetchPartial(IMAPFolder folder, String prefix, Wanted w)
                throws MessagingException {
            Object[] first = (Object[]) folder.doCommand(p -> {
                Response[] rs = p.command("UID FETCH " + w.uid() + " (UID BODY.PEEK[HEADER] BODYSTRUCTURE)", null);
                notifyOthers(p, rs);
                p.handleResult(rs[rs.length - 1]);
                for (Response x : rs) {
                    if (x instanceof FetchResponse fr && fr.getItem(UID.class) != null
                            && fr.getItem(UID.class).uid == w.uid()) {
                        BODY h = fr.getItem(BODY.class);
                        return new Object[] {h == null ? new byte[0] : bytes(h.getByteArray()),
                            fr.getItem(BODYSTRUCTURE.class)};
                    }
                }
                return null;
            });
            if (first == null) {
                throw new MessagingException("The server returned nothing for UID " + w.uid() + " in "
                        + folder.getFullName());
            }
            byte[] header = (byte[]) first[0];
            BODYSTRUCTURE bs = (BODYSTRUCTURE) first[1];
            List<String[]> leaves = new ArrayList<>(); // {section, "text"|"other"}
            if (bs != null && bs.isMulti()) {
                collectLeaves(bs, "", leaves);
            }
            long cap = options.sizeCap();
            StringBuilder items = new StringBuilder("UID");
            boolean singleText = bs != null && !bs.isMulti() && "text".equalsIgnoreCase(bs.type);
            if (singleText) {
                items.append(" BODY.PEEK[TEXT]<0.").append(cap).append('>');
            }
            for (String[] leaf : leaves) {
                items.append(" BODY.PEEK[").append(leaf[0]).append(".MIME]");
                if (leaf[1].equals("text")) {
                    items.append(" BODY.PEEK[").append(leaf[0]).append("]<0.").append(cap).append('>');
                }
            }
            java.util.Map<String, byte[]> sections = new java.util.HashMap<>();
            if (singleText || !leaves.isEmpty()) {
                folder.doCommand(p -> {
                    Response[] rs = p.command("UID FETCH " + w.uid() + " (" + items + ")", null);
                    notifyOthers(p, rs);
                    p.handleResult(rs[rs.length - 1]);
                    for (Response x : rs) {
                        if (x instanceof FetchResponse fr && fr.getItem(UID.class) != null
                                && fr.getItem(UID.class).uid == w.uid()) {
                            for (int k = 0; k < fr.getItemCount(); k++) {
                                if (fr.getItem(k) instanceof BODY b) {
                                    sections.put(b.getSection().toUpperCase(Locale.ROOT), bytes(b.getByteArray()));
                                }
                            }
                        }
                    }
                    return null;
                });
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            String note = PARTIAL_HEADER + ": original size " + w.size() + " bytes; only the headers, "
                    + "the structure and the text parts were fetched\r\n";
            if (singleText) {
                raw.writeBytes(withHeader(header, note, null));
                raw.writeBytes(sections.getOrDefault("TEXT", new byte[0]));
            } else if (!leaves.isEmpty()) {
                String boundary = "threadguard-partial-" + w.uid();
                raw.writeBytes(withHeader(header, note, "Content-Type: multipart/mixed; boundary=\"" + boundary
                        + "\"\r\n"));
                for (String[] leaf : leaves) {
                    raw.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    raw.writeBytes(headerBlock(sections.getOrDefault(leaf[0] + ".MIME", new byte[0])));
                    if (leaf[1].equals("text")) {
                        raw.writeBytes(sections.getOrDefault(leaf[0], new byte[0]));
                    }
                    raw.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                raw.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            } else {
                raw.writeBytes(withHeader(header, note, null));
            }
            return new Raw(prefix + w.uid(), raw.toByteArray());
        }
    }

    /** Text leaves (not attachments) and other leaves of a multipart BODYSTRUCTURE with their sections. */
    private static void collectLeaves(BODYSTRUCTURE bs, String section, List<String[]> out) {
        for (int k = 0; k < bs.bodies.length; k++) {
            BODYSTRUCTURE b = bs.bodies[k];
            String s = section.isEmpty() ? Integer.toString(k + 1) : section + "." + (k + 1);
            if (b.isMulti()) {
                collectLeaves(b, s, out);
            } else {
                boolean text = "text".equalsIgnoreCase(b.type) && !"attachment".equalsIgnoreCase(b.disposition);
                out.add(new String[] {s, text ? "text" : "other"});
            }
        }
    }

    /**
     * The header block with {@code note} added before its blank line and, when {@code contentType} is
     * given, the original Content-Type and Content-Transfer-Encoding replaced by it.
     */
    static byte[] withHeader(byte[] header, String note, String contentType) {
        String h = new String(header, StandardCharsets.ISO_8859_1);
        int end = h.indexOf("\r\n\r\n");
        String fields = end >= 0 ? h.substring(0, end + 2) : h.endsWith("\r\n") ? h : h + "\r\n";
        if (contentType != null) {
            StringBuilder kept = new StringBuilder();
            boolean skipping = false;
            for (String line : fields.split("\r\n", -1)) {
                if (line.isEmpty()) {
                    continue;
                }
                boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
                if (!continuation) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    skipping = lower.startsWith("content-type:") || lower.startsWith("content-transfer-encoding:");
                }
                if (!skipping) {
                    kept.append(line).append("\r\n");
                }
            }
            fields = kept + contentType;
        }
        return (fields + note + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Passes untagged responses other than FETCH (EXISTS, EXPUNGE, BYE) to the folder's handlers. */
    private static void notifyOthers(org.eclipse.angus.mail.imap.protocol.IMAPProtocol p, Response[] rs) {
        List<Response> others = new ArrayList<>();
        for (int k = 0; k < rs.length - 1; k++) {
            if (rs[k] != null && !(rs[k] instanceof FetchResponse)) {
                others.add(rs[k]);
            }
        }
        if (!others.isEmpty()) {
            p.notifyResponseHandlers(others.toArray(new Response[0]));
        }
    }

    /** A MIME part header ending in exactly one empty line (some servers omit it in BODY[n.MIME]). */
    static byte[] headerBlock(byte[] mime) {
        int end = mime.length;
        while (end > 0 && (mime[end - 1] == '\r' || mime[end - 1] == '\n')) {
            end--;
        }
        byte[] out = java.util.Arrays.copyOf(mime, end + (end == 0 ? 2 : 4));
        for (int k = end; k < out.length; k += 2) {
            out[k] = '\r';
            out[k + 1] = '\n';
        }
        return out;
    }

    private static byte[] bytes(ByteArray ba) {
        if (ba == null) {
            return new byte[0];
        }
        byte[] out = new byte[ba.getCount()];
        System.arraycopy(ba.getBytes(), ba.getStart(), out, 0, ba.getCount());
        return out;
    }

    /** A compact UID set: "1:5,7,9:12". */
    static String uidSet(List<Long> sortedUids) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < sortedUids.size()) {
            long start = sortedUids.get(k);
            long end = start;
            while (k + 1 < sortedUids.size() && sortedUids.get(k + 1) == end + 1) {
                end = sortedUids.get(++k);
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(start);
            if (end > start) {
                sb.append(':').append(end);
            }
            k++;
        }
        return sb.toString();
    }
}
