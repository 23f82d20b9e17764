package org.threadguard.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.MailThread;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.ui.InspectorApp;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.report.SmtpPasswords;
import org.threadguard.app.ui.service.ThreadListStore;
import org.threadguard.imap.cache.SqliteMessageCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadguard inspect}: the inspector window (also what {@code threadguard} without arguments opens). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Opens the inspector window: the thread list with risk badges and, for each reply, the "
                + "evidence side by side.", "Without options it opens the last mailbox, or the start screen on first run."})
public final class InspectCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Open the built-in demo mailbox directly.")
    boolean demo;

    @Option(names = "--cache", paramLabel = "FILE", description = "The SQLite cache file (default: ${DEFAULT-VALUE}).")
    Path cache = DataDirectory.defaultCache();

    @Option(names = "--message-id", paramLabel = "ID",
            description = "Open on the thread of this message (what the Thunderbird add-on's \"Open in Threadguard\" "
                    + "asks for), when the cache has it.")
    String messageId;

    @Override
    public Integer call() {
        Path dataDir = DataDirectory.get();
        Path threadLists = cache.equals(DataDirectory.defaultCache()) ? dataDir.resolve("thread-lists")
                : cache.toAbsolutePath().resolveSibling(cache.getFileName() + ".thread-lists");
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            InspectorState state = InspectorState.load(dataDir.resolve("inspector.properties"));
            CacheMailboxService service = new CacheMailboxService(store, state, new ThreadListStore(threadLists));
            if (messageId != null && !messageId.isBlank()) {
                rememberThreadOf(store, state, service.sources(), messageId.strip());
            }
            InspectorApp.launch(new InspectorApp.Config(service, SmtpPasswords.reportService(dataDir, store,
                    service.imapLocator()), state, demo));
        }
        return ThreadguardCommand.EXIT_OK;
    }

    /**
     * Points the remembered view (source, folder, thread) at the thread holding the message, so the
     * window opens on it. A message the cache does not have opens the last view, and says so.
     */
    static boolean rememberThreadOf(MessageCache store, InspectorState state, String id) {
        return rememberThreadOf(store, state, state.sources(), id);
    }

    /** {@link #rememberThreadOf(MessageCache, InspectorState, String)} among the given mailboxes. */
    static boolean rememberThreadOf(MessageCache store, InspectorState state, List<MailboxSource> sources, String id) {
        String wanted = id.startsWith("<") ? id : "<" + id + ">";
        List<MailMessage> hits = store.findByMessageId(wanted);
        if (hits.isEmpty()) {
            System.err.println("threadguard: " + wanted + " is not in Threadguard's cache yet; opening the last view");
            return false;
        }
        MailMessage message = hits.get(0);
        String key = message.key();
        for (MailboxSource source : sources) {
            if (!key.startsWith(source.account() + "/")) {
                continue;
            }
            Optional<MailThread> thread = new Threader().thread(store.loadAll(source.account())).stream()
                    .filter(t -> t.messages().stream().anyMatch(m -> m.messageId().equals(wanted)))
                    .findFirst();
            if (thread.isPresent()) {
                state.put(InspectorState.LAST_SOURCE, source.id());
                state.put(InspectorState.LAST_FOLDER, null);
                state.put(InspectorState.LAST_THREAD, thread.get().id());
                return true;
            }
        }
        System.err.println("threadguard: " + wanted + " belongs to no mailbox opened in the inspector; opening the last view");
        return false;
    }
}
