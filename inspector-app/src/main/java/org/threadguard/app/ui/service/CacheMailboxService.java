package org.threadguard.app.ui.service;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import org.threadguard.app.demo.DemoScenarios;
import org.threadguard.app.demo.DemoServer;
import org.threadguard.app.report.AccountImapLocator;
import org.threadguard.app.report.SecurityReportService;
import org.threadguard.app.scan.ScanService;
import org.threadguard.imap.account.AccountStore;
import org.threadguard.imap.account.CredentialStore;
import org.threadguard.imap.account.CredentialStoreException;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.KeyringCredentialStore;
import org.threadguard.imap.account.Security;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.connect.UntrustedCertificateException;
import org.threadguard.imap.sync.CancellationToken;
import org.threadguard.imap.sync.ImapSync;
import org.threadguard.imap.sync.SyncListener;
import org.threadguard.imap.sync.SyncOptions;
import org.threadguard.imap.sync.SyncResult;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.Progress;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.heuristics.detect.Verdict;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.MailThread;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.cache.ThreadListing;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.cache.AllowlistEntry;
import org.threadguard.imap.cache.SafeMark;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.LocalImporter;
import org.threadguard.imap.parse.MimeParser;

/**
 * {@link MailboxService} over the message cache: IMAP accounts (remembered in an
 * {@link AccountStore}, passwords in the system keyring or, without one, in memory for the session),
 * local sources, and the demo mailbox, which is served by an embedded IMAP server ({@link DemoServer})
 * and synced like a real account.
 */
public final class CacheMailboxService implements MailboxService {
    public static final String DEMO_ID = "demo";
    private static final Verdict NOT_JUDGED = new Verdict(0, Level.CONSISTENT, List.of(), "");

    private final MessageCache cache;
    private final InspectorState state;
    private final ThreadListStore threadLists;
    private volatile Loaded loaded;
    private final Accounts accounts;
    private final KeyringOpener keyring;
    private final ImapConnector connector;
    /** Passwords of accounts added while no keyring was available: this session only, never written. */
    private final Map<String, char[]> sessionPasswords = new ConcurrentHashMap<>();
    private final Map<String, Boolean> keyringUsed = new ConcurrentHashMap<>();
    private final Map<String, DemoScenarios> trainerNotes = new ConcurrentHashMap<>();

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

    /** Opens the credential store that keeps IMAP passwords; may fail with "unavailable". */
    @FunctionalInterface
    public interface KeyringOpener {
        CredentialStore open() throws CredentialStoreException;

