package org.threadguard.imap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.imap.connect.PasswordAuthenticator;

class AccountStoreTest {
    @TempDir
    Path tmp;

    @Test
    void accountsRoundTripWithoutAnySecret() throws Exception {
        AccountStore store = AccountStore.inDirectory(tmp);
        ImapAccount work = new ImapAccount("work.main", "imap.example.test", 993, Security.IMAPS, "laura@example.test",
                "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89");
        ImapAccount local = new ImapAccount("local", "127.0.0.1", 3143, Security.PLAIN_LOCALHOST_ONLY, "me");
        store.put(work);
        store.put(local);
        assertThat(new AccountStore(tmp.resolve("accounts.properties")).list()).containsExactly(local, work);
        assertThat(store.get("work.main")).contains(work);
        assertThat(work.trustedCertSha256()).startsWith("AB:CD:EF:01");
        assertThat(Files.readAllLines(tmp.resolve("accounts.properties"))).filteredOn(l -> !l.startsWith("#"))
                .hasSize(9).noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("pass"));
        assertThat(store.remove("work.main")).isTrue();
        assertThat(store.list()).containsExactly(local);
    }

    @Test
    void plainImapOnlyToLoopback() {
        assertThatThrownBy(() -> new ImapAccount("x", "imap.example.test", 143, Security.PLAIN_LOCALHOST_ONLY, "u"))
                .hasMessageContaining("only allowed to 127.0.0.1");
        assertThatThrownBy(() -> ImapAccount.normalizeFingerprint("12:34")).hasMessageContaining("SHA-256");
    }

    @Test
    void environmentStoreReadsTheNamedVariableOnly() throws Exception {
        ImapAccount a = new ImapAccount("a", "imap.example.test", 993, Security.IMAPS, "u");
        EnvironmentCredentialStore env = new EnvironmentCredentialStore("MY_PW", Map.of("MY_PW", "hunter2"));
        assertThat(env.password(a)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("hunter2"));
        assertThat(env.toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> new EnvironmentCredentialStore("OTHER", Map.of()).password(a))
                .isInstanceOf(CredentialStoreException.class).hasMessageContaining("OTHER is not set");
        assertThat(new PasswordAuthenticator("hunter2".toCharArray()).toString()).doesNotContain("hunter2");
    }
}
