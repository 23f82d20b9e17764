package org.threadguard.imap.sync;

import java.util.List;

/**
 * What to sync and how.
 *
 * @param extraFolders folders to sync besides the defaults (by full name, as listed by the server)
 * @param defaultFolders whether to sync INBOX and the folders marked {@code \Sent} and {@code \Archive}
 *     (found by name when the server has no SPECIAL-USE)
 * @param batchSize at most this many messages per UID FETCH command
 * @param batchBytes at most about this many bytes of messages per UID FETCH command (bounds memory)
 * @param sizeCap messages larger than this are fetched as header, BODYSTRUCTURE and text parts only;
 *     their stored raw bytes are then partial and say so in an {@code X-Threadguard-Partial} header
 * @param maxRetries how many times in a row a lost connection is re-established before giving up
 */
public record SyncOptions(List<String> extraFolders, boolean defaultFolders, int batchSize, long batchBytes,
        long sizeCap, int maxRetries) {

    public SyncOptions {
        extraFolders = List.copyOf(extraFolders);
        if (batchSize < 1 || batchBytes < 1 || sizeCap < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("invalid sync options");
        }
    }

    /** INBOX, Sent and Archive; 250 messages or 16 MiB per batch; 2 MiB size cap; 3 retries. */
    public static SyncOptions defaults() {
        return new SyncOptions(List.of(), true, 250, 16L << 20, 2L << 20, 3);
    }

    /** A copy that also syncs these folders. */
    public SyncOptions withExtraFolders(List<String> folders) {
        return new SyncOptions(folders, defaultFolders, batchSize, batchBytes, sizeCap, maxRetries);
    }

    /** A copy with another batch size. */
    public SyncOptions withBatchSize(int size) {
        return new SyncOptions(extraFolders, defaultFolders, size, batchBytes, sizeCap, maxRetries);
    }

    /** A copy with another size cap. */
    public SyncOptions withSizeCap(long cap) {
        return new SyncOptions(extraFolders, defaultFolders, batchSize, batchBytes, cap, maxRetries);
    }
}
