package org.threadguard.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.ui.InspectorApp;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.InspectorState;
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

    @Override
    public Integer call() {
        Path dataDir = DataDirectory.get();
        Path threadLists = cache.equals(DataDirectory.defaultCache()) ? dataDir.resolve("thread-lists")
                : cache.toAbsolutePath().resolveSibling(cache.getFileName() + ".thread-lists");
        try (SqliteMessageCache store = SqliteMessageCache.open(cache)) {
            InspectorState state = InspectorState.load(dataDir.resolve("inspector.properties"));
            CacheMailboxService service = new CacheMailboxService(store, state, new ThreadListStore(threadLists));
            InspectorApp.launch(new InspectorApp.Config(service, SmtpPasswords.reportService(dataDir, store,
                    service.imapLocator()), state, demo));
        }
        return ThreadguardCommand.EXIT_OK;
    }
}
