package org.threadguard.imap.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.parse.MimeParser;

class SqliteMessageCacheTest {
    static final List<String> FIXTURES = List.of("alternative-utf8.eml", "latin1-mislabelled.eml",
            "outlook-reply.eml", "malformed.eml", "bad-base64.eml", "no-message-id-lf.eml");

    @TempDir
    Path dir;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SqliteMessageCacheTest.class.getResourceAsStream("/eml/" + name)) {
            return in.readAllBytes();
        }
    }

    static StoredMessage stored(String account, String folder, String name) throws IOException {
        byte[] raw = fixture(name);
        MailMessage m = MimeParser.parse(raw, StoredMessage.keyOf(account, folder, name), folder);
        return new StoredMessage(account, folder, name, m, raw);
    }

    static List<StoredMessage> all(String account) throws IOException {
        List<StoredMessage> out = new ArrayList<>();
        for (String f : FIXTURES) {
            out.add(stored(account, "INBOX", f));
        }
        return out;
    }

    @Test
    void storesLoadsAndReimportAddsNothing() throws IOException {
        Path file = dir.resolve("nested/dirs/cache.db");
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.putAll(all("me"))).isEqualTo(FIXTURES.size());
            assertThat(cache.putAll(all("me"))).isZero();
            assertThat(cache.count()).isEqualTo(FIXTURES.size());
            assertThat(cache.contains("me", "INBOX", "malformed.eml")).isTrue();
            assertThat(cache.contains("me", "Sent", "malformed.eml")).isFalse();
            assertThat(cache.loadAll("me")).hasSize(FIXTURES.size());
            assertThat(cache.loadAll("other")).isEmpty();
            assertThat(cache.raw("me/INBOX/outlook-reply.eml")).hasValueSatisfying(
                    r -> assertThat(r).isEqualTo(fixtureUnchecked("outlook-reply.eml")));
            assertThat(cache.findByMessageId("<BN6PR1@corp.example>")).extracting(MailMessage::key)
                    .containsExactly("me/INBOX/outlook-reply.eml");
        }
        try (SqliteMessageCache reopened = SqliteMessageCache.open(file)) {
            assertThat(reopened.count()).isEqualTo(FIXTURES.size());
            assertThat(reopened.putAll(all("me"))).isZero();
        }
    }

    @Test
    void failingBatchLeavesNoPartialRows() throws IOException {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            List<StoredMessage> batch = new ArrayList<>(all("me"));
            StoredMessage good = batch.get(0);
            // Violates the cache invariant (model key == keyOf(account, folder, sourceKey)) mid-batch.
            batch.add(3, new StoredMessage("me", "INBOX", "x.eml", good.message(), good.raw()));
            assertThatThrownBy(() -> cache.putAll(batch)).isInstanceOf(CacheException.class);
            assertThat(cache.count()).isZero();
            assertThat(cache.putAll(all("me"))).isEqualTo(FIXTURES.size());
        }
    }

    @Test
    void walModeAndSchemaVersion() {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            assertThat(cache.pragma("journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(cache.pragma("synchronous")).isEqualTo("1");
            assertThat(cache.pragma("foreign_keys")).isEqualTo("1");
            assertThat(cache.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
        }
    }

    @Test
    void migratesFromVersionZeroAndRefusesNewerSchemas() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unrelated(x)");
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isZero();
            }
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
            assertThat(cache.putAll(List.of(stored("me", "INBOX", "malformed.eml")))).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        assertThatThrownBy(() -> SqliteMessageCache.open(file)).isInstanceOf(CacheException.class)
                .hasRootCauseMessage("Cache schema version 99 is newer than this program (" + SqliteMessageCache.schemaVersion() + ")");
    }

    @Test
    void folderStateRemovalAndSafeMarks() throws IOException {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            cache.putAll(all("me"));
            cache.putAll(List.of(stored("me", "Sent", "alternative-utf8.eml")));
            assertThat(cache.folderState("me", "INBOX")).isEmpty();
            cache.putFolderState(new FolderState("me", "INBOX", 42, 100, 7));
            cache.putFolderState(new FolderState("me", "INBOX", 42, 101, 9));
            assertThat(cache.folderState("me", "INBOX")).hasValue(new FolderState("me", "INBOX", 42, 101, 9));

            assertThat(cache.remove("me", "INBOX", List.of("malformed.eml", "nope.eml"))).isEqualTo(1);
            assertThat(cache.count()).isEqualTo(FIXTURES.size());
            cache.removeFolder("me", "INBOX");
            assertThat(cache.count()).isEqualTo(1);
            assertThat(cache.folderState("me", "INBOX")).isEmpty();
            assertThat(cache.findByMessageId("<CAB123.456@mail.example.org>")).extracting(MailMessage::folder)
                    .containsExactly("Sent");

            cache.markSafe("me/Sent/alternative-utf8.eml", "known sender");
            cache.markSafe("me/INBOX/x", "");
            assertThat(cache.isMarkedSafe("me/Sent/alternative-utf8.eml")).isTrue();
            assertThat(cache.safeMarks()).extracting(SafeMark::messageKey)
                    .containsExactlyInAnyOrder("me/Sent/alternative-utf8.eml", "me/INBOX/x");
            cache.unmarkSafe("me/INBOX/x");
            assertThat(cache.isMarkedSafe("me/INBOX/x")).isFalse();
            assertThat(cache.safeMarks()).singleElement().satisfies(s -> assertThat(s.note()).isEqualTo("known sender"));
        }
    }

    private static byte[] fixtureUnchecked(String name) {
        try {
            return fixture(name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
