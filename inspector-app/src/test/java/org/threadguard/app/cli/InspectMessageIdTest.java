package org.threadguard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.importer.LocalImporter;

/** {@code inspect --message-id}: the window opens on the thread of the message the add-on asks for. */
class InspectMessageIdTest {
    private static final String ATTACK = "003a01dc32ac$a64b7900$928927ff$@nordhafen-spedition.example";

    @Test
    void pointsTheRememberedViewAtTheThreadOfTheMessage(@TempDir Path dir) throws Exception {
        Path mailbox = Path.of(Objects.requireNonNull(
                InspectMessageIdTest.class.getResource("/org/threadguard/app/demo/mailbox")).toURI());
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("cache.db"))) {
            new LocalImporter().importPath(mailbox, "local:demo", cache, ImportListener.NONE);
            InspectorState state = InspectorState.inMemory();
            state.putSource(new MailboxSource("src-1", MailboxSource.Kind.LOCAL, "Demo files", "local:demo",
                    mailbox.toString()));
            state.put(InspectorState.LAST_THREAD, "<something-else@example.test>");

            assertThat(InspectCommand.rememberThreadOf(cache, state, ATTACK)).isTrue();

            assertThat(state.get(InspectorState.LAST_SOURCE)).contains("src-1");
            String thread = state.get(InspectorState.LAST_THREAD).orElseThrow();
            assertThat(thread).isNotEqualTo("<something-else@example.test>");
            assertThat(cache.findByMessageId(thread)).isNotEmpty(); // the root of the attacked conversation
            assertThat(InspectCommand.rememberThreadOf(cache, state, "<not-there@example.test>")).isFalse();
            assertThat(state.get(InspectorState.LAST_THREAD)).contains(thread);
        }
    }

    @Test
    void aMailboxThatOnlyTheCacheKnowsIsListedAndOpened(@TempDir Path dir) throws Exception {
        // what a helpdesk does: `scan --source DIR --cache FILE`, then `inspect --cache FILE --message-id ID`
        Path mailbox = Path.of(Objects.requireNonNull(
                InspectMessageIdTest.class.getResource("/org/threadguard/app/demo/mailbox")).toURI());
        String account = org.threadguard.app.scan.ScanService.accountFor(dir.resolve("Suspicious export"));
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("cache.db"))) {
            new LocalImporter().importPath(mailbox, account, cache, ImportListener.NONE);
            InspectorState state = InspectorState.inMemory();
            state.putSource(new MailboxSource("other", MailboxSource.Kind.LOCAL, "Elsewhere", "local:elsewhere", "/x"));
            var service = new org.threadguard.app.ui.service.CacheMailboxService(cache, state,
                    new org.threadguard.app.ui.service.ThreadListStore(dir.resolve("lists")));

            java.util.List<MailboxSource> sources = service.sources();
            assertThat(sources).extracting(MailboxSource::account).containsExactly("local:elsewhere", account);
            MailboxSource cached = sources.get(1);
            assertThat(cached.displayName()).isEqualTo("Suspicious export");
            assertThat(cached.location()).isEmpty();
            // nothing to read again: its mail is the cache's
            service.sync(cached, org.threadguard.app.ui.common.tasks.Progress.NONE, org.threadguard.app.ui.common.tasks.CancelToken.none());
            assertThat(cache.loadAll(account)).hasSize(210);

            assertThat(InspectCommand.rememberThreadOf(cache, state, sources, ATTACK)).isTrue();
            assertThat(state.get(InspectorState.LAST_SOURCE)).contains(account);

            // removed by the user: it stays away, its mail stays in the cache
            service.removeSource(cached);
            assertThat(service.sources()).extracting(MailboxSource::account).containsExactly("local:elsewhere");
            assertThat(cache.loadAll(account)).hasSize(210);
        }
    }
}
