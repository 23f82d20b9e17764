package org.threadguard.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadguard.imap.account.Security;

class ImapSourceTest {
    @Test
    void parsesTheForms() {
        assertThat(ImapSource.parse("imaps://laura@mail.example.test"))
                .isEqualTo(new ImapSource(Security.IMAPS, "laura", "mail.example.test", 993, Optional.empty()));
        assertThat(ImapSource.parse("imap://laura@mail.example.test:1143/Archive/2024"))
                .isEqualTo(new ImapSource(Security.STARTTLS, "laura", "mail.example.test", 1143,
                        Optional.of("Archive/2024")));
        assertThat(ImapSource.parse("imaps://laura@example.test@imap.example.test:993/INBOX").user())
                .isEqualTo("laura@example.test");
        assertThat(ImapSource.parse("imaps://laura%40example.test@imap.example.test").user())
                .isEqualTo("laura@example.test");
        assertThat(ImapSource.parse("imap+plain://u@127.0.0.1:3143").security())
                .isEqualTo(Security.PLAIN_LOCALHOST_ONLY);
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> ImapSource.parse("imaps://mail.example.test")).hasMessageContaining("user name");
        assertThatThrownBy(() -> ImapSource.parse("imaps://u@host:abc")).hasMessageContaining("port");
        assertThatThrownBy(() -> ImapSource.parse("imap+plain://u@mail.example.test").account(null))
                .hasMessageContaining("only allowed to 127.0.0.1");
    }
}
