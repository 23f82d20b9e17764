package org.threadguard.imap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowlistStoreTest {
    @TempDir
    Path tmp;

    @Test
    void entriesAreAddedListedRemovedAndKeptAcrossOpens() {
        Path f = tmp.resolve("c.db");
        try (SqliteMessageCache c = SqliteMessageCache.open(f)) {
            c.addAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "Petra@Example.test", "Files.example");
            c.addAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "petra@example.test", "files.example"); // duplicate
            c.addAllowlistEntry(AllowlistEntry.Kind.ATTACHMENT_TYPE, "petra@example.test", "zip");
            assertThat(c.allowlistEntries()).hasSize(2);
            assertThat(c.allowlist().allowsLink("petra@example.test", "files.example")).isTrue();
            assertThat(c.allowlist().allowsAttachment("PETRA@example.test", "zip")).isTrue();
            assertThat(c.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
        }
        try (SqliteMessageCache c = SqliteMessageCache.open(f)) {
            assertThat(c.allowlistEntries()).extracting(AllowlistEntry::value).containsExactlyInAnyOrder("files.example",
                    "zip");
            c.removeAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "petra@example.test", "files.example");
            assertThat(c.allowlist().allowsLink("petra@example.test", "files.example")).isFalse();
            assertThat(c.allowlistEntries()).singleElement().extracting(AllowlistEntry::kind)
                    .isEqualTo(AllowlistEntry.Kind.ATTACHMENT_TYPE);
        }
    }

    @Test
    void aVersionOneCacheGainsTheAllowlistAndKeepsItsSafeMarks() throws Exception {
        Path f = tmp.resolve("v1.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f);
                java.sql.Statement s = c.createStatement()) {
            for (String sql : SqliteMessageCache.MIGRATIONS.get(0).sql()) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version=1");
            s.execute("INSERT INTO safe_marks(msg_key, note, created) VALUES('a/INBOX/1', 'fine', 1)");
        }
        try (SqliteMessageCache c = SqliteMessageCache.open(f)) {
            assertThat(c.pragma("user_version")).isEqualTo(String.valueOf(SqliteMessageCache.schemaVersion()));
            assertThat(c.isMarkedSafe("a/INBOX/1")).isTrue();
            assertThat(c.allowlistEntries()).isEmpty();
        }
    }
}
