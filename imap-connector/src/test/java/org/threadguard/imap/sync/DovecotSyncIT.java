package org.threadguard.imap.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.connect.UntrustedCertificateException;

/**
 * Sync against a real Dovecot 2.3 started by {@code src/test/dovecot/start.sh} (see its environment
 * exports). Skipped when {@code THREADGUARD_DOVECOT_PORT} is not set. Each test uses its own user so the
 * tests do not disturb each other's mailboxes.
 */
class DovecotSyncIT {
    static String password;
    static int imapPort;
    static int imapsPort;
    static int noCondstorePort;
    static String fingerprint;
    static Path home;
    static int messages;

    @TempDir
    Path tmp;
    SqliteMessageCache cache;

    static final boolean DOVECOT = System.getenv("THREADGUARD_DOVECOT_PORT") != null
            && !System.getenv("THREADGUARD_DOVECOT_PORT").isBlank();

    @BeforeAll
    static void environment() {
        if (!DOVECOT) {
            return;
        }
        String port = System.getenv("THREADGUARD_DOVECOT_PORT");
        imapPort = Integer.parseInt(port);
        imapsPort = Integer.parseInt(System.getenv("THREADGUARD_DOVECOT_IMAPS_PORT"));
        noCondstorePort = Integer.parseInt(System.getenv("THREADGUARD_DOVECOT_NOCONDSTORE_PORT"));
        password = System.getenv("THREADGUARD_DOVECOT_PASSWORD");
        fingerprint = System.getenv("THREADGUARD_DOVECOT_CERT_SHA256");
        home = Path.of(System.getenv("THREADGUARD_DOVECOT_HOME"));
        messages = Integer.parseInt(System.getenv("THREADGUARD_DOVECOT_MESSAGES"));
    }

    @BeforeEach
    void openCache() {
        assumeTrue(DOVECOT,
                "THREADGUARD_DOVECOT_PORT not set: start Dovecot with src/test/dovecot/start.sh to run these tests");
        cache = SqliteMessageCache.open(tmp.resolve("cache.db"));
    }

    private static ImapAccount imaps(String user) {
        return new ImapAccount(user, "127.0.0.1", imapsPort, Security.IMAPS, user, fingerprint);
    }

    private SyncResult sync(ImapAccount a) throws ImapConnectionException {
        return new ImapSync(new ImapConnector(), cache).sync(a, new PasswordAuthenticator(password.toCharArray()),
                SyncOptions.defaults().withBatchSize(100), null, null);
    }