        /** The system keyring, or unavailable where there is none (headless Linux without a session bus). */
        KeyringOpener SYSTEM = () -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
                throw new CredentialStoreException("No system keyring: no session bus on this machine.", true, null);
            }
            return KeyringCredentialStore.open();
        };

        /** No keyring at all: passwords stay in memory for the session. */
        KeyringOpener NONE = () -> {
            throw new CredentialStoreException("No system keyring.", true, null);
        };
    }

    /**
     * A service whose accounts live next to the state file ({@code accounts.properties}) and whose
     * passwords go to the system keyring.
     */
    public CacheMailboxService(MessageCache cache, InspectorState state, ThreadListStore threadLists) {
        this(cache, state, threadLists, state.file() == null ? null
                : AccountStore.inDirectory(state.file().toAbsolutePath().getParent()), KeyringOpener.SYSTEM,
                new ImapConnector());
    }

    /**
     * @param accounts where IMAP accounts are remembered ({@code null}: in memory only)
     * @param keyring where passwords go; when it is unavailable they stay in memory for the session
     * @param connector how to connect
     */
    public CacheMailboxService(MessageCache cache, InspectorState state, ThreadListStore threadLists,
            AccountStore accounts, KeyringOpener keyring, ImapConnector connector) {
        this.cache = cache;
        this.state = state;
        this.threadLists = threadLists;
        this.accounts = accounts == null ? new MemoryAccounts() : new StoredAccounts(accounts);
        this.keyring = keyring;
        this.connector = connector;
    }

    /** Where the accounts are remembered. */
    private interface Accounts {
        void put(ImapAccount a);

        Optional<ImapAccount> get(String name);
    }

    private record StoredAccounts(AccountStore store) implements Accounts {
        @Override
        public void put(ImapAccount a) {
            store.put(a);
        }

        @Override
        public Optional<ImapAccount> get(String name) {
            return store.get(name);
        }
    }

    private static final class MemoryAccounts implements Accounts {
        private final Map<String, ImapAccount> map = new ConcurrentHashMap<>();

        @Override
        public void put(ImapAccount a) {
            map.put(a.name(), a);
        }

        @Override
        public Optional<ImapAccount> get(String name) {
            return Optional.ofNullable(map.get(name));
        }
    }

    @Override
    public List<MailboxSource> sources() {
        List<MailboxSource> out = new ArrayList<>(state.sources());
        // Mail the cache holds that no remembered mailbox covers: written by `scan` or `sync` (a helpdesk
        // scans a folder, then opens the result with `inspect --cache FILE`). Shown from the cache as it is.
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (MailboxSource s : out) {
            covered.add(s.account());
        }
        for (String account : cache.accounts()) {
            if (!covered.contains(account) && !state.isRemoved(account)) {
                out.add(cacheOnly(account));
            }
        }
        return out;
    }

    /** A mailbox known only from the cache: nothing to import or sync, its messages are analysed as they are. */
    static MailboxSource cacheOnly(String account) {
        String name = account;
        if (account.startsWith("local:")) {
            // "local:<file name>:<hash of the path>" (ScanService.accountFor)
            int last = account.lastIndexOf(':');
            name = last > "local:".length() ? account.substring("local:".length(), last) : account.substring(6);
        }
        return new MailboxSource(account, MailboxSource.Kind.LOCAL, name, account, "");
    }

    @Override
    public MailboxSource openDemo(Progress progress, CancelToken cancel) {
        MailboxSource demo = new MailboxSource(DEMO_ID, MailboxSource.Kind.DEMO, "Demo: Brightline Logistics", DEMO_ID, "");
        progress.update("demo", 0, -1);
        try (DemoServer server = DemoServer.start()) {
            ImapAccount account = server.account();
            dropLocallyImportedDemo(account.name());
            char[] password = server.password().toCharArray();
            syncAccount(account, new PasswordAuthenticator(password), progress, cancel);
        } catch (ImapConnectionException e) {
            throw problem(e, "127.0.0.1");
        }
        state.putSource(demo);
        return demo;
    }

    /**
     * Earlier builds imported the demo from files into the same cache account; those messages would
     * double the IMAP-synced ones, so a demo account never synced over IMAP is emptied first.
     */
    private void dropLocallyImportedDemo(String account) {
        for (String folder : List.of("INBOX", "Sent")) {
            if (cache.folderState(account, folder).isEmpty() && !cache.sourceKeys(account, folder).isEmpty()) {
                cache.removeFolder(account, folder);
            }
        }
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
        ImapAccount account = accountOf(settings);
        PasswordAuthenticator auth = new PasswordAuthenticator(password);
        try {
            connector.test(account, auth);
        } catch (ImapConnectionException e) {
            throw problem(e, account.host());
        } finally {
            auth.wipe();
        }
    }

    @Override
    public MailboxSource addImapAccount(ImapSettings settings, char[] password) {
        ImapAccount account = accountOf(settings);
        testConnection(settings, password);
        accounts.put(account);
        boolean inKeyring = false;
        try {
            keyring.open().store(account, password);
            sessionPasswords.remove(account.name());
            inKeyring = true;
        } catch (CredentialStoreException e) {
            // no keyring (headless Linux, locked store): keep it for this session only, never on disk
            sessionPasswords.put(account.name(), password.clone());
        }
        keyringUsed.put(account.name(), inKeyring);
        MailboxSource source = new MailboxSource(account.name(), MailboxSource.Kind.IMAP,
                settings.email().isEmpty() ? settings.username() : settings.email(), account.name(), account.host());
        state.putSource(source);
        return source;
    }

    @Override
    public boolean keyringAvailable() {
        try {
            keyring.open();
            return true;
        } catch (CredentialStoreException e) {
            return false;
        }
    }

    @Override
    public Optional<Boolean> passwordInKeyring(MailboxSource source) {
        return Optional.ofNullable(keyringUsed.get(source.account()));
    }

    @Override
    public void sync(MailboxSource source, Progress progress, CancelToken cancel) {
        switch (source.kind()) {
            case IMAP -> syncImap(source, progress, cancel);
            case LOCAL -> {
                if (source.isCacheOnly()) {
                    progress.update(source.displayName(), 1, 1);
                } else {
                    importInto(Path.of(source.location()), source.account(), progress, cancel);
                }
            }
            case DEMO -> progress.update("demo", 1, 1);
        }
    }

    private void syncImap(MailboxSource source, Progress progress, CancelToken cancel) {
        ImapAccount account = accounts.get(source.account()).orElseThrow(() -> new ImapProblem(
                ImapProblem.Kind.UNKNOWN_ACCOUNT, source.location(), null, "The account " + source.displayName()
                        + " is no longer configured.", null));
        char[] password = passwordOf(account);
        PasswordAuthenticator auth = new PasswordAuthenticator(password);
        Arrays.fill(password, '\0');
        try {
            syncAccount(account, auth, progress, cancel);
        } catch (ImapConnectionException e) {
            throw problem(e, account.host());
        } finally {
            auth.wipe();
        }
    }

    /**
     * Locates cached messages of this service's IMAP accounts for the report's after-action, with the
     * password from the same place a sync takes it (keyring, or the session's memory).
     */
    public SecurityReportService.ImapLocator imapLocator() {
        return new AccountImapLocator(cache, accounts::get, this::passwordOf);
    }

    private char[] passwordOf(ImapAccount account) {
        char[] session = sessionPasswords.get(account.name());
        if (session != null) {
            return session.clone();
        }
        try {
            Optional<char[]> stored = keyring.open().password(account);
            if (stored.isPresent()) {
                return stored.get();
            }
        } catch (CredentialStoreException e) {
            // fall through: no password to be had
        }
        throw new ImapProblem(ImapProblem.Kind.NO_PASSWORD, account.host(), null, "No password for "
                + account.user() + "@" + account.host() + ": the system keyring has none. Add the account again.",
                null);
    }

    /** Syncs into the cache with the UI's progress; the UI's cancel stops the sync after the batch in progress. */
    private void syncAccount(ImapAccount account, PasswordAuthenticator auth, Progress progress, CancelToken cancel)
            throws ImapConnectionException {
        CancellationToken token = new CancellationToken();
        if (cancel.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        SyncResult result = new ImapSync(connector, cache).sync(account, auth, SyncOptions.defaults(),
                new SyncListener() {
                    @Override
                    public void progress(String folder, long done, long total) {
                        if (cancel.isCancelled()) {
                            token.cancel();
                        }
                        progress.update(folder, done, total);
                    }
                }, token);
        if (result.cancelled() || cancel.isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** The imap-connector account for the form's settings; the name keys the cache as the command line's does. */
    static ImapAccount accountOf(ImapSettings s) {
        Security security = switch (s.security()) {
            case SSL_TLS -> Security.IMAPS;
            case STARTTLS -> Security.STARTTLS;
            case PLAIN_LOCALHOST -> Security.PLAIN_LOCALHOST_ONLY;
        };
        if (security == Security.PLAIN_LOCALHOST_ONLY && !Security.isLoopback(s.host())) {
            throw new ImapProblem(ImapProblem.Kind.PLAIN_NOT_LOCAL, s.host(), null, "Unencrypted IMAP is only "
                    + "allowed to this computer (127.0.0.1 or localhost), not " + s.host() + ".", null);
        }
        return new ImapAccount("imap:" + s.username() + "@" + s.host() + ":" + s.port(), s.host(), s.port(),
                security, s.username(), s.trustedCertSha256());
    }

    private static ImapProblem problem(ImapConnectionException e, String host) {
        if (e instanceof UntrustedCertificateException u) {
            return new ImapProblem(ImapProblem.Kind.UNTRUSTED_CERTIFICATE, u.host(), u.fingerprint(), e.getMessage(), e);
        }
        ImapProblem.Kind kind = switch (e.kind()) {
            case AUTHENTICATION -> ImapProblem.Kind.AUTHENTICATION;
            case UNREACHABLE -> ImapProblem.Kind.UNREACHABLE;
            case CERTIFICATE -> ImapProblem.Kind.CERTIFICATE;
            case PROTOCOL -> ImapProblem.Kind.PROTOCOL;
        };
        return new ImapProblem(kind, host, null, e.getMessage(), e);
    }

    @Override
    public Optional<TrainerNote> trainerNote(MessageEntry entry, Locale locale) {
        String key = entry.message().key();
        String messageId = entry.message().messageId();
        if (!key.startsWith(DEMO_ID + "/") || messageId == null || messageId.isEmpty()) {
            return Optional.empty();
        }
        DemoScenarios scenarios = trainerNotes.computeIfAbsent(DemoScenarios.LANGUAGES.contains(locale.getLanguage())
                ? locale.getLanguage() : "en", DemoScenarios::load);
        String id = messageId.startsWith("<") ? messageId : "<" + messageId + ">";
        return scenarios.label(id).filter(DemoScenarios.Label::attack).flatMap(l -> scenarios.scenarioOf(id))
                .map(s -> new TrainerNote(s.id(), s.title(), s.what(), s.look()));
    }

    @Override
    public Optional<MailboxSnapshot> rememberedThreads(MailboxSource source) {
        return threadLists.load(source);
    }

    @Override
    public MailboxSnapshot threads(MailboxSource source, Progress progress, CancelToken cancel) {
        progress.update("load", 0, -1);
        // the list the cache's writer left (sync, scan), or the envelopes threaded now (and that list stored)
        List<ThreadListing.Row> listing = ThreadListing.current(cache, source.account());
        cancel.check();
        List<ThreadSummary> rows = new ArrayList<>(listing.size());
        Set<String> folders = newFolderSet();
        for (ThreadListing.Row r : listing) {
            ThreadSummary row = new ThreadSummary(r.id(), r.subject(), r.participants(), r.lastArrival(),
                    r.messageCount(), null, 0, new HashSet<>(r.folders()));
            rows.add(row);
            folders.addAll(r.folders());
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
        progress.update("load", 0, -1);
        long generation = cache.generation(source.account());
        List<MailMessage> messages = cache.loadAll(source.account());
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
        List<MailThread> threads = new Threader().thread(messages);
        ThreadListing.store(cache, source.account(), generation, threads);
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
        return cache.safeMessageKeys();
    }

    private static ThreadSummary summarize(MailThread t, Map<String, Verdict> verdicts, Set<String> safe) {
        Level level = verdicts == null ? null : Level.CONSISTENT;
        int score = 0;
        for (MailMessage m : t.messages()) {
            Verdict v = verdicts == null ? null : verdicts.get(m.key());
            if (v != null && !safe.contains(m.key())) {
                if (v.level().compareTo(level) > 0) {
                    level = v.level();
                }
                score = Math.max(score, v.score());
            }
        }
        ThreadListing.Row r = ThreadListing.row(t);
        return new ThreadSummary(r.id(), r.subject(), r.participants(), r.lastArrival(), r.messageCount(), level,
                score, new HashSet<>(r.folders()));
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
        if (source.isCacheOnly()) {
            state.putSource(source); // remembered, so that its removal is too
        }
        state.removeSource(source.id());
    }
}
