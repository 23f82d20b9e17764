package org.threadguard.imap.report;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The after-action of a report on the IMAP server: copy the original to a folder or move it to
 * Junk. The only change Threadguard ever makes to a mailbox, and only when the user asked for it.
 * A move uses MOVE when the server has it, else COPY, \Deleted and UID EXPUNGE of that one UID
 * (never a plain EXPUNGE, which would also remove other messages marked deleted).
 */
public final class MailboxActions {
    private static final List<String> JUNK_NAMES = List.of("Junk", "Junk E-Mail", "Junk Email", "Spam", "INBOX.Junk",
            "INBOX.Spam", "[Gmail]/Spam");

    /**
     * What an after-action did.
     *
     * @param message a sentence saying what was done
     * @param removedFromFolder whether the message is no longer in its folder on the server (moved)
     */
    public record Result(String message, boolean removedFromFolder) {
    }

    /**
     * Applies the action to the message with this UID.
     *
     * @return a sentence saying what was done
     */
    public String apply(MailServer server, String folder, long uidValidity, long uid, AfterAction action)
            throws ReportSendException {
        return applyWithResult(server, folder, uidValidity, uid, action).message();
    }

    /** Like {@link #apply}, also saying whether the message left its folder (so a cache can drop it). */
    public Result applyWithResult(MailServer server, String folder, long uidValidity, long uid, AfterAction action)
            throws ReportSendException {
        if (action.kind() == AfterAction.Kind.LEAVE) {
            return new Result("The original was left where it is.", false);
        }
        Session session;
        try {
            session = Session.getInstance(MailSessions.properties("imap", server));
        } catch (IllegalArgumentException e) {
            throw new ReportSendException(e.getMessage(), e);
        }
        char[] password;
        try {
            password = server.password().get();
        } catch (RuntimeException e) {
            throw new ReportSendException("No password to change the mailbox on " + server.host() + ": "
                    + e.getMessage() + "; nothing was changed.", e);
        }
        try (Store store = session.getStore(MailSessions.protocol("imap", server))) {
            store.connect(server.host(), server.port(), server.user(), password == null ? "" : new String(password));
            IMAPFolder source = (IMAPFolder) store.getFolder(folder);
            source.open(Folder.READ_WRITE);
            try {
                if (uidValidity > 0 && source.getUIDValidity() != uidValidity) {
                    throw new ReportSendException("The folder " + folder + " changed on the server (UIDVALIDITY "
                            + source.getUIDValidity() + ", expected " + uidValidity + "); nothing was changed.", null);
                }
                Message m = source.getMessageByUID(uid);
                if (m == null) {
                    throw new ReportSendException("The message (UID " + uid + ") is no longer in " + folder
                            + "; nothing was changed.", null);
                }
                IMAPStore imap = (IMAPStore) store;
                if (action.kind() == AfterAction.Kind.COPY_TO_FOLDER) {
                    Folder target = existingOrCreated(store, action.folder());
                    source.copyMessages(new Message[] {m}, target);
                    return new Result("Copied the original to " + target.getFullName() + ".", false);
                }
                Folder junk = junkFolder(store);
                if (junk.getFullName().equals(source.getFullName())) {
                    return new Result("The original is already in " + junk.getFullName() + ".", false);
                }
                if (imap.hasCapability("MOVE")) {
                    source.moveUIDMessages(new Message[] {m}, junk);
                    return new Result("Moved the original to " + junk.getFullName() + ".", true);
                }
                source.copyMessages(new Message[] {m}, junk);
                m.setFlag(Flags.Flag.DELETED, true);
                if (imap.hasCapability("UIDPLUS")) {
                    source.expunge(new Message[] {m});
                    return new Result("Moved the original to " + junk.getFullName()
                            + " (copy and expunge of that message).", true);
                }
                return new Result("Copied the original to " + junk.getFullName() + " and marked it deleted; the server "
                        + "cannot expunge a single message (no MOVE, no UIDPLUS), so it stays until your mail program "
                        + "expunges.", false);
            } finally {
                if (source.isOpen()) {
                    source.close(false);
                }
            }
        } catch (MessagingException e) {
            throw new ReportSendException("Could not change the mailbox on " + server.host() + ":" + server.port() + ": "
                    + SmtpReportSender.describe(e), e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static Folder existingOrCreated(Store store, String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create the folder " + name);
        }
        return f;
    }

    /** The folder with the \Junk special use, else a folder named like Junk/Spam, else a new "Junk". */
    static Folder junkFolder(Store store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder f : all) {
            if (f instanceof IMAPFolder i) {
                for (String attr : i.getAttributes()) {
                    if (attr.equalsIgnoreCase("\\Junk")) {
                        return f;
                    }
                }
            }
        }
        for (String name : JUNK_NAMES) {
            for (Folder f : all) {
                if (f.getFullName().equalsIgnoreCase(name)) {
                    return f;
                }
            }
        }
        for (Folder f : all) {
            String n = f.getName().toLowerCase(Locale.ROOT);
            if (n.equals("junk") || n.equals("spam")) {
                return f;
            }
        }
        return existingOrCreated(store, "Junk");
    }
}
