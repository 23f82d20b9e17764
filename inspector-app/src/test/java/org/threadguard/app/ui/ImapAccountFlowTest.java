package org.threadguard.app.ui;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.main.MainViewModel;
import org.threadguard.app.ui.service.ImapProblem;
import org.threadguard.app.ui.service.ImapSettings;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.start.StartViewModel;
import org.threadguard.app.ui.thread.ThreadViewModel;
import org.threadguard.imap.account.AccountStore;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.connect.ConnectionSettings;
import org.threadguard.imap.connect.ImapConnector;

/**
 * Adding, syncing and re-opening an IMAP account through the inspector's service and ViewModels,
 * against GreenMail in-process (plain IMAP on 127.0.0.1; IMAPS with its self-signed certificate for
 * the trust flow). The keyring is a fake in memory.
 */
class ImapAccountFlowTest {
    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP, ServerSetupTest.IMAPS}));

    private static final String PASSWORD = "s3cret-Pa55";
    private static final int THREADS = 12;

    @TempDir
    Path dir;
    I18n i18n = new I18n(Locale.ENGLISH, ZoneOffset.UTC);
    SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();

    private static AutoCloseable ignoreRefusals;

    /** The certificate test makes GreenMail's IMAPS handler throw; that must not fail later UI tests. */
    @BeforeAll
    static void ignoreGreenMailRefusals() {
        ignoreRefusals = UiTestSupport.ignoreGreenMailRefusals();
    }

    @AfterAll
    static void restoreHandler() throws Exception {
        Thread.sleep(300);
        ignoreRefusals.close();
    }

    @BeforeEach
    void fill() throws Exception {
        GreenMailUser user = GREENMAIL.setUser("laura@example.test", "laura", PASSWORD);
        ImapHostManager host = GREENMAIL.getManagers().getImapHostManager();
        MailFolder inbox = host.getInbox(user);
        MailFolder sent = host.getFolder(user, "Sent");
        if (sent == null) {
            sent = host.createMailbox(user, "Sent");
        }
        for (int t = 0; t < THREADS; t++) {
            inbox.appendMessage(mime("t" + t, 1, "Mark <mark@partner.example>", "laura@example.test"), new Flags(),
                    new Date());
            sent.appendMessage(mime("t" + t, 2, "Laura <laura@example.test>", "mark@partner.example"),
                    new Flags(Flags.Flag.SEEN), new Date());
            inbox.appendMessage(mime("t" + t, 3, "Mark <mark@partner.example>", "laura@example.test"), new Flags(),
                    new Date());
        }
    }

    private static MimeMessage mime(String thread, int n, String from, String to) throws Exception {
        String id = "<" + thread + "." + n + "@partner.example>";
        StringBuilder sb = new StringBuilder();
        sb.append("From: ").append(from).append("\r\nTo: ").append(to).append("\r\n");
        sb.append("Subject: ").append(n > 1 ? "Re: " : "").append("Delivery ").append(thread).append("\r\n");
        sb.append("Date: Mon, 3 Mar 2025 1").append(n).append(":00:00 +0100\r\nMessage-ID: ").append(id).append("\r\n");
        if (n > 1) {
            String parent = "<" + thread + "." + (n - 1) + "@partner.example>";
            sb.append("In-Reply-To: ").append(parent).append("\r\nReferences: ").append(parent).append("\r\n");
        }
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        sb.append("Message ").append(n).append(" about the delivery ").append(thread).append(".\r\n");
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private StartViewModel startVm(DemoFixture fx, String email, int port, ImapSettings.Security security) {
        StartViewModel vm = new StartViewModel(fx.service, tasks, i18n);
        vm.emailProperty().set(email);
        vm.hostProperty().set("127.0.0.1");
        vm.securityProperty().set(security);
        vm.portProperty().set(Integer.toString(port));
        vm.usernameProperty().set("laura");
        return vm;
    }

    @Test
    void wrongPasswordIsExplainedWithoutRepeatingIt() {
        try (DemoFixture fx = new DemoFixture(dir)) {
            StartViewModel vm = startVm(fx, "laura@example.test", GREENMAIL.getImap().getPort(),
                    ImapSettings.Security.PLAIN_LOCALHOST);
            vm.passwordProperty().set("wrong-Pa55");
            vm.testConnection();
            assertThat(vm.messageIsErrorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("The server 127.0.0.1 rejected the user name or password. "
                    + "Check both and try again.");
            vm.passwordProperty().set(PASSWORD);
            vm.testConnection();
            assertThat(vm.messageIsErrorProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("The server accepted the login.");
        }
    }

    @Test
    void unencryptedImapIsRefusedForAnotherComputer() {
        try (DemoFixture fx = new DemoFixture(dir)) {
            assertThatThrownBy(() -> fx.service.testConnection(new ImapSettings("a@example.org", "imap.example.org",
                    143, ImapSettings.Security.PLAIN_LOCALHOST, "a"), "x".toCharArray()))
                    .isInstanceOfSatisfying(ImapProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(ImapProblem.Kind.PLAIN_NOT_LOCAL));
        }
    }

    @Test
    void addWithoutKeyringKeepsThePasswordInMemoryThenSyncsWithProgressAndAnalyses() throws Exception {
        try (DemoFixture fx = new DemoFixture(dir)) {
            StartViewModel start = startVm(fx, "laura@example.test", GREENMAIL.getImap().getPort(),
                    ImapSettings.Security.PLAIN_LOCALHOST);
            assertThat(start.keyringAvailableProperty().get()).isFalse();
            AtomicReference<MailboxSource> opened = new AtomicReference<>();
            start.setOnOpened(opened::set);
            start.passwordProperty().set(PASSWORD);
            start.addAccount();
            MailboxSource source = opened.get();
            assertThat(source).as(start.messageProperty().get()).isNotNull();
            assertThat(source.kind()).isEqualTo(MailboxSource.Kind.IMAP);
            assertThat(start.messageProperty().get()).contains("session only");
            assertThat(start.passwordProperty().get()).isEmpty();
            assertThat(fx.keyring.entries).isEmpty();
            ImapAccount stored = AccountStore.inDirectory(dir).get(source.account()).orElseThrow();
            assertThat(stored.port()).isEqualTo(GREENMAIL.getImap().getPort());
            for (Path f : Files.list(dir).filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(PASSWORD);
            }

            List<String> progress = new ArrayList<>();
            fx.service.sync(source, (what, done, total) -> progress.add(what + " " + done + "/" + total),
                    CancelToken.none());
            assertThat(progress).contains("INBOX 0/" + 2 * THREADS, "INBOX " + 2 * THREADS + "/" + 2 * THREADS,
                    "Sent " + THREADS + "/" + THREADS);
            assertThat(fx.cache.loadAll(source.account())).hasSize(3 * THREADS);

            // the main window: sync (nothing new) and the analysis from the cache
            MainViewModel main = mainVm(fx);
            main.start(source);
            assertThat(main.analysedProperty().get()).as(main.statusProperty().get()).isTrue();
            assertThat(main.allThreads()).hasSize(THREADS);
            assertThat(main.statusProperty().get()).isEqualTo(THREADS + " threads, 0 flagged.");
        }
        // the next start: the account and the remembered list are there, but without a keyring the password is not
        try (DemoFixture fx = new DemoFixture(dir)) {
            MainViewModel main = mainVm(fx);
            main.start(null);
            assertThat(main.currentSourceProperty().get().kind()).isEqualTo(MailboxSource.Kind.IMAP);
            assertThat(main.allThreads()).hasSize(THREADS);
            assertThat(main.statusProperty().get()).contains("No password for 127.0.0.1");
        }
    }

    @Test
    void passwordGoesToTheKeyringAndTheNextStartSyncsInTheBackground() throws Exception {
        DemoFixture.FakeKeyring keyring;
        MailboxSource source;
        try (DemoFixture fx = new DemoFixture(dir)) {
            fx.keyringAvailable = true;
            source = fx.service.addImapAccount(new ImapSettings("laura@example.test", "127.0.0.1",
                    GREENMAIL.getImap().getPort(), ImapSettings.Security.PLAIN_LOCALHOST, "laura"),
                    PASSWORD.toCharArray());
            assertThat(fx.service.passwordInKeyring(source)).contains(true);
            keyring = fx.keyring;
            assertThat(keyring.entries).containsOnlyKeys(source.account());
            fx.service.sync(source, (w, d, t) -> { }, CancelToken.none());
            MainViewModel main = mainVm(fx);
            main.start(source);
            assertThat(main.analysedProperty().get()).isTrue();
        }
        // a new message arrives; the next start shows the remembered list and syncs it in
        GreenMailUser user = GREENMAIL.getManagers().getUserManager().getUser("laura");
        GREENMAIL.getManagers().getImapHostManager().getInbox(user).appendMessage(
                mime("t99", 1, "Mark <mark@partner.example>", "laura@example.test"), new Flags(), new Date());
        try (DemoFixture fx = new DemoFixture(dir)) {
            fx.keyringAvailable = true;
            fx.keyring.entries.putAll(keyring.entries);
            assertThat(fx.service.rememberedThreads(source)).get()
                    .satisfies(s -> assertThat(s.threads()).hasSize(THREADS));
            MainViewModel main = mainVm(fx);
            main.start(null);
            assertThat(main.currentSourceProperty().get()).isEqualTo(source);
            assertThat(main.analysedProperty().get()).isTrue();
            assertThat(main.allThreads()).hasSize(THREADS + 1);
            assertThat(fx.cache.loadAll(source.account())).hasSize(3 * THREADS + 1);
        }
    }

    @Test
    void cancellingStopsTheSyncAndTheNextSyncCompletesIt() {
        try (DemoFixture fx = new DemoFixture(dir)) {
            MailboxSource source = fx.service.addImapAccount(new ImapSettings("laura@example.test", "127.0.0.1",
                    GREENMAIL.getImap().getPort(), ImapSettings.Security.PLAIN_LOCALHOST, "laura"),
                    PASSWORD.toCharArray());
            CancelToken cancel = new CancelToken();
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> fx.service.sync(source, (what, done, total) -> {
                seen.add(what);
                cancel.cancel(); // the user clicks Cancel as soon as the first folder starts
            }, cancel)).isInstanceOf(CancellationException.class);
            assertThat(seen).doesNotContain("Sent");
            assertThat(fx.cache.loadAll(source.account()).size()).isLessThan(3 * THREADS);

            fx.service.sync(source, (w, d, t) -> { }, CancelToken.none());
            assertThat(fx.cache.loadAll(source.account())).hasSize(3 * THREADS);
        }
    }

    @Test
    void untrustedCertificateShowsItsFingerprintAndCanBeTrustedForTheAccount() {
        // GreenMail's certificate is self-signed and not issued for 127.0.0.1: host name checks off here
        ImapConnector connector = new ImapConnector(new ConnectionSettings(Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(10), false));
        try (DemoFixture fx = new DemoFixture(dir, connector)) {
            StartViewModel vm = startVm(fx, "laura@example.test", GREENMAIL.getImaps().getPort(),
                    ImapSettings.Security.SSL_TLS);
            vm.passwordProperty().set(PASSWORD);
            vm.testConnection();
            String fingerprint = vm.untrustedFingerprintProperty().get();
            assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThat(vm.messageIsErrorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).contains("The certificate of 127.0.0.1 is not trusted");
            assertThat(vm.trustCertificateProperty().get()).isFalse();

            vm.trustCertificateProperty().set(true);
            vm.testConnection();
            assertThat(vm.messageProperty().get()).isEqualTo("The server accepted the login.");

            AtomicReference<MailboxSource> opened = new AtomicReference<>();
            vm.setOnOpened(opened::set);
            vm.addAccount();
            assertThat(opened.get()).isNotNull();
            ImapAccount stored = AccountStore.inDirectory(dir).get(opened.get().account()).orElseThrow();
            assertThat(stored.pinnedFingerprint()).contains(fingerprint);

            fx.service.sync(opened.get(), (w, d, t) -> { }, CancelToken.none());
            assertThat(fx.cache.loadAll(opened.get().account())).hasSize(3 * THREADS);

            // another port withdraws the offer
            vm.portProperty().set("1");
            assertThat(vm.untrustedFingerprintProperty().get()).isEmpty();
            assertThat(vm.trustCertificateProperty().get()).isFalse();
        }
    }

    private MainViewModel mainVm(DemoFixture fx) {
        EvidenceViewModel evidence = new EvidenceViewModel(fx.service, tasks, i18n, ZoneOffset.UTC);
        return new MainViewModel(fx.service, tasks, i18n, fx.state, new ThreadViewModel(evidence, i18n));
    }
}
