package org.threadguard.imap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The after-action on a real IMAP server (GreenMail): exactly the reported message moves, nothing else changes. */
class MailboxActionsTest {
    private GreenMail green;
    private MailServer imap;

    @BeforeEach
    void start() throws Exception {
        green = new GreenMail(new ServerSetup(ReportDeliveryTest.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        green.start();
        green.setUser("laura@example.test", "laura", "pw");
        imap = new MailServer("127.0.0.1", green.getImap().getPort(), MailServer.Security.PLAIN_LOCALHOST, "laura",
                () -> "pw".toCharArray());
        try (Store s = store()) {
            Folder inbox = s.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (int i = 1; i <= 4; i++) {
                inbox.appendMessages(new Message[] {message(i)});
            }
            inbox.getMessage(1).setFlag(Flags.Flag.SEEN, true);
            inbox.getMessage(3).setFlag(Flags.Flag.DELETED, true); // deleted but not expunged: must survive
            inbox.close(false);
            s.getFolder("Archive").create(Folder.HOLDS_MESSAGES);
        }
    }

    @AfterEach
    void stop() {
        green.stop();
    }

    private Store store() throws Exception {
        Store s = Session.getInstance(new Properties()).getStore("imap");
        s.connect("127.0.0.1", green.getImap().getPort(), "laura", "pw");
        return s;
    }

    private static MimeMessage message(int i) throws Exception {
        String raw = "From: a@example.test\r\nTo: laura@example.test\r\nSubject: message " + i
                + "\r\nMessage-ID: <m" + i + "@example.test>\r\n\r\nbody " + i + "\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Every folder: UID -> Message-ID, flags and bytes. */
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
                            + b.toString(StandardCharsets.US_ASCII).hashCode());
                }
                f.close(false);
            }
        }
        return out;
    }

    private long[] uidOf(int n) throws Exception {
        try (Store s = store()) {
            IMAPFolder inbox = (IMAPFolder) s.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            long[] r = {inbox.getUIDValidity(), inbox.getUID(inbox.getMessage(n))};
            inbox.close(false);
            return r;
        }
    }

    @Test
    void moveToJunkMovesExactlyThatMessage() throws Exception {
        Map<String, String> before = snapshot();
        long[] uid = uidOf(2);
        String said = new MailboxActions().apply(imap, "INBOX", uid[0], uid[1], AfterAction.MOVE_TO_JUNK);
        assertThat(said).contains("Junk");
        Map<String, String> after = snapshot();

        String moved = before.remove("INBOX/" + uid[1]);
        assertThat(moved).startsWith("<m2@example.test>");
        Map<String, String> junk = new TreeMap<>();
        after.entrySet().removeIf(e -> {
            if (e.getKey().startsWith("Junk/")) {
                junk.put(e.getKey(), e.getValue());
                return true;
            }
            return false;
        });
        assertThat(after).isEqualTo(before); // everything else, including the other \Deleted message, unchanged
        assertThat(junk).hasSize(1);
        assertThat(junk.values().iterator().next()).startsWith("<m2@example.test>")
                .endsWith(moved.substring(moved.lastIndexOf(' ')));
    }

    @Test
    void leaveChangesNothing() throws Exception {
        Map<String, String> before = snapshot();
        long[] uid = uidOf(2);
        new MailboxActions().apply(imap, "INBOX", uid[0], uid[1], AfterAction.LEAVE);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void copyToFolderAddsOneCopyAndLeavesTheOriginal() throws Exception {
        Map<String, String> before = snapshot();
        long[] uid = uidOf(4);
        new MailboxActions().apply(imap, "INBOX", uid[0], uid[1], AfterAction.copyTo("Archive"));
        Map<String, String> after = snapshot();
        assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + 1);
        assertThat(after.entrySet().stream().filter(e -> e.getKey().startsWith("Archive/")).toList()).singleElement()
                .satisfies(e -> assertThat(e.getValue()).startsWith("<m4@example.test>"));
    }

    @Test
    void aStaleUidValidityChangesNothing() throws Exception {
        Map<String, String> before = snapshot();
        long[] uid = uidOf(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MailboxActions().apply(imap, "INBOX", uid[0] + 1,
                uid[1], AfterAction.MOVE_TO_JUNK)).hasMessageContaining("nothing was changed");
        assertThat(snapshot()).isEqualTo(before);
    }
}
