package org.threadguard.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.scan.ScanService;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.Progress;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.ImapSettings;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.ThreadListStore;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.account.AccountStore;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.report.AfterAction;
import org.threadguard.imap.report.MailServer;
import org.threadguard.imap.report.ReportSettings;
import org.threadguard.imap.report.ReportStyle;

/**
 * The report's after-action end to end against GreenMail in-process: an account added and synced
 * through the inspector's {@link CacheMailboxService} (ImapSync into a SQLite cache, the password
 * in the session's memory as without a keyring), then {@link SecurityReportService#report} with the
 * real {@link AccountImapLocator}: the report goes out over SMTP, the original moves on the IMAP
 * server, and nothing else changes.
 */
class AfterActionFlowTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}));

    private static final String PASSWORD = "imap-Pa55-secret";
    private static final String SECURITY = "security@example.test";
    private static final String REPORTED_ID = "<t1.3@partner.example>";

    @TempDir
    Path dir;
    private SqliteMessageCache cache;
    private CacheMailboxService mailbox;
    private MailboxSource source;
    private GreenMailUser user;

    @BeforeEach
    void syncSmallMailbox() throws Exception {
        user = GREENMAIL.setUser("laura@example.test", "laura", PASSWORD);
        ImapHostManager host = GREENMAIL.getManagers().getImapHostManager();
        MailFolder inbox = host.getInbox(user);
        MailFolder sent = host.createMailbox(user, "Sent");
        MailFolder archive = host.createMailbox(user, "Archive");
        for (int t = 0; t < 3; t++) {
            inbox.appendMessage(mime("t" + t, 1, "Mark <mark@partner.example>", "laura@example.test"), new Flags(),
                    new Date());
            sent.appendMessage(mime("t" + t, 2, "Laura <laura@example.test>", "mark@partner.example"),
                    new Flags(Flags.Flag.SEEN), new Date());
            (t == 2 ? archive : inbox).appendMessage(mime("t" + t, 3, "Mark <mark@partner.example>",
                    "laura@example.test"), t == 0 ? new Flags(Flags.Flag.SEEN) : new Flags(), new Date());
        }
        cache = SqliteMessageCache.open(dir.resolve("cache.db"));
        mailbox = new CacheMailboxService(cache, InspectorState.inMemory(), new ThreadListStore(dir.resolve("lists")),
                AccountStore.inDirectory(dir), CacheMailboxService.KeyringOpener.NONE, new ImapConnector());
        source = mailbox.addImapAccount(new ImapSettings("laura@example.test", "127.0.0.1",
                GREENMAIL.getImap().getPort(), ImapSettings.Security.PLAIN_LOCALHOST, "laura", null),
                PASSWORD.toCharArray());
        mailbox.sync(source, Progress.NONE, CancelToken.none());
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private static MimeMessage mime(String thread, int n, String from, String to) throws Exception {
        String id = "<" + thread + "." + n + "@partner.example>";
        StringBuilder sb = new StringBuilder();
        sb.append("Received: from mx.partner.example by mx.example.test; Mon, 3 Mar 2025 10:00:00 +0100\r\n");
        sb.append("From: ").append(from).append("\r\nTo: ").append(to).append("\r\n");
        sb.append("Subject: ").append(n > 1 ? "Re: " : "").append("Invoice ").append(thread).append("\r\n");
        sb.append("Date: Mon, 3 Mar 2025 1").append(n).append(":00:00 +0100\r\nMessage-ID: ").append(id).append("\r\n");
        if (n > 1) {
            String parent = "<" + thread + "." + (n - 1) + "@partner.example>";
            sb.append("In-Reply-To: ").append(parent).append("\r\nReferences: ").append(parent).append("\r\n");
        }
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        sb.append("Message ").append(n).append(" about invoice ").append(thread).append(".\r\n");
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private SecurityReportService service() {
        ReportSettings s = ReportSettings.DEFAULTS.withSecurityAddress(SECURITY).withFrom("laura@example.test")
                .withSmtp("127.0.0.1", GREENMAIL.getSmtp().getPort(), MailServer.Security.PLAIN_LOCALHOST, "")
                .withStyle(ReportStyle.MICROSOFT);
        return new SecurityReportService(dir.resolve("data"), () -> s, () -> null, cache, mailbox.imapLocator());
    }

    private String keyOf(String messageId) {
        return cache.findByMessageId(messageId).stream().map(MailMessage::key).filter(k -> k.startsWith("imap:"))
                .findFirst().orElseThrow();
    }

    private Store store() throws Exception {
        Store s = Session.getInstance(new Properties()).getStore("imap");
        s.connect("127.0.0.1", GREENMAIL.getImap().getPort(), "laura", PASSWORD);
        return s;
    }

    /** Every folder of laura's mailbox: folder/UID -> Message-ID, flags and the bytes' hash. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Store s = store()) {
            for (Folder f : s.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) {
                    continue;
                }
                f.open(Folder.READ_ONLY);
                for (Message m : f.getMessages()) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    m.writeTo(b);
                    out.put(f.getFullName() + "/" + ((IMAPFolder) f).getUID(m), m.getHeader("Message-ID")[0] + " "
                            + m.getFlags().contains(Flags.Flag.SEEN) + m.getFlags().contains(Flags.Flag.DELETED) + " "
                            + Arrays.hashCode(b.toByteArray()));
                }
                f.close(false);
            }
        }
        return out;
    }

    private MimeMessage[] reportsReceived() {
        return GREENMAIL.getReceivedMessagesForDomain(SECURITY);
    }

    @Test
    void moveToJunkMovesExactlyTheReportedMessageAfterTheReportWasSent() throws Exception {
        String key = keyOf(REPORTED_ID);
        assertThat(key).startsWith("imap:laura@127.0.0.1:").contains("/INBOX/");
        byte[] original = cache.raw(key).orElseThrow();
        Map<String, String> before = snapshot();
        long cached = cache.count();

        ReportService.Outcome o = service().report(new ReportService.ReportRequest(key, null, "", null,
                AfterAction.MOVE_TO_JUNK, null, true));

        assertThat(o.status()).isEqualTo(ReportService.Status.SENT);
        assertThat(o.after()).isEqualTo(ReportService.AfterResult.DONE);
        assertThat(o.message()).contains("Reported to " + SECURITY).contains("Moved the original to Junk");
        // the report went out with the original attached byte for byte
        MimeMessage[] reports = reportsReceived();
        assertThat(reports).hasSize(1);
        assertThat(reports[0].getSubject()).isEqualTo("Phishing: Re: Invoice t1");
        assertThat(ReportFlowTest.attached(reports[0])).isEqualTo(original);
        // on the server: gone from INBOX, in Junk with the same bytes; everything else unchanged
        Map<String, String> after = snapshot();
        String moved = before.entrySet().stream().filter(e -> e.getValue().startsWith(REPORTED_ID))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(moved).startsWith("INBOX/");
        String movedValue = before.remove(moved);
        Map<String, String> junk = new TreeMap<>();
        after.entrySet().removeIf(e -> e.getKey().startsWith("Junk/") && junk.put(e.getKey(), e.getValue()) == null);
        assertThat(after).isEqualTo(before);
        assertThat(junk.values()).singleElement().satisfies(v -> assertThat(v).startsWith(REPORTED_ID)
                .endsWith(movedValue.substring(movedValue.lastIndexOf(' '))));
        // and the cache no longer shows the moved message in INBOX
        assertThat(cache.raw(key)).isEmpty();
        assertThat(cache.count()).isEqualTo(cached - 1);
        // a later sync agrees with the cache
        mailbox.sync(source, Progress.NONE, CancelToken.none());
        assertThat(cache.findByMessageId(REPORTED_ID)).noneMatch(m -> m.folder().equals("INBOX"));
    }

    @Test
    void copyToFolderAddsOneCopyAndKeepsTheOriginal() throws Exception {
        String key = keyOf(REPORTED_ID);
        Map<String, String> before = snapshot();
        ReportService.Outcome o = service().report(new ReportService.ReportRequest(key, null, "", null,
                AfterAction.copyTo("Reported"), null, true));
        assertThat(o.after()).isEqualTo(ReportService.AfterResult.DONE);
        Map<String, String> after = snapshot();
        assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + 1);
        assertThat(after.keySet().stream().filter(k -> k.startsWith("Reported/"))).hasSize(1);
        assertThat(cache.raw(key)).isPresent();
    }

    @Test
    void leaveChangesNothing() throws Exception {
        String key = keyOf(REPORTED_ID);
        Map<String, String> before = snapshot();
        ReportService.Outcome o = service().report(new ReportService.ReportRequest(key, null, "", null,
                AfterAction.LEAVE, null, true));
        assertThat(o.status()).isEqualTo(ReportService.Status.SENT);
        assertThat(o.after()).isEqualTo(ReportService.AfterResult.NOT_ASKED);
        assertThat(reportsReceived()).hasSize(1);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(cache.raw(key)).isPresent();
    }

    @Test
    void aLocalSourcesAfterActionIsRefusedClearly() throws Exception {
        Path demo = ReportFlowTest.DEMO;
        new ScanService(cache).importLocal(demo, ScanService.accountFor(demo), new ImportListener() {
        });
        String key = cache.findByMessageId(ReportFlowTest.ATTACK_ID).get(0).key();
        assertThat(key).startsWith("local:");
        Map<String, String> before = snapshot();
        SecurityReportService service = service();
        assertThat(service.afterPlan(key, AfterAction.MOVE_TO_JUNK).possible()).isFalse();
        ReportService.Outcome o = service.report(new ReportService.ReportRequest(key, null, "", null,
                AfterAction.MOVE_TO_JUNK, null, true));
        assertThat(o.status()).isEqualTo(ReportService.Status.SENT);
        assertThat(o.after()).isEqualTo(ReportService.AfterResult.REFUSED);
        assertThat(o.message()).endsWith("The original is in a local file; nothing to move.");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(cache.raw(key)).isPresent();
    }

    @Test
    void aChangedUidValiditySinceTheSyncIsRefusedAndNothingChanges() throws Exception {
        String archived = "<t2.3@partner.example>";
        String key = keyOf(archived);
        assertThat(key).contains("/Archive/");
        long syncedValidity = Long.parseLong(key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf(':')));
        // the server recreates the folder (same messages, new UIDVALIDITY), as after a server migration
        ImapHostManager host = GREENMAIL.getManagers().getImapHostManager();
        MailFolder archive;
        do {
            host.deleteMailbox(user, "Archive");
            Thread.sleep(5);
            archive = host.createMailbox(user, "Archive");
        } while (archive.getUidValidity() == syncedValidity);
        archive.appendMessage(mime("t2", 3, "Mark <mark@partner.example>", "laura@example.test"), new Flags(),
                new Date());
        Map<String, String> before = snapshot();

        ReportService.Outcome o = service().report(new ReportService.ReportRequest(key, null, "", null,
                AfterAction.MOVE_TO_JUNK, null, true));

        assertThat(o.status()).isEqualTo(ReportService.Status.SENT);
        assertThat(o.after()).isEqualTo(ReportService.AfterResult.REFUSED);
        assertThat(o.message()).contains("The folder Archive changed on the server").contains("nothing was changed");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(cache.raw(key)).isPresent();
    }

    @Test
    void theConfirmationNamesTheServerWithoutConnecting() {
        String key = keyOf(REPORTED_ID);
        ReportService.AfterPlan plan = service().afterPlan(key, AfterAction.MOVE_TO_JUNK);
        assertThat(plan.possible()).isTrue();
        assertThat(plan.host()).isEqualTo("127.0.0.1");
    }

    /**
     * The command line: synced with {@code threadguard sync} (the account is not in accounts.properties),
     * reported with {@code --after junk}; without {@code --after} nothing changes. The IMAP password comes
     * from an environment variable; a test cannot set one, so the GreenMail user's password is PATH's value.
     */
    @Test
    void theCommandLineMovesOnlyWithAfter() throws Exception {
        String pathValue = System.getenv("PATH");
        org.junit.jupiter.api.Assumptions.assumeTrue(pathValue != null && !pathValue.isEmpty());
        GreenMailUser cli = GREENMAIL.setUser("cli@example.test", "cli", pathValue);
        ImapHostManager host = GREENMAIL.getManagers().getImapHostManager();
        host.getInbox(cli).appendMessage(mime("c1", 1, "Mark <mark@partner.example>", "cli@example.test"),
                new Flags(), new Date());
        host.getInbox(cli).appendMessage(mime("c1", 2, "Mark <mark@partner.example>", "cli@example.test"),
                new Flags(), new Date());
        String db = dir.resolve("cli.db").toString();
        String data = dir.resolve("cli-data").toString();
        int imapPort = GREENMAIL.getImap().getPort();
        ReportFlowTest.Result synced = ReportFlowTest.run("sync", "--source", "imap+plain://cli@127.0.0.1:" + imapPort,
                "--password-env", "PATH", "--cache", db);
        assertThat(synced.code()).as(synced.err()).isEqualTo(0);
        String[] common = {"report", "--message-id", "<c1.2@partner.example>", "--to", SECURITY, "--cache", db,
            "--data-dir", data, "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(GREENMAIL.getSmtp().getPort()),
            "--security", "plain-localhost"};
        java.util.function.Supplier<Integer> inbox = () -> {
            try (Store s = Session.getInstance(new Properties()).getStore("imap")) {
                s.connect("127.0.0.1", imapPort, "cli", pathValue);
                Folder f = s.getFolder("INBOX");
                f.open(Folder.READ_ONLY);
                int n = f.getMessageCount();
                f.close(false);
                return n;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        ReportFlowTest.Result plain = ReportFlowTest.run(common);
        assertThat(plain.code()).as(plain.err()).isEqualTo(0);
        assertThat(inbox.get()).isEqualTo(2);

        assertThat(ReportFlowTest.run(concat(common, "--after", "shred")).code()).isEqualTo(2);

        ReportFlowTest.Result moved = ReportFlowTest.run(concat(common, "--after", "junk", "--imap-security",
                "plain-localhost", "--imap-password-env", "PATH"));
        assertThat(moved.code()).as(moved.err()).isEqualTo(0);
        assertThat(moved.out()).contains("Moved the original to Junk");
        assertThat(moved.out() + moved.err()).doesNotContain(pathValue);
        assertThat(inbox.get()).isEqualTo(1);
        assertThat(reportsReceived()).hasSize(2);

        // a local message with --after: sent, the move refused, exit 3
        Path demo = ReportFlowTest.DEMO;
        try (SqliteMessageCache c = SqliteMessageCache.open(Path.of(db))) {
            new ScanService(c).importLocal(demo, ScanService.accountFor(demo), new ImportListener() {
            });
        }
        ReportFlowTest.Result local = ReportFlowTest.run("report", "--message-id", ReportFlowTest.ATTACK_ID, "--to",
                SECURITY, "--cache", db, "--data-dir", data, "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(GREENMAIL.getSmtp().getPort()), "--security", "plain-localhost", "--after", "junk");
        assertThat(local.code()).as(local.err()).isEqualTo(3);
        assertThat(local.out()).contains("The original is in a local file; nothing to move.");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
