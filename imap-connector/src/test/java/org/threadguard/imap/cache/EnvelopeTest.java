package org.threadguard.imap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.MailThread;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.parse.MimeParser;

class EnvelopeTest {
    @TempDir
    Path dir;

    @Test
    void storedEnvelopesEqualThoseOfTheParsedMessages() throws IOException {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            List<StoredMessage> all = SqliteMessageCacheTest.all("me");
            cache.putAll(all);
            cache.putAll(List.of(SqliteMessageCacheTest.stored("other", "INBOX", "outlook-reply.eml")));
            List<Envelope> expected = all.stream().map(s -> Envelope.of(s.message())).toList();
            assertThat(cache.envelopes("me")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(cache.envelopes("other")).singleElement().satisfies(e -> {
                assertThat(e.threadIndex()).isNotNull();
                assertThat(e.key()).isEqualTo("other/INBOX/outlook-reply.eml");
            });
            assertThat(cache.envelopes("nobody")).isEmpty();
        }
    }

    @Test
    void removingMessagesRemovesTheirEnvelopes() throws IOException {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            cache.putAll(SqliteMessageCacheTest.all("me"));
            cache.putAll(List.of(SqliteMessageCacheTest.stored("me", "Sent", "alternative-utf8.eml")));
            cache.remove("me", "INBOX", List.of("malformed.eml"));
            assertThat(cache.envelopes("me")).extracting(Envelope::key).doesNotContain("me/INBOX/malformed.eml")
                    .hasSize(SqliteMessageCacheTest.FIXTURES.size());
            cache.removeFolder("me", "INBOX");
            assertThat(cache.envelopes("me")).extracting(Envelope::key).containsExactly("me/Sent/alternative-utf8.eml");
            assertThat(cache.pragma("foreign_key_check")).isEmpty();
        }
    }

    @Test
    void aVersionTwoCacheIsBackfilledOnOpenEvenFromAnOlderParsedForm() throws Exception {
        Path file = dir.resolve("v2.db");
        List<StoredMessage> all = SqliteMessageCacheTest.all("me");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 0; v < 2; v++) {
                for (String sql : SqliteMessageCache.MIGRATIONS.get(v).sql()) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version=2");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages(account, folder, source_key, msg_key,"
                    + " message_id, date, raw, parsed) VALUES(?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < all.size(); i++) {
                    StoredMessage m = all.get(i);
                    ps.setString(1, m.account());
                    ps.setString(2, m.folder());
                    ps.setString(3, m.sourceKey());
                    ps.setString(4, m.message().key());
                    ps.setString(5, m.message().messageId());
                    ps.setNull(6, java.sql.Types.INTEGER);
                    ps.setBytes(7, m.raw());
                    // the first one in a parsed form this program does not know: rebuilt from the raw bytes
                    ps.setBytes(8, i == 0 ? new byte[] {99} : MessageCodec.encode(m.message()));
                    ps.executeUpdate();
                }
            }
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
            assertThat(cache.envelopes("me")).containsExactlyInAnyOrderElementsOf(
                    all.stream().map(s -> Envelope.of(s.message())).toList());
        }
    }

    @Test
    void messagesStoredWithoutAnEnvelopeGetOneWhenListed() throws Exception {
        Path file = dir.resolve("c.db");
        List<StoredMessage> all = SqliteMessageCacheTest.all("me");
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            cache.putAll(all);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM envelopes WHERE msg_key LIKE '%malformed%' OR msg_key LIKE '%outlook%'");
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.envelopes("me")).containsExactlyInAnyOrderElementsOf(
                    all.stream().map(s -> Envelope.of(s.message())).toList());
        }
    }

    @Test
    void envelopesOfAnotherFormatAreRebuilt() throws Exception {
        Path file = dir.resolve("c.db");
        List<StoredMessage> all = SqliteMessageCacheTest.all("me");
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            cache.putAll(all);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE envelopes SET envelope=X'63' WHERE msg_key LIKE '%outlook%'");
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.envelopes("me")).containsExactlyInAnyOrderElementsOf(
                    all.stream().map(s -> Envelope.of(s.message())).toList());
        }
    }

    @Test
    void threadingTheEnvelopesGivesTheThreadsOfTheFullMessages() throws IOException, URISyntaxException {
        Path fixtures = Path.of(EnvelopeTest.class.getResource("/fixtures/threads").toURI());
        assertThreadingAgrees(fixtures, 300);
    }

    /** The shared real-mail corpus (never in the repository), when present: thousands of real threads. */
    @Test
    @Tag("corpus")
    void threadingTheEnvelopesOfTheRealCorpusGivesTheSameThreads() throws IOException {
        Path corpus = Path.of(System.getProperty("threadguard.corpus", "/work/shared/corpus/mailboxes"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present");
        assertThreadingAgrees(corpus, 1000);
    }

    /** Every .eml under {@code root}, parsed, as the account's messages (the folder is the parent directory's name). */
    static List<StoredMessage> storedMessages(Path root, String account) throws IOException {
        List<StoredMessage> stored = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                byte[] raw = Files.readAllBytes(f);
                String folder = f.getParent().getFileName().toString();
                String sourceKey = root.relativize(f).toString();
                String key = StoredMessage.keyOf(account, folder, sourceKey);
                stored.add(new StoredMessage(account, folder, sourceKey, MimeParser.parse(raw, key, folder), raw));
            }
        }
        return stored;
    }

    private void assertThreadingAgrees(Path root, int atLeast) throws IOException {
        List<StoredMessage> stored = storedMessages(root, "fx");
        assertThat(stored).hasSizeGreaterThanOrEqualTo(atLeast);
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("t.db"))) {
            for (int i = 0; i < stored.size(); i += 500) {
                cache.putAll(stored.subList(i, Math.min(stored.size(), i + 500)));
            }
            Map<String, String> full = shape(new Threader().thread(cache.loadAll("fx")));
            Map<String, String> light = shape(new Threader().thread(
                    cache.envelopes("fx").stream().map(Envelope::toLightMessage).toList()));
            assertThat(light).hasSize(full.size()).isEqualTo(full);
        }
    }

    /** Per thread id: its messages in order, each with its parent and link. */
    private static Map<String, String> shape(List<MailThread> threads) {
        Map<String, String> out = new TreeMap<>();
        for (MailThread t : threads) {
            StringBuilder sb = new StringBuilder();
            for (MailMessage m : t.messages()) {
                sb.append(m.key()).append(" <- ").append(t.parentOf(m).map(MailMessage::key).orElse("-")).append(' ')
                        .append(t.linkOf(m)).append('\n');
            }
            out.put(t.id(), sb.toString());
        }
        return out;
    }
}