    /** Every message file of a Maildir with its path (the name carries the flags), sorted. */
    private static Set<String> maildirFiles(String user) throws IOException {
        Path root = home.resolve(user).resolve("Maildir");
        try (Stream<Path> s = Files.walk(root)) {
            Set<String> out = new TreeSet<>();
            s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> p.matches("(.*/)?(cur|new|tmp)/[^/]+")).forEach(out::add);
            return out;
        }
    }

    /** A read-write session for changing the server in a test (the product never does). */
    private static Store writer(String user) throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.imap.connectiontimeout", "10000");
        p.setProperty("mail.imap.timeout", "10000");
        Store s = Session.getInstance(p).getStore("imap");
        s.connect("127.0.0.1", imapPort, user, password);
        return s;
    }

    @Test
    void fullSyncLeavesTheMaildirByteForByteAndNameForName() throws Exception {
        Set<String> before = maildirFiles("laura");
        assertThat(before).hasSize(messages);
        assertThat(before).anyMatch(f -> f.startsWith("new/")).anyMatch(f -> f.endsWith(":2,S"));
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        for (String f : before) {
            sizes.put(f, Files.size(home.resolve("laura/Maildir").resolve(f)));
        }

        SyncResult r = sync(imaps("laura"));
        assertThat(r.added()).isEqualTo(messages);
        assertThat(r.folders()).extracting(SyncResult.FolderResult::folder).containsExactly("INBOX", "Sent", "Archive");
        SyncResult again = sync(imaps("laura"));
        assertThat(again.added()).isZero();

        assertThat(maildirFiles("laura")).isEqualTo(before);
        for (String f : before) {
            assertThat(Files.size(home.resolve("laura/Maildir").resolve(f))).isEqualTo(sizes.get(f));
        }
        // the raw bytes in the cache are the file's bytes
        String someFile = before.stream().filter(f -> f.startsWith("cur/")).findFirst().orElseThrow();
        byte[] onDisk = Files.readAllBytes(home.resolve("laura/Maildir").resolve(someFile));
        String id = new String(onDisk, java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s).*Message-ID: (<[^>]+>).*", "$1");
        MailMessage m = cache.findByMessageId(id).get(0);
        assertThat(cache.raw(m.key()).orElseThrow()).isEqualTo(onDisk);
    }

    @Test
    void expungeBetweenSyncsRemovesFromTheCacheWithQresync() throws Exception {
        sync(imaps("expunge"));
        long cachedBefore = cache.count();
        try (Store s = writer("expunge")) {
            Folder inbox = s.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] two = inbox.getMessages(1, 2);
            inbox.setFlags(two, new Flags(Flags.Flag.DELETED), true);
            inbox.close(true);
        }
        SyncResult r = sync(imaps("expunge"));
        assertThat(r.removed()).isEqualTo(2);
        assertThat(r.added()).isZero();
        assertThat(cache.count()).isEqualTo(cachedBefore - 2);
    }

    @Test
    void changedUidValidityResyncsTheFolder() throws Exception {
        sync(imaps("uidv"));
        long oldValidity = cache.folderState("uidv", "INBOX").orElseThrow().uidValidity();
        Process p = new ProcessBuilder("doveadm", "-c", System.getenv("THREADGUARD_DOVECOT_CONF"), "mailbox", "update",
                "-u", "uidv", "--uid-validity", Long.toString(oldValidity + 1000), "INBOX").inheritIO().start();
        assertThat(p.waitFor()).isZero();
        SyncResult r = sync(imaps("uidv"));
        SyncResult.FolderResult inbox = r.folders().get(0);
        assertThat(inbox.uidValidityChanged()).isTrue();
        assertThat(inbox.added()).isEqualTo(inbox.total());
        assertThat(cache.folderState("uidv", "INBOX").orElseThrow().uidValidity()).isEqualTo(oldValidity + 1000);
        assertThat(cache.sourceKeys("uidv", "INBOX")).allMatch(k -> k.startsWith((oldValidity + 1000) + ":"))
                .hasSize(inbox.total());
    }

    @Test
    void connectionCutMidFetchResumesWithoutLossOrDuplicates() throws Exception {
        try (CuttingProxy proxy = new CuttingProxy(imapsPort, 60_000, 2)) {
            ImapAccount viaProxy = new ImapAccount("proxy", "127.0.0.1", proxy.port(), Security.IMAPS, "proxy",
                    fingerprint);
            SyncResult r = new ImapSync(new ImapConnector(), cache).sync(viaProxy,
                    new PasswordAuthenticator(password.toCharArray()), SyncOptions.defaults().withBatchSize(50), null,
                    null);
            assertThat(proxy.cutsDone.get()).isEqualTo(2);
            assertThat(r.reconnects()).isEqualTo(2);
        }
        assertThat(cache.count()).isEqualTo(messages);
        Set<String> ids = new HashSet<>();
        for (MailMessage m : cache.loadAll("proxy")) {
            assertThat(ids.add(m.messageId())).as("duplicate " + m.messageId()).isTrue();
        }
    }

    @Test
    void serverWithoutCondstoreStillSyncsIncrementally() throws Exception {
        ImapAccount nocs = new ImapAccount("nocs", "127.0.0.1", noCondstorePort, Security.STARTTLS, "nocs",
                fingerprint);
        ImapConnector.ConnectionInfo info = new ImapConnector().test(nocs,
                new PasswordAuthenticator(password.toCharArray()));
        assertThat(info.capabilities()).doesNotContain("CONDSTORE", "QRESYNC");
        assertThat(sync(nocs).added()).isEqualTo(messages);
        try (Store s = writer("nocs")) {
            IMAPFolder inbox = (IMAPFolder) s.getFolder("INBOX");
            inbox.appendMessages(new Message[] {new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(TestMail.message("late", 1, "a@example.test", "nocs@example.test")))});
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(new int[] {1}, new Flags(Flags.Flag.DELETED), true);
            inbox.close(true);
        }
        SyncResult r = sync(nocs);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(1);
        assertThat(cache.count()).isEqualTo(messages);
    }

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        assertThatThrownBy(() -> new ImapSync(new ImapConnector(), cache).sync(imaps("laura"),
                new PasswordAuthenticator("not-the-password".toCharArray()), SyncOptions.defaults(), null, null))
                .isInstanceOfSatisfying(ImapConnectionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImapConnectionException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("not-the-password");
                });
    }

    @Test
    void selfSignedCertificateIsRefusedUnlessPinned() throws Exception {
        ImapAccount unpinned = new ImapAccount("u", "127.0.0.1", imapsPort, Security.IMAPS, "laura");
        assertThatThrownBy(() -> new ImapConnector().test(unpinned, new PasswordAuthenticator(password.toCharArray())))
                .isInstanceOfSatisfying(UntrustedCertificateException.class, e -> {
                    assertThat(e.fingerprint()).isEqualTo(fingerprint);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + imapsPort).contains(fingerprint);
                });
        ImapAccount starttls = new ImapAccount("u", "localhost", imapPort, Security.STARTTLS, "laura");
        assertThatThrownBy(() -> new ImapConnector().test(starttls, new PasswordAuthenticator(password.toCharArray())))
                .isInstanceOf(UntrustedCertificateException.class);
        assertThat(new ImapConnector().test(starttls.withTrustedCert(fingerprint),
                new PasswordAuthenticator(password.toCharArray())).folders()).contains("INBOX", "Sent");
        assertThat(new ImapConnector().test(imaps("laura"), new PasswordAuthenticator(password.toCharArray()))
                .capabilities()).contains("CONDSTORE", "QRESYNC", "SPECIAL-USE");
    }

    @Test
    void pinnedCertificateStillNeedsTheRightHostName() {
        // the certificate names localhost and 127.0.0.1 only
        ImapAccount other = new ImapAccount("o", "127.0.0.2", imapsPort, Security.IMAPS, "laura", fingerprint);
        assertThatThrownBy(() -> new ImapConnector().test(other, new PasswordAuthenticator(password.toCharArray())))
                .isInstanceOfSatisfying(ImapConnectionException.class,
                        e -> assertThat(e.kind()).isIn(ImapConnectionException.Kind.CERTIFICATE,
                                ImapConnectionException.Kind.UNREACHABLE));
    }

    @Test
    void listUsesSpecialUse() throws Exception {
        List<String> folders;
        var store = new ImapConnector().connect(imaps("laura"), new PasswordAuthenticator(password.toCharArray()));
        try {
            folders = ImapSync.chooseFolders(store, SyncOptions.defaults().withExtraFolders(List.of("Junk", "Nope")),
                    SyncListener.NONE);
        } finally {
            ImapConnector.closeQuietly(store);
        }
        assertThat(folders).containsExactly("INBOX", "Sent", "Archive", "Junk");
    }
}
