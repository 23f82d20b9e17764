package org.threadguard.imap.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;
import org.threadguard.imap.cache.FolderState;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ConnectionSettings;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.connect.UntrustedCertificateException;

/** Sync against GreenMail in-process (plain IMAP on 127.0.0.1, IMAPS for the certificate cases). */
class ImapSyncTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP, ServerSetupTest.IMAPS}));

    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    Path tmp;

    GreenMailUser user;
    ImapHostManager host;
    ImapAccount account;
    SqliteMessageCache cache;
    ImapSync sync;

    @BeforeEach
    void setUp() throws Exception {
        user = GREENMAIL.setUser("laura@example.test", "laura", PASSWORD);
        host = GREENMAIL.getManagers().getImapHostManager();
        account = new ImapAccount("test", "127.0.0.1", GREENMAIL.getImap().getPort(), Security.PLAIN_LOCALHOST_ONLY,
                "laura");
        cache = SqliteMessageCache.open(tmp.resolve("cache.db"));
        sync = new ImapSync(new ImapConnector(), cache);
    }

    private static MimeMessage mime(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private MailFolder sent() throws Exception {
        MailFolder f = host.getFolder(user, "Sent");
        return f != null ? f : host.createMailbox(user, "Sent");
    }

    private void fill(int threads) throws Exception {
        MailFolder inbox = host.getInbox(user);
        MailFolder sent = sent();
        for (int t = 0; t < threads; t++) {
            inbox.appendMessage(mime(TestMail.message("t" + t, 1, "Mark <mark@example.test>", "laura@example.test")),
                    new Flags(), new Date());
            sent.appendMessage(mime(TestMail.message("t" + t, 2, "Laura <laura@example.test>", "mark@example.test")),
                    new Flags(Flags.Flag.SEEN), new Date());
            inbox.appendMessage(mime(TestMail.message("t" + t, 3, "Mark <mark@example.test>", "laura@example.test")),
                    new Flags(), new Date());
        }
    }

    private SyncResult run(SyncOptions options) throws ImapConnectionException {
        return sync.sync(account, new PasswordAuthenticator(PASSWORD.toCharArray()), options, null, null);
    }

    @Test
    void fullSyncStoresInboxAndSentAndNeverSetsSeen() throws Exception {
        fill(5);
        List<String> progress = new ArrayList<>();
        SyncResult r = sync.sync(account, new PasswordAuthenticator(PASSWORD.toCharArray()),
                SyncOptions.defaults().withBatchSize(3), new SyncListener() {
                    @Override
                    public void progress(String folder, long done, long total) {
                        progress.add(folder + " " + done + "/" + total);
                    }
                }, null);

        assertThat(r.cancelled()).isFalse();
        assertThat(r.folders()).extracting(SyncResult.FolderResult::folder).containsExactly("INBOX", "Sent");
        assertThat(r.added()).isEqualTo(15);
        assertThat(cache.count()).isEqualTo(15);
        assertThat(progress).contains("INBOX 0/10", "INBOX 3/10", "INBOX 10/10", "Sent 5/5");
        for (var m : host.getInbox(user).getMessages()) {
            assertThat(m.getFlags().contains(Flags.Flag.SEEN)).as("\\Seen on INBOX message").isFalse();
        }
        MailFolder inbox = host.getInbox(user);
        FolderState st = cache.folderState("test", "INBOX").orElseThrow();
        assertThat(st.uidValidity()).isEqualTo(inbox.getUidValidity());
        String key = "test/INBOX/" + st.uidValidity() + ":" + inbox.getMessages().get(0).getUid();
        assertThat(cache.raw(key)).isPresent();
        List<MailMessage> all = cache.loadAll("test");
        assertThat(all).extracting(MailMessage::messageId).contains("<t0.2@example.test>", "<t4.3@example.test>");
    }

    @Test
    void manyBatchesOverSeveralWorkersStoreEveryMessageOnce() throws Exception {
        fill(40);
        SyncResult r = run(SyncOptions.defaults().withBatchSize(7));

        assertThat(r.added()).isEqualTo(120);
        long uidValidity = host.getInbox(user).getUidValidity();
        List<String> expected = new ArrayList<>();
        long lastUid = 0;
        for (var m : host.getInbox(user).getMessages()) {
            expected.add(uidValidity + ":" + m.getUid());
            lastUid = Math.max(lastUid, m.getUid());
        }
        assertThat(cache.sourceKeys("test", "INBOX")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(cache.folderState("test", "INBOX").orElseThrow().uidNext()).isGreaterThan(lastUid);
        assertThat(run(SyncOptions.defaults()).added()).isZero();
        assertThat(cache.count()).isEqualTo(120);
    }

    @Test
    void theCacheIsAskedForOnlyOnceLoggedIn() throws Exception {
        fill(1);
        List<String> asked = new ArrayList<>();
        ImapSync lazy = new ImapSync(new ImapConnector(), () -> {
            asked.add("cache");
            return cache;
        });
        assertThatThrownBy(() -> lazy.sync(account, new PasswordAuthenticator("wrong-guess".toCharArray()),
                SyncOptions.defaults(), null, null)).isInstanceOf(ImapConnectionException.class);
        assertThat(asked).isEmpty();

        SyncResult r = lazy.sync(account, new PasswordAuthenticator(PASSWORD.toCharArray()), SyncOptions.defaults(),
                null, null);
        assertThat(r.added()).isEqualTo(3);
        assertThat(asked).containsExactly("cache");
    }

    @Test
    void secondSyncFetchesOnlyNewMessages() throws Exception {
        fill(2);
        assertThat(run(SyncOptions.defaults()).added()).isEqualTo(6);
        assertThat(run(SyncOptions.defaults()).added()).isZero();
        host.getInbox(user).appendMessage(mime(TestMail.message("t9", 1, "A <a@example.test>", "laura@example.test")),
                new Flags(), new Date());
        SyncResult r = run(SyncOptions.defaults());
        assertThat(r.added()).isEqualTo(1);
        assertThat(cache.count()).isEqualTo(7);
    }

    @Test
    void expungedMessagesLeaveTheCache() throws Exception {
        fill(3);
        run(SyncOptions.defaults());
        MailFolder inbox = host.getInbox(user);
        long gone = inbox.getMessages().get(1).getUid();
        inbox.setFlags(new Flags(Flags.Flag.DELETED), true, gone, null, false);
        inbox.expunge();
        SyncResult r = run(SyncOptions.defaults());
        assertThat(r.removed()).isEqualTo(1);
        assertThat(r.added()).isZero();
        assertThat(cache.count()).isEqualTo(8);
        assertThat(cache.sourceKeys("test", "INBOX")).doesNotContain(inbox.getUidValidity() + ":" + gone);
    }

    @Test
    void changedUidValidityRebuildsTheFolder() throws Exception {
        fill(2);
        run(SyncOptions.defaults());
        long before = cache.folderState("test", "Sent").orElseThrow().uidValidity();
        host.deleteMailbox(user, "Sent");
        Thread.sleep(1100); // GreenMail derives UIDVALIDITY from the clock in seconds
        MailFolder sent = host.createMailbox(user, "Sent");
        sent.appendMessage(mime(TestMail.message("new", 1, "Laura <laura@example.test>", "x@example.test")),
                new Flags(), new Date());
        assertThat(sent.getUidValidity()).isNotEqualTo(before);

        SyncResult r = run(SyncOptions.defaults());
        SyncResult.FolderResult sentResult = r.folders().stream().filter(f -> f.folder().equals("Sent")).findFirst()
                .orElseThrow();
        assertThat(sentResult.uidValidityChanged()).isTrue();
        assertThat(cache.sourceKeys("test", "Sent")).containsExactly(sent.getUidValidity() + ":"
                + sent.getMessages().get(0).getUid());
        assertThat(cache.count()).isEqualTo(4 + 1);
    }

    @Test
    void cancelStopsBetweenBatchesAndTheNextSyncResumes() throws Exception {
        fill(4);
        CancellationToken token = new CancellationToken();
        SyncResult r = sync.sync(account, new PasswordAuthenticator(PASSWORD.toCharArray()),
                SyncOptions.defaults().withBatchSize(2), new SyncListener() {
                    @Override
                    public void progress(String folder, long done, long total) {
                        if (done >= 2) {
                            token.cancel();
                        }
                    }
                }, token);
        assertThat(r.cancelled()).isTrue();
        // two batches are stored while the next is fetched: progress for batch 1 arrives once batch 3 is
        // fetched; batches 2 and 3 are committed, then the sync stops
        assertThat(cache.count()).isEqualTo(6);
        assertThat(r.added()).isEqualTo(6);

        SyncResult rest = run(SyncOptions.defaults());
        assertThat(rest.cancelled()).isFalse();
        assertThat(rest.added()).isEqualTo(6);
        assertThat(cache.count()).isEqualTo(12);
    }

    @Test
    void messagesOverTheSizeCapKeepHeadersTextAndAttachmentNames() throws Exception {
        host.getInbox(user).appendMessage(mime(TestMail.withAttachment("big", 200_000)), new Flags(), new Date());
        SyncResult r = run(SyncOptions.defaults().withSizeCap(10_000));
        assertThat(r.folders().get(0).partial()).isEqualTo(1);
        MailMessage m = cache.loadAll("test").get(0);
        assertThat(m.messageId()).isEqualTo("<big@example.test>");
        assertThat(m.bodyText()).contains("Please see the attached report.");
        String raw = new String(cache.raw(m.key()).orElseThrow(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(m.attachments()).extracting(a -> a.fileName()).containsExactly("report.zip");
        assertThat(raw).contains("X-Threadguard-Partial: original size").hasSizeLessThan(10_000);
    }

    @Test
    void wrongPasswordIsAClearAuthenticationErrorWithoutThePassword() {
        assertThatThrownBy(() -> sync.sync(account, new PasswordAuthenticator("wrong-guess".toCharArray()),
                SyncOptions.defaults(), null, null))
                .isInstanceOfSatisfying(ImapConnectionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImapConnectionException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("127.0.0.1").contains("laura").doesNotContain("wrong-guess");
                });
    }

    @Test
    void unreachableHostIsAClearError() throws Exception {
        int closed;
        try (var s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ImapAccount nowhere = new ImapAccount("x", "127.0.0.1", closed, Security.PLAIN_LOCALHOST_ONLY, "laura");
        assertThatThrownBy(() -> new ImapConnector().test(nowhere, new PasswordAuthenticator(PASSWORD.toCharArray())))
                .isInstanceOfSatisfying(ImapConnectionException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImapConnectionException.Kind.UNREACHABLE))
                .hasMessageContaining("Cannot reach 127.0.0.1:" + closed);
    }

    @Test
    void selfSignedCertificateIsRefusedWithItsFingerprintAndAcceptedWhenPinned() throws Exception {
        ImapConnector connector = new ImapConnector(new ConnectionSettings(java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10), false));
        ImapAccount imaps = new ImapAccount("s", "127.0.0.1", GREENMAIL.getImaps().getPort(), Security.IMAPS, "laura");
        UntrustedCertificateException refused = null;
        try {
            connector.test(imaps, new PasswordAuthenticator(PASSWORD.toCharArray()));
        } catch (UntrustedCertificateException e) {
            refused = e;
        }
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).contains("127.0.0.1").contains(refused.fingerprint());
        assertThat(refused.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");

        ImapConnector.ConnectionInfo info = connector.test(imaps.withTrustedCert(refused.fingerprint()),
                new PasswordAuthenticator(PASSWORD.toCharArray()));
        assertThat(info.folders()).contains("INBOX");

        String other = "00:" + refused.fingerprint().substring(3);
        assertThatThrownBy(() -> connector.test(imaps.withTrustedCert(other),
                new PasswordAuthenticator(PASSWORD.toCharArray()))).isInstanceOf(UntrustedCertificateException.class);
    }

    @Test
    void uidSetsAreCompact() {
        assertThat(ImapSync.uidSet(List.of(1L, 2L, 3L, 5L, 7L, 8L))).isEqualTo("1:3,5,7:8");
    }
}
