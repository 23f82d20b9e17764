package org.threadguard.imap.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The Junk move on a real Dovecot on 127.0.0.1 (as {@code .ci/run} starts it). Skipped unless
 * {@code THREADGUARD_DOVECOT_PORT} is set; user {@code actions} (the start script creates it; {@code THREADGUARD_DOVECOT_ACTIONS_USER} overrides) and password from
 * {@code THREADGUARD_DOVECOT_PASSWORD}. Run with
 * {@code ./mvnw -o -pl imap-connector test -Dtest=MailboxActionsDovecotIT}. Works in a fresh
 * folder of its own and removes it (and its message in Junk) afterwards.
 */
@EnabledIfEnvironmentVariable(named = "THREADGUARD_DOVECOT_PORT", matches = "\\d+")
class MailboxActionsDovecotIT {
    private final int port = Integer.parseInt(System.getenv().getOrDefault("THREADGUARD_DOVECOT_PORT", "0"));
    private final String user = System.getenv().getOrDefault("THREADGUARD_DOVECOT_ACTIONS_USER", "actions");
    private final String password = System.getenv().getOrDefault("THREADGUARD_DOVECOT_PASSWORD", "");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String folder = "tg-it-" + run;
    private MailServer imap;

    @BeforeEach
    void fill() throws Exception {
        imap = new MailServer("127.0.0.1", port, MailServer.Security.PLAIN_LOCALHOST, user, password::toCharArray);
        try (Store s = store()) {
            Folder f = s.getFolder(folder);
            f.create(Folder.HOLDS_MESSAGES);
            f.open(Folder.READ_WRITE);
            for (int i = 1; i <= 3; i++) {
                String raw = "From: a@example.test\r\nTo: b@example.test\r\nSubject: it " + i + "\r\nMessage-ID: <" + run
                        + "-" + i + "@example.test>\r\n\r\nbody " + i + "\r\n";
                f.appendMessages(new Message[] {new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)))});
            }
            f.getMessage(1).setFlag(Flags.Flag.DELETED, true); // must survive: no plain EXPUNGE
            f.close(false);
        }
    }

    @AfterEach
    void clean() throws Exception {
        try (Store s = store()) {
            Folder junk = MailboxActions.junkFolder(s);
            junk.open(Folder.READ_WRITE);
            for (Message m : junk.getMessages()) {
                String[] id = m.getHeader("Message-ID");
                if (id != null && id[0].contains(run)) {
                    m.setFlag(Flags.Flag.DELETED, true);
                    ((IMAPFolder) junk).expunge(new Message[] {m});
                }
            }
            junk.close(false);
            s.getFolder(folder).delete(true);
        }
    }

    private Store store() throws Exception {
        Store s = Session.getInstance(new Properties()).getStore("imap");
        s.connect("127.0.0.1", port, user, password);
        return s;
    }

    private List<String> ids(String name) throws Exception {
        try (Store s = store()) {
            Folder f = name == null ? MailboxActions.junkFolder(s) : s.getFolder(name);
            f.open(Folder.READ_ONLY);
            List<String> out = new ArrayList<>();
            for (Message m : f.getMessages()) {
                String id = m.getHeader("Message-ID")[0];
                if (id.contains(run)) {
                    out.add(id + (m.isSet(Flags.Flag.DELETED) ? " deleted" : ""));
                }
            }
            f.close(false);
            return out;
        }
    }

    private long[] uid(int n) throws Exception {
        try (Store s = store()) {
            IMAPFolder f = (IMAPFolder) s.getFolder(folder);
            f.open(Folder.READ_ONLY);
            long[] r = {f.getUIDValidity(), f.getUID(f.getMessage(n))};
            f.close(false);
            return r;
        }
    }

    @Test
    void moveToJunkOnlyWhenAskedAndNothingElseChanges() throws Exception {
        List<String> before = ids(folder);
        long[] u = uid(2);
        new MailboxActions().apply(imap, folder, u[0], u[1], AfterAction.LEAVE);
        assertThat(ids(folder)).isEqualTo(before);
        assertThat(ids(null)).isEmpty();

        new MailboxActions().apply(imap, folder, u[0], u[1], AfterAction.MOVE_TO_JUNK);
        assertThat(ids(folder)).containsExactly("<" + run + "-1@example.test> deleted", "<" + run + "-3@example.test>");
        assertThat(ids(null)).containsExactly("<" + run + "-2@example.test>");
    }
}
