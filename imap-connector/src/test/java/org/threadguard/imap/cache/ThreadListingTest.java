package org.threadguard.imap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.thread.Threader;

class ThreadListingTest {
    @TempDir
    Path dir;

    @Test
    void theStoredListIsTheListOfTheFullMessagesThreaded() throws Exception {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            putFixtureThreads(cache, "fx");
            List<ThreadListing.Row> expected = ThreadListing.rows(new Threader().thread(cache.loadAll("fx")));
            assertThat(expected).hasSizeGreaterThan(30);
            assertThat(cache.threadList("fx")).isEmpty();

            ThreadListing.current(cache, "fx");

            byte[] stored = cache.threadList("fx").orElseThrow();
            assertThat(ThreadListing.decode(stored)).contains(expected);
            assertThat(ThreadListing.current(cache, "fx")).isEqualTo(expected);
        }
    }

    @Test
    void anyChangeToTheAccountsMessagesMakesTheStoredListStale() throws Exception {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            List<StoredMessage> all = SqliteMessageCacheTest.all("me");
            cache.putAll(all.subList(0, 3));
            ThreadListing.refresh(cache, "me");
            assertThat(cache.threadList("me")).isPresent();

            // the same messages again: nothing added, the list stays current
            cache.putAll(all.subList(0, 3));
            assertThat(cache.threadList("me")).isPresent();
            // another account's mail does not touch this one's list
            cache.putAll(List.of(SqliteMessageCacheTest.stored("other", "INBOX", "outlook-reply.eml")));
            assertThat(cache.threadList("me")).isPresent();

            cache.putAll(all.subList(3, all.size()));
            assertThat(cache.threadList("me")).as("after an insert").isEmpty();
            assertThat(ThreadListing.current(cache, "me")).extracting(ThreadListing.Row::messageCount)
                    .containsOnly(1).hasSize(all.size());
            assertThat(cache.threadList("me")).isPresent();

            cache.remove("me", "INBOX", List.of("no-such-key"));
            assertThat(cache.threadList("me")).as("nothing removed").isPresent();
            cache.remove("me", "INBOX", List.of(all.get(0).sourceKey()));
            assertThat(cache.threadList("me")).as("after an expunge").isEmpty();
            assertThat(ThreadListing.current(cache, "me")).hasSize(all.size() - 1);

            cache.removeFolder("me", "INBOX");
            assertThat(cache.threadList("me")).as("after a folder reset").isEmpty();
            assertThat(ThreadListing.current(cache, "me")).isEmpty();
        }
    }

    @Test
    void aListBuiltFromMessagesThatChangedMeanwhileIsNotKept() throws Exception {
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("c.db"))) {
            List<StoredMessage> all = SqliteMessageCacheTest.all("me");
            cache.putAll(all.subList(0, 2));
            long before = cache.generation("me");
            List<ThreadListing.Row> old = ThreadListing.rows(new Threader().thread(cache.loadAll("me")));
            cache.putAll(all.subList(2, all.size())); // a sync writes while the list was being built

            assertThat(cache.putThreadList("me", before, ThreadListing.encode(old))).isFalse();
            assertThat(cache.threadList("me")).isEmpty();
            assertThat(ThreadListing.current(cache, "me")).hasSize(all.size());
        }
    }

    @Test
    void aDamagedOrForeignStoredListIsRebuilt() throws Exception {
        Path file = dir.resolve("c.db");
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            cache.putAll(SqliteMessageCacheTest.all("me"));
            ThreadListing.refresh(cache, "me");
        }
        byte[] good;
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            good = cache.threadList("me").orElseThrow();
        }
        for (String damage : List.of("X'63'", "substr(data, 1, 40)", "X''")) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("UPDATE thread_lists SET data=" + damage + " WHERE account='me'");
            }
            try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
                assertThat(ThreadListing.decode(cache.threadList("me").orElseThrow())).as(damage).isEmpty();
                assertThat(ThreadListing.current(cache, "me")).as(damage)
                        .isEqualTo(ThreadListing.decode(good).orElseThrow());
                assertThat(cache.threadList("me")).hasValueSatisfying(b -> assertThat(Arrays.equals(b, good)).isTrue());
            }
        }
    }

    @Test
    void aVersionThreeCacheGetsItsListOnFirstRead() throws Exception {
        Path file = dir.resolve("v3.db");
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            cache.putAll(SqliteMessageCacheTest.all("me"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE thread_lists");
            s.execute("DROP TABLE account_generation");
            s.execute("PRAGMA user_version=3");
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(file)) {
            assertThat(cache.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
            assertThat(cache.generation("me")).isZero();
            assertThat(cache.threadList("me")).isEmpty();
            assertThat(ThreadListing.current(cache, "me")).hasSize(SqliteMessageCacheTest.FIXTURES.size());
            assertThat(cache.threadList("me")).isPresent();
        }
    }

    @Test
    void aCacheThatCannotStoreTheListStillGivesIt() throws Exception {
        try (SqliteMessageCache real = SqliteMessageCache.open(dir.resolve("c.db"))) {
            real.putAll(SqliteMessageCacheTest.all("me"));
            // the same cache, refusing writes of the list (a read-only file, a full disk)
            MessageCache refusing = (MessageCache) java.lang.reflect.Proxy.newProxyInstance(
                    MessageCache.class.getClassLoader(), new Class<?>[] {MessageCache.class}, (proxy, method, args) -> {
                        if (method.getName().equals("putThreadList")) {
                            throw new CacheException("attempt to write a readonly database", null);
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            assertThat(ThreadListing.current(refusing, "me")).hasSize(SqliteMessageCacheTest.FIXTURES.size());
            assertThat(real.threadList("me")).isEmpty();
        }
    }

    @Test
    void longIdsAndSubjectsSurviveAndOddFoldersAreShared() {
        String longId = "<" + "x".repeat(70_000) + "@example.org>";
        List<ThreadListing.Row> rows = List.of(
                new ThreadListing.Row(longId, "Re: " + "ü".repeat(30_000), List.of("Ana Ruiz", "b@example.org"),
                        null, 2, List.of("INBOX", "Gesendete Elemente")),
                new ThreadListing.Row("<t2@x>", "", List.of(), java.time.Instant.ofEpochMilli(1_700_000_000_000L), 1,
                        List.of("Gesendete Elemente")));
        List<ThreadListing.Row> back = ThreadListing.decode(ThreadListing.encode(rows)).orElseThrow();
        assertThat(back.get(0).id()).isEqualTo(longId);
        assertThat(back.get(0).subject()).hasSize(2000).startsWith("Re: ü");
        assertThat(back.get(0).participants()).containsExactly("Ana Ruiz", "b@example.org");
        assertThat(back.get(1)).isEqualTo(rows.get(1));
        assertThat(back.get(0).folders()).containsExactly("INBOX", "Gesendete Elemente");
    }

    private static void putFixtureThreads(SqliteMessageCache cache, String account) throws IOException, URISyntaxException {
        Path root = Path.of(ThreadListingTest.class.getResource("/fixtures/threads").toURI());
        List<StoredMessage> stored = EnvelopeTest.storedMessages(root, account);
        cache.putAll(stored);
    }
}
