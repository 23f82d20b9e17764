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
 * <p>{@link CacheMailboxService} implements it over the SQLite cache and imap-connector. IMAP
 * failures are {@link ImapProblem}s, whose kind the ViewModels translate.
 */
public interface MailboxService {

    /** The remembered sources, in the order they were added. */
    List<MailboxSource> sources();

    /**
     * Starts the embedded demo IMAP server, syncs it into the cache (account "demo"), stops the
     * server and remembers the demo as a source.
     */
    MailboxSource openDemo(Progress progress, CancelToken cancel);

    /** Imports an .eml file or directory, an mbox file or a Maildir into the cache and remembers it. */
    MailboxSource openLocal(Path path, Progress progress, CancelToken cancel);

    /** Checks that the server answers and accepts the login; throws {@link ImapProblem} if not. */
    void testConnection(ImapSettings settings, char[] password);

    /**
     * Checks the login, remembers the account (with its trusted certificate, if any) and stores the
     * password in the system keyring; without a keyring the password is kept in memory for this
     * session only (see {@link #passwordInKeyring}).
     */
    MailboxSource addImapAccount(ImapSettings settings, char[] password);

    /** Whether a system keyring can hold IMAP passwords (else they are kept in memory for the session). */
    default boolean keyringAvailable() {
        return true;
    }

    /** Whether the account's password went to the keyring when it was added in this session; empty if unknown. */
    default Optional<Boolean> passwordInKeyring(MailboxSource source) {
        return Optional.empty();
    }

    /** The trainer description of a demo attack message in the language of {@code locale}; empty otherwise. */
    default Optional<TrainerNote> trainerNote(MessageEntry entry, java.util.Locale locale) {
        return Optional.empty();
    }

    /**
     * Brings the cache up to date with the source: IMAP sync (progress per folder: done/total
     * messages), re-import for local sources. Cancellable between batches.
     */
    void sync(MailboxSource source, Progress progress, CancelToken cancel);

    /** The thread list remembered from the last analysis, readable at once on start; empty if none. */
    Optional<MailboxSnapshot> rememberedThreads(MailboxSource source);

    /**
     * Threads the source's message envelopes from the cache (no bodies are read) without judging
     * them (rows have no level yet): the quick first list when nothing is remembered. Thread ids are
     * those {@link #analyse} gives for the same cache.
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
