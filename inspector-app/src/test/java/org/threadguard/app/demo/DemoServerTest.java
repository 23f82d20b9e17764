package org.threadguard.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.sync.ImapSync;
import org.threadguard.imap.sync.SyncOptions;
import org.threadguard.imap.sync.SyncResult;

class DemoServerTest {
    @TempDir
    Path tmp;

    @Test
    void demoMailboxSyncsThroughImapWithItsBytesUnchanged() {
        List<DemoResources.DemoFile> inbox = DemoResources.folder("INBOX");
        List<DemoResources.DemoFile> sent = DemoResources.folder("Sent");
        try (DemoServer server = DemoServer.start();
                SqliteMessageCache cache = SqliteMessageCache.open(tmp.resolve("c.db"))) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.messageCount()).isEqualTo(inbox.size() + sent.size()).isGreaterThanOrEqualTo(200);
            SyncResult r = new ImapSync(new ImapConnector(), cache).sync(server.account(),
                    new PasswordAuthenticator(server.password().toCharArray()), SyncOptions.defaults(), null, null);
            assertThat(r.folders()).extracting(SyncResult.FolderResult::folder).containsExactly("INBOX", "Sent");
            assertThat(r.added()).isEqualTo(server.messageCount());
            List<MailMessage> all = cache.loadAll("demo");
            // UIDs are assigned in load order, so the n-th file has UID n
            MailMessage first = all.stream().filter(m -> m.folder().equals("INBOX") && m.key().endsWith(":1"))
                    .findFirst().orElseThrow();
            assertThat(cache.raw(first.key()).orElseThrow()).isEqualTo(inbox.get(0).raw());
            MailMessage lastSent = all.stream().filter(m -> m.folder().equals("Sent")
                    && m.key().endsWith(":" + sent.size())).findFirst().orElseThrow();
            assertThat(cache.raw(lastSent.key()).orElseThrow()).isEqualTo(sent.get(sent.size() - 1).raw());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
