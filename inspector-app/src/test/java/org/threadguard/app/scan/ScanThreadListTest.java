package org.threadguard.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.cache.ThreadListing;
import org.threadguard.imap.importer.ImportListener;

/** A scan leaves the account's thread list in the cache (ADR 0007), current for what it analysed. */
class ScanThreadListTest {
    @TempDir
    Path tmp;

    private static void eml(Path dir, String name, String id, String inReplyTo, String subject) throws Exception {
        Path f = dir.resolve("INBOX").resolve(name);
        Files.createDirectories(f.getParent());
        String refs = inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\n";
        Files.writeString(f, "From: Ana Ruiz <ana@example.org>\r\nTo: me@example.com\r\nSubject: " + subject
                + "\r\nDate: Mon, 3 Mar 2025 09:0" + name.charAt(0) + ":00 +0100\r\nMessage-ID: " + id + "\r\n" + refs
                + "\r\nText " + name + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void aScanStoresTheThreadListAndTheNextChangeMakesItStale() throws Exception {
        Path box = tmp.resolve("box");
        eml(box, "1.eml", "<a@x>", null, "Offer");
        eml(box, "2.eml", "<b@x>", "<a@x>", "Re: Offer");
        eml(box, "3.eml", "<c@x>", null, "Other");
        try (SqliteMessageCache cache = SqliteMessageCache.open(tmp.resolve("c.db"))) {
            ScanService s = new ScanService(cache);
            String account = ScanService.accountFor(box);
            s.importLocal(box, account, new ImportListener() {
            });
            assertThat(cache.threadList(account)).as("an import alone").isEmpty();

            s.analyze(account, Set.of());

            assertThat(cache.threadList(account)).isPresent();
            assertThat(ThreadListing.current(cache, account))
                    .isEqualTo(ThreadListing.rows(new Threader().thread(cache.loadAll(account))))
                    .extracting(ThreadListing.Row::messageCount).containsExactlyInAnyOrder(2, 1);

            eml(box, "4.eml", "<d@x>", "<c@x>", "Re: Other");
            s.importLocal(box, account, new ImportListener() {
            });
            assertThat(cache.threadList(account)).as("after new mail").isEmpty();
            s.analyze(account, Set.of());
            assertThat(ThreadListing.current(cache, account)).extracting(ThreadListing.Row::messageCount)
                    .containsExactlyInAnyOrder(2, 2);
        }
    }
}
