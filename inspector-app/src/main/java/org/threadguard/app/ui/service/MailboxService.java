package org.threadguard.app.ui.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.Progress;

/**
 * Everything the inspector's ViewModels need from mail: the one seam between the UI and
 * imap-connector. ViewModels call it only from background tasks; every method may block.
 *
 * <p>{@link CacheMailboxService} implements it over the SQLite cache for the demo and local
 * sources; IMAP operations throw {@link NotAvailableException} until the IMAP sync is plugged in
 * (see {@code addImapAccount}, {@code testConnection}, {@code sync}).
 */
public interface MailboxService {

    /** The remembered sources, in the order they were added. */
    List<MailboxSource> sources();

    /** Imports the demo mailbox into the cache (idempotent) and remembers it as a source. */
    MailboxSource openDemo(Progress progress, CancelToken cancel);

    /** Imports an .eml file or directory, an mbox file or a Maildir into the cache and remembers it. */
    MailboxSource openLocal(Path path, Progress progress, CancelToken cancel);

    /** Checks that the server answers and accepts the login; throws with a readable message if not. */
    void testConnection(ImapSettings settings, char[] password);

    /** Stores the password in the keyring and remembers the account. */
    MailboxSource addImapAccount(ImapSettings settings, char[] password);

    /**
     * Brings the cache up to date with the source: IMAP sync (progress per folder: done/total
     * messages), re-import for local sources. Cancellable between batches.
     */
    void sync(MailboxSource source, Progress progress, CancelToken cancel);

    /** The thread list remembered from the last analysis, readable at once on start; empty if none. */
    Optional<MailboxSnapshot> rememberedThreads(MailboxSource source);

    /**
     * Loads the source's messages from the cache and threads them without judging them (rows have
     * no level yet): the quick first list when nothing is remembered. A following {@link #analyse}
     * of the same source reuses the loaded messages.
     */
    MailboxSnapshot threads(MailboxSource source, Progress progress, CancelToken cancel);

    /** Loads the source's messages from the cache, threads and analyses them, and remembers the list. */
    MailboxSnapshot analyse(MailboxSource source, Progress progress, CancelToken cancel);

    /** The timeline of one thread of the last {@link #analyse}d source. */
    Optional<ThreadDetail> thread(MailboxSource source, String threadId);

    /** Marks a message as safe (remembered in the cache), or undoes it. */
    void setMarkedSafe(String messageKey, boolean safe);

    /** Adds an allowlist entry for a sender: {@code LINK_DOMAIN} or {@code ATTACHMENT_TYPE}. */
    default void allow(SafetyEntry.Kind kind, String sender, String value) {
        throw new NotAvailableException("Allowlists are not available for this mailbox.");
    }

    /** Every safe mark and allowlist entry, oldest first. */
    default List<SafetyEntry> safetyEntries() {
        return List.of();
    }

    /** Removes a safe mark or allowlist entry (undo). */
    default void remove(SafetyEntry entry) {
        throw new NotAvailableException("Allowlists are not available for this mailbox.");
    }

    /** The raw source as received. */
    Optional<byte[]> rawSource(String messageKey);

    /** Forgets a source (its cached messages stay). */
    void removeSource(MailboxSource source);
}
