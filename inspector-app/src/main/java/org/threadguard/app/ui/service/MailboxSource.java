package org.threadguard.app.ui.service;

import java.util.Objects;

/**
 * A mailbox the inspector shows: the demo, a local source (.eml directory, mbox, Maildir) or an
 * IMAP account.
 *
 * @param id stable id, used to remember the last view
 * @param kind what it is
 * @param displayName what the user sees
 * @param account the cache account name its messages are stored under
 * @param location the path of a local source, the host of an IMAP account, empty for the demo
 */
public record MailboxSource(String id, Kind kind, String displayName, String account, String location) {
    public enum Kind { DEMO, LOCAL, IMAP }

    public MailboxSource {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        displayName = displayName == null ? id : displayName;
        account = account == null ? id : account;
        location = location == null ? "" : location;
    }

    /** A local mailbox known only from the cache (written by {@code scan} or {@code sync}): nothing to read again. */
    public boolean isCacheOnly() {
        return kind == Kind.LOCAL && location.isEmpty();
    }
}
