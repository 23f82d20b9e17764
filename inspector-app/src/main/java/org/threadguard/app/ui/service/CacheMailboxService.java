package org.threadguard.app.ui.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.threadguard.app.scan.ScanService;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.Progress;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.heuristics.detect.Verdict;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.MailThread;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.cache.AllowlistEntry;
import org.threadguard.imap.cache.SafeMark;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.LocalImporter;
import org.threadguard.imap.parse.MimeParser;

/**
 * {@link MailboxService} over the message cache: the demo mailbox and local sources work; IMAP
 * operations throw {@link NotAvailableException} until the IMAP sync is wired in (replace the
 * three IMAP methods, or wrap this class, with the account/sync packages of imap-connector).
 */
public final class CacheMailboxService implements MailboxService {
    public static final String DEMO_ID = "demo";
    private static final String DEMO_RESOURCES = "/org/threadguard/app/demo/mailbox/";
    private static final Verdict NOT_JUDGED = new Verdict(0, Level.CONSISTENT, List.of(), "");

    private final MessageCache cache;
    private final InspectorState state;
    private final ThreadListStore threadLists;
    private volatile Loaded loaded;
    private volatile Pending pending;

    /** Messages loaded and threaded by {@link #threads}, waiting for {@link #analyse}. */
    private record Pending(String sourceId, List<MailMessage> messages, List<MailThread> threads) {
    }

    /**
     * The analysed mailbox of the current source, kept small for the thread view: per thread only
     * the message keys and folders (messages are parsed again from their raw bytes when a thread is
     * opened), verdicts only for messages with findings.
     */
    private record Loaded(MailboxSource source, Map<String, List<MessageRef>> threads, Map<String, Verdict> verdicts,
            Set<String> judged, Set<String> own) {
    }

    private record MessageRef(String key, String folder) {
    }

    public CacheMailboxService(MessageCache cache, InspectorState state, ThreadListStore threadLists) {
        this.cache = cache;
        this.state = state;
        this.threadLists = threadLists;
    }

    @Override
    public List<MailboxSource> sources() {
        return state.sources();
    }

    @Override
    public MailboxSource openDemo(Progress progress, CancelToken cancel) {
        MailboxSource demo = new MailboxSource(DEMO_ID, MailboxSource.Kind.DEMO, "Demo: Brightline Logistics", "demo", "");
        try {
            Path dir = Files.createTempDirectory("threadguard-demo");
            for (String folder : List.of("INBOX", "Sent")) {
                Path target = Files.createDirectories(dir.resolve(folder));
                for (int i = 1; i < 10_000; i++) {
                    String name = String.format("%04d.eml", i);
                    try (InputStream in = CacheMailboxService.class.getResourceAsStream(DEMO_RESOURCES + folder + "/"
                            + name)) {
                        if (in == null) {
                            break;
                        }
                        Files.copy(in, target.resolve(name));
                    }
                }
            }
            importInto(dir, demo.account(), progress, cancel);
            deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the demo mailbox: " + e.getMessage(), e);
        }
        state.putSource(demo);
        return demo;
    }

    @Override
    public MailboxSource openLocal(Path path, Progress progress, CancelToken cancel) {
        if (!Files.exists(path)) {
            throw new UncheckedIOException(new IOException("No such file or directory: " + path));
        }
        String account = ScanService.accountFor(path);
        Path name = path.toAbsolutePath().normalize().getFileName();
        MailboxSource source = new MailboxSource(account, MailboxSource.Kind.LOCAL,
                name == null ? path.toString() : name.toString(), account, path.toAbsolutePath().normalize().toString());
        importInto(path, account, progress, cancel);
        state.putSource(source);
        return source;
    }

