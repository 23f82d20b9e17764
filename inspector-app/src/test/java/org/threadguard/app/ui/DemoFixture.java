package org.threadguard.app.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.ThreadListStore;
import org.threadguard.imap.account.AccountStore;
import org.threadguard.imap.account.CredentialStore;
import org.threadguard.imap.account.CredentialStoreException;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnector;

/**
 * A cache, state, account list and service in a temporary directory, for ViewModel and UI tests.
 * The keyring is a fake in memory (never the real system keyring), unavailable unless
 * {@link #keyringAvailable} is set.
 */
public final class DemoFixture implements AutoCloseable {
    public final SqliteMessageCache cache;
    public final InspectorState state;
    public final CacheMailboxService service;
    public final Path dir;
    public final FakeKeyring keyring = new FakeKeyring();
    public volatile boolean keyringAvailable;

    public DemoFixture(Path dir) {
        this(dir, new ImapConnector());
    }

    public DemoFixture(Path dir, ImapConnector connector) {
        this.dir = dir;
        this.cache = SqliteMessageCache.open(dir.resolve("cache.db"));
        this.state = InspectorState.load(dir.resolve("inspector.properties"));
        this.service = new CacheMailboxService(cache, state, new ThreadListStore(dir.resolve("thread-lists")),
                AccountStore.inDirectory(dir), () -> {
                    if (!keyringAvailable) {
                        throw new CredentialStoreException("No keyring in this test.", true, null);
                    }
                    return keyring;
                }, connector);
    }

    @Override
    public void close() {
        cache.close();
    }

    /** A keyring in memory. */
    public static final class FakeKeyring implements CredentialStore {
        public final Map<String, char[]> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<char[]> password(ImapAccount account) {
            char[] p = entries.get(account.name());
            return Optional.ofNullable(p == null ? null : p.clone());
        }

        @Override
        public void store(ImapAccount account, char[] password) {
            entries.put(account.name(), password.clone());
        }

        @Override
        public void delete(ImapAccount account) {
            entries.remove(account.name());
        }

        @Override
        public String describe() {
            return "test keyring";
        }
    }
}
