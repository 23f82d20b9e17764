package org.threadguard.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.ui.DemoFixture;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.service.ImapSettings;
import org.threadguard.app.ui.service.MailboxSource;

class StartViewModelTest {
    @TempDir
    Path dir;

    @Test
    void imapFormGuessesTheServerAndExplainsAnUnreachableServer() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (DemoFixture fx = new DemoFixture(dir)) {
            StartViewModel vm = new StartViewModel(fx.service, new SameThreadTaskExecutor(), I18n.of(Locale.ENGLISH));
            assertThat(vm.accountValidProperty().get()).isFalse();
            vm.emailProperty().set("anna@example.org");
            assertThat(vm.hostProperty().get()).isEqualTo("imap.example.org");
            assertThat(vm.accountValidProperty().get()).isTrue();
            vm.securityProperty().set(ImapSettings.Security.STARTTLS);
            assertThat(vm.portProperty().get()).isEqualTo("143");
            assertThat(vm.keyringAvailableProperty().get()).isFalse();
            // no network in tests: a closed port on this computer stands for an unreachable server
            vm.hostProperty().set("127.0.0.1");
            vm.portProperty().set(Integer.toString(closedPort));
            vm.passwordProperty().set("secret");
            vm.testConnection();
            assertThat(vm.messageIsErrorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("The server 127.0.0.1 could not be reached. Check the "
                    + "server name, the port and your network connection.").doesNotContain("secret");
            assertThat(vm.untrustedFingerprintProperty().get()).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void openingTheDemoHandsTheSourceOn() {
        try (DemoFixture fx = new DemoFixture(dir)) {
            StartViewModel vm = new StartViewModel(fx.service, new SameThreadTaskExecutor(), I18n.of(Locale.ENGLISH));
            AtomicReference<MailboxSource> opened = new AtomicReference<>();
            vm.setOnOpened(opened::set);
            vm.openDemo();
            assertThat(opened.get()).isNotNull();
            assertThat(opened.get().kind()).isEqualTo(MailboxSource.Kind.DEMO);
            assertThat(fx.cache.count()).isGreaterThan(200);
        }
    }
}
