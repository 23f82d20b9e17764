package org.threadguard.app.demo;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;

/**
 * An embedded IMAP server (GreenMail) on 127.0.0.1 with a random free port, holding the built-in demo
 * mailbox (INBOX and Sent, the shipped bytes unchanged) for one user with a random password. The demo
 * goes through the same IMAP sync as a real account. Close it to stop the server.
 */
public final class DemoServer implements AutoCloseable {
    /** The demo user's login name. */
    public static final String USER = "laura.weber";
    private final GreenMail greenMail;
    private final String password;
    private final int messages;

    private DemoServer(GreenMail greenMail, String password, int messages) {
        this.greenMail = greenMail;
        this.password = password;
        this.messages = messages;
    }

    /** Starts the server and loads the demo mailbox. */
    public static DemoServer start() {
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        GreenMail gm = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        gm.start();
        try {
            GreenMailUser user = gm.setUser("laura.weber@brightline-logistics.example", USER, password);
            ImapHostManager hosts = gm.getManagers().getImapHostManager();
            int count = load(hosts.getInbox(user), "INBOX", new Flags(Flags.Flag.SEEN));
            MailFolder sent = hosts.getFolder(user, "Sent");
            if (sent == null) {
                sent = hosts.createMailbox(user, "Sent");
            }
            count += load(sent, "Sent", new Flags(Flags.Flag.SEEN));
            return new DemoServer(gm, password, count);
        } catch (Exception | Error e) {
            gm.stop();
            throw new IllegalStateException("The demo IMAP server could not be started: " + e.getMessage(), e);
        }
    }

    private static int load(MailFolder folder, String name, Flags flags) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        int n = 0;
        for (DemoResources.DemoFile f : DemoResources.folder(name)) {
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(f.raw()));
            Date date = m.getSentDate();
            folder.appendMessage(m, flags, date == null ? new Date() : date);
            n++;
        }
        return n;
    }

    /** Always 127.0.0.1. */
    public String host() {
        return "127.0.0.1";
    }

    /** The port the server listens on. */
    public int port() {
        return greenMail.getImap().getPort();
    }

    /** The demo user's login name. */
    public String user() {
        return USER;
    }

    /** The demo user's random password (not a secret worth protecting: the server lives only for the demo). */
    public String password() {
        return password;
    }

    /** How many demo messages were loaded. */
    public int messageCount() {
        return messages;
    }

    /** An account for this server: plain IMAP to 127.0.0.1. */
    public ImapAccount account() {
        return new ImapAccount("demo", host(), port(), Security.PLAIN_LOCALHOST_ONLY, USER);
    }

    /** Stops the server. */
    @Override
    public void close() {
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "DemoServer[127.0.0.1:" + port() + ", user=" + USER + "]";
    }
}