    private void importInto(Path path, String account, Progress progress, CancelToken cancel) {
        String what = String.valueOf(path.getFileName());
        try {
            new LocalImporter().importPath(path, account, cache, new ImportListener() {
                @Override
                public void onProgress(long done, long total) {
                    cancel.check();
                    progress.update(what, done, total);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void testConnection(ImapSettings settings, char[] password) {
        throw imapNotAvailable();
    }

    @Override
    public MailboxSource addImapAccount(ImapSettings settings, char[] password) {
        throw imapNotAvailable();
    }

    @Override
    public void sync(MailboxSource source, Progress progress, CancelToken cancel) {
        switch (source.kind()) {
            case IMAP -> throw imapNotAvailable();
            case LOCAL -> importInto(Path.of(source.location()), source.account(), progress, cancel);
            case DEMO -> progress.update("demo", 1, 1);
        }
    }

    private static NotAvailableException imapNotAvailable() {
        return new NotAvailableException("IMAP accounts are not available in this build yet: the IMAP sync is "
                + "being wired in. Open the demo mailbox or local mail meanwhile.");
    }

    @Override
    public Optional<MailboxSnapshot> rememberedThreads(MailboxSource source) {
        return threadLists.load(source);
    }

    @Override
    public MailboxSnapshot threads(MailboxSource source, Progress progress, CancelToken cancel) {
        progress.update("load", 0, -1);
        List<MailMessage> messages = cache.loadAll(source.account());
        cancel.check();
        List<MailThread> threads = new Threader().thread(messages);
        pending = new Pending(source.id(), messages, threads);
        List<ThreadSummary> rows = new ArrayList<>(threads.size());
        Set<String> folders = newFolderSet();
        for (MailThread t : threads) {
            ThreadSummary row = summarize(t, null, Set.of());
            rows.add(row);
            folders.addAll(row.folders());
        }
        rows.sort(Comparator.comparing(ThreadSummary::lastDate, Comparator.nullsLast(Comparator.reverseOrder())));
        return new MailboxSnapshot(source, new ArrayList<>(folders), rows, false);
    }

    private static Set<String> newFolderSet() {
        return new TreeSet<>(Comparator.comparingInt(CacheMailboxService::folderRank)
                .thenComparing(Comparator.naturalOrder()));
    }

    @Override
    public MailboxSnapshot analyse(MailboxSource source, Progress progress, CancelToken cancel) {
        Pending p = pending;
        pending = null;
        boolean reuse = p != null && p.sourceId().equals(source.id());
        progress.update("load", 0, -1);
        List<MailMessage> messages = reuse ? p.messages() : cache.loadAll(source.account());
        cancel.check();
        Set<String> own = Analyzer.ownAddressesOf(messages);
        Map<String, Verdict> verdicts = new HashMap<>(messages.size() * 2);
        Set<String> judged = new HashSet<>();
        int total = messages.size();
        int[] done = {0};
        Analyzer.standard(own).withAllowlist(cache.allowlist()).analyze(messages, r -> {
            if (r.reply()) {
                judged.add(r.message().key());
                if (!r.verdict().findings().isEmpty() || r.verdict().score() > 0) {
                    verdicts.put(r.message().key(), r.verdict());
                }
            }
            if (++done[0] % 500 == 0) {
                if (cancel.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                progress.update("analyse", done[0], total);
            }
        });
        progress.update("thread", total, total);
        List<MailThread> threads = reuse ? p.threads() : new Threader().thread(messages);
        Map<String, List<MessageRef>> byId = new HashMap<>(threads.size() * 2);
        Set<String> safe = safeKeys();
        List<ThreadSummary> rows = new ArrayList<>(threads.size());
        Set<String> folders = newFolderSet();
        for (MailThread t : threads) {
            List<MessageRef> refs = new ArrayList<>(t.size());
            for (MailMessage m : t.messages()) {
                refs.add(new MessageRef(m.key(), m.folder()));
            }
            byId.put(t.id(), refs);
            ThreadSummary row = summarize(t, verdicts, safe);
            rows.add(row);
            folders.addAll(row.folders());
        }
        rows.sort(Comparator.comparing(ThreadSummary::lastDate, Comparator.nullsLast(Comparator.reverseOrder())));
        loaded = new Loaded(source, byId, verdicts, judged, own);
        MailboxSnapshot snapshot = new MailboxSnapshot(source, new ArrayList<>(folders), rows, true);
        threadLists.save(snapshot);
        progress.update("analyse", total, total);
        return snapshot;
    }

    private static int folderRank(String folder) {
        String f = folder.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("inbox")) {
            return 0;
        }
        return f.contains("sent") || f.contains("gesendet") || f.contains("enviad") ? 1 : 2;
    }

    private Set<String> safeKeys() {
        Set<String> safe = new HashSet<>();
        for (SafeMark m : cache.safeMarks()) {
            safe.add(m.messageKey());
        }
        return safe;
    }

    private static ThreadSummary summarize(MailThread t, Map<String, Verdict> verdicts, Set<String> safe) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> folders = new HashSet<>();
        Instant last = null;
        Level level = verdicts == null ? null : Level.CONSISTENT;
        int score = 0;
        for (MailMessage m : t.messages()) {
            Address from = m.from();
            if (from != null) {
                names.add(from.hasDisplayName() ? from.displayName() : from.email());
            }
            folders.add(m.folder());
            Instant a = m.arrival();
            if (a != null && (last == null || a.isAfter(last))) {
                last = a;
            }
            Verdict v = verdicts == null ? null : verdicts.get(m.key());
            if (v != null && !safe.contains(m.key())) {
                if (v.level().compareTo(level) > 0) {
                    level = v.level();
                }
                score = Math.max(score, v.score());
            }
        }
        List<MailMessage> ms = t.messages();
        String subject = ms.isEmpty() ? "" : ms.get(0).subject();
        return new ThreadSummary(t.id(), subject, new ArrayList<>(names), last, ms.size(), level, score, folders);
    }

    @Override
    public Optional<ThreadDetail> thread(MailboxSource source, String threadId) {
        Loaded l = loaded;
        if (l == null || !l.source().id().equals(source.id())) {
            return Optional.empty();
        }
        List<MessageRef> refs = l.threads().get(threadId);
        if (refs == null) {
            return Optional.empty();
        }
        List<MailMessage> messages = new ArrayList<>(refs.size());
        for (MessageRef r : refs) {
            cache.raw(r.key()).ifPresent(raw -> messages.add(MimeParser.parse(raw, r.key(), r.folder())));
        }
        MailThread t = new MailThread(threadId, messages, Map.of(), Map.of());
        Set<String> safe = safeKeys();
        List<MessageEntry> entries = new ArrayList<>();
        List<Duration> gaps = new ArrayList<>();
        Instant previous = null;
        for (MailMessage m : t.messages()) {
            Instant a = m.arrival();
            Duration gap = previous == null || a == null ? null : Duration.between(previous, a);
            if (gap != null) {
                gaps.add(gap);
            }
            if (a != null) {
                previous = a;
            }
            boolean own = m.from() != null && l.own().contains(m.from().email())
                    || m.folder().toLowerCase(java.util.Locale.ROOT).contains("sent");
            entries.add(new MessageEntry(m, l.verdicts().getOrDefault(m.key(), NOT_JUDGED),
                    l.judged().contains(m.key()), own, safe.contains(m.key()), gap));
        }
        Duration typical = null;
        if (gaps.size() >= 2) {
            List<Duration> sorted = new ArrayList<>(gaps);
            Collections.sort(sorted);
            typical = sorted.get(sorted.size() / 2);
        }
        return Optional.of(new ThreadDetail(summarize(t, l.verdicts(), safe), entries, typical));
    }

    @Override
    public void setMarkedSafe(String messageKey, boolean safe) {
        if (safe) {
            cache.markSafe(messageKey, "marked safe in the inspector");
        } else {
            cache.unmarkSafe(messageKey);
        }
    }

    @Override
    public void allow(SafetyEntry.Kind kind, String sender, String value) {
        cache.addAllowlistEntry(allowKind(kind), sender, value);
    }

    @Override
    public List<SafetyEntry> safetyEntries() {
        List<SafetyEntry> out = new ArrayList<>();
        for (SafeMark m : cache.safeMarks()) {
            out.add(new SafetyEntry(SafetyEntry.Kind.SAFE_MARK, m.messageKey(), m.note(), m.created()));
        }
        for (AllowlistEntry e : cache.allowlistEntries()) {
            out.add(new SafetyEntry(e.kind() == AllowlistEntry.Kind.LINK_DOMAIN ? SafetyEntry.Kind.LINK_DOMAIN
                    : SafetyEntry.Kind.ATTACHMENT_TYPE, e.sender(), e.value(), e.created()));
        }
        out.sort(java.util.Comparator.comparing(SafetyEntry::created));
        return out;
    }

    @Override
    public void remove(SafetyEntry entry) {
        if (entry.kind() == SafetyEntry.Kind.SAFE_MARK) {
            cache.unmarkSafe(entry.subject());
        } else {
            cache.removeAllowlistEntry(allowKind(entry.kind()), entry.subject(), entry.value());
        }
    }

    private static AllowlistEntry.Kind allowKind(SafetyEntry.Kind kind) {
        return switch (kind) {
            case LINK_DOMAIN -> AllowlistEntry.Kind.LINK_DOMAIN;
            case ATTACHMENT_TYPE -> AllowlistEntry.Kind.ATTACHMENT_TYPE;
            case SAFE_MARK -> throw new IllegalArgumentException("not an allowlist kind");
        };
    }

    @Override
    public Optional<byte[]> rawSource(String messageKey) {
        return cache.raw(messageKey);
    }

    @Override
    public void removeSource(MailboxSource source) {
        state.removeSource(source.id());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
