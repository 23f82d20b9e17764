package org.threadguard.imap.cache;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.threadguard.heuristics.detect.Allowlist;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The local store of parsed messages and their raw bytes. Sync, import and analysis talk to this
 * interface and never to SQL.
 *
 * <p>Messages are keyed by (account, folder, source key). The source key is {@code UIDVALIDITY:UID}
 * for IMAP, a relative path for .eml/Maildir files, and a byte offset for mbox files.
 */
public interface MessageCache extends AutoCloseable {

    /** Whether a message with this key is already stored. */
    boolean contains(String account, String folder, String sourceKey);

    /**
     * Stores a batch of messages in one transaction: all or none. Messages whose key is already
     * present are left unchanged. Returns how many were added.
     */
    int putAll(Collection<StoredMessage> batch);

    /** Every parsed message of an account (all folders), in no particular order. */
    List<MailMessage> loadAll(String account);

    /** The accounts that have messages in the cache, sorted. */
    List<String> accounts();

    /**
     * The {@link Envelope} of every message of an account (all folders), in no particular order: what
     * threading and a thread list need, far cheaper to read than {@link #loadAll(String)}.
     */
    List<Envelope> envelopes(String account);

    /** Every parsed message of every account. */
    List<MailMessage> loadAll();

    /** The raw bytes exactly as received, by the message's {@link MailMessage#key()}. */
    Optional<byte[]> raw(String messageKey);

    /** Messages with this Message-ID (angle brackets included), across folders. */
    List<MailMessage> findByMessageId(String messageId);

    /** Number of stored messages. */
    long count();

    /**
     * Removes messages of a folder by source key (e.g. UIDs expunged on the server). Returns how
     * many were removed.
     */
    int remove(String account, String folder, Collection<String> sourceKeys);

    /** The source keys of every stored message of a folder (e.g. {@code UIDVALIDITY:UID}), in no order. */
    List<String> sourceKeys(String account, String folder);

    /** Removes every message of a folder and its sync state (e.g. after a UIDVALIDITY change). */
    void removeFolder(String account, String folder);

    /** The last stored sync state of a folder, if any. */
    Optional<FolderState> folderState(String account, String folder);

    /** Stores (replaces) the sync state of a folder. */
    void putFolderState(FolderState state);

    /** Remembers that the user marked a message as safe; replaces an earlier note. */
    void markSafe(String messageKey, String note);

    /** Forgets a safe mark; no effect when there is none. */
    void unmarkSafe(String messageKey);

    /** Whether the user marked this message as safe. */
    boolean isMarkedSafe(String messageKey);

    /** Every safe mark, oldest first. */
    List<SafeMark> safeMarks();

    /** Adds an allowlist entry ("this sender's links to this domain / attachments of this type are fine"). */
    void addAllowlistEntry(AllowlistEntry.Kind kind, String sender, String value);

    /** Removes an allowlist entry; no effect when there is none. */
    void removeAllowlistEntry(AllowlistEntry.Kind kind, String sender, String value);

    /** Every allowlist entry, oldest first. */
    List<AllowlistEntry> allowlistEntries();

    /** Keys of the messages marked as safe. */
    default java.util.Set<String> safeMessageKeys() {
        java.util.Set<String> safe = new java.util.HashSet<>();
        for (SafeMark m : safeMarks()) {
            safe.add(m.messageKey());
        }
        return safe;
    }

    /** The allowlist as the detectors take it, with the messages marked as safe. */
    default Allowlist allowlist() {
        return AllowlistEntry.toAllowlist(allowlistEntries()).withSafeMessages(safeMessageKeys());
    }

    /**
     * A number that changes whenever the account's messages change (added, removed, a folder reset);
     * 0 for an account never written.
     */
    long generation(String account);

    /** The account's stored {@link ThreadListing} bytes, only if stored at its current generation. */
    Optional<byte[]> threadList(String account);

    /**
     * Stores the account's thread list built at {@code generation}; ignored (false) when the account changed
     * since, so a list never outlives the messages it was built from.
     */
    boolean putThreadList(String account, long generation, byte[] data);

    @Override
    void close();
}
