package org.threadguard.app.ui;

import java.nio.file.Path;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.ThreadListStore;
import org.threadguard.imap.cache.SqliteMessageCache;

/** A cache, state and service in a temporary directory, for ViewModel and UI tests. */
public final class DemoFixture implements AutoCloseable {
    public final SqliteMessageCache cache;
    public final InspectorState state;
    public final CacheMailboxService service;
    public final Path dir;

    public DemoFixture(Path dir) {
        this.dir = dir;
        this.cache = SqliteMessageCache.open(dir.resolve("cache.db"));
        this.state = InspectorState.load(dir.resolve("inspector.properties"));
        this.service = new CacheMailboxService(cache, state, new ThreadListStore(dir.resolve("thread-lists")));
    }

    @Override
    public void close() {
        cache.close();
    }
}
