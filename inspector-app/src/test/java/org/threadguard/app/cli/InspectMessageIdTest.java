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
}
