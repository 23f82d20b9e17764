package org.threadguard.imap.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What happens to the original in the mailbox after a report: the only change Threadguard ever
 * makes to a mailbox, and only when the user asked for it.
 *
 * @param kind the action
 * @param folder the target folder for {@link Kind#COPY_TO_FOLDER}; empty otherwise
 */
public record AfterAction(Kind kind, String folder) {
    public enum Kind { LEAVE, COPY_TO_FOLDER, MOVE_TO_JUNK }

    public static final AfterAction LEAVE = new AfterAction(Kind.LEAVE, "");
    public static final AfterAction MOVE_TO_JUNK = new AfterAction(Kind.MOVE_TO_JUNK, "");

    public AfterAction {
        Objects.requireNonNull(kind);
        folder = folder == null ? "" : folder.strip();
        if (kind == Kind.COPY_TO_FOLDER && folder.isEmpty()) {
            throw new IllegalArgumentException("COPY_TO_FOLDER needs a folder name");
        }
        if (kind != Kind.COPY_TO_FOLDER) {
            folder = "";
        }
    }

    public static AfterAction copyTo(String folder) {
        return new AfterAction(Kind.COPY_TO_FOLDER, folder);
    }

    /** {@code leave}, {@code junk} or {@code copy:FOLDER}. */
    public static AfterAction parse(String s) {
        String t = s.strip();
        String l = t.toLowerCase(Locale.ROOT);
        if (l.equals("leave")) {
            return LEAVE;
        }
        if (l.equals("junk") || l.equals("move-to-junk")) {
            return MOVE_TO_JUNK;
        }
        if (l.startsWith("copy:")) {
            return copyTo(t.substring(5));
        }
        throw new IllegalArgumentException("Unknown after-action '" + s + "' (leave, junk or copy:FOLDER)");
    }

    public String id() {
        return switch (kind) {
            case LEAVE -> "leave";
            case MOVE_TO_JUNK -> "junk";
            case COPY_TO_FOLDER -> "copy:" + folder;
        };
    }
}
