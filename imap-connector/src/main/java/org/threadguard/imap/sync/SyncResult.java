package org.threadguard.imap.sync;

import java.util.List;

/**
 * What a sync did.
 *
 * @param folders one entry per folder synced (or started, when cancelled)
 * @param cancelled whether the sync stopped early on request; the cache is consistent and the next
 *     sync resumes
 * @param reconnects how many times a lost connection was re-established
 */
public record SyncResult(List<FolderResult> folders, boolean cancelled, int reconnects) {
    public SyncResult {
        folders = List.copyOf(folders);
    }

    /** Messages added over all folders. */
    public int added() {
        return folders.stream().mapToInt(FolderResult::added).sum();
    }

    /** Messages removed (expunged on the server) over all folders. */
    public int removed() {
        return folders.stream().mapToInt(FolderResult::removed).sum();
    }

    /**
     * One folder's outcome.
     *
     * @param folder the folder's full name
     * @param added messages newly stored
     * @param removed messages removed from the cache because the server expunged them
     * @param partial messages stored without their attachments (over the size cap)
     * @param uidValidityChanged whether the folder's UIDVALIDITY changed, so its cache was rebuilt
     * @param total messages in the folder on the server
     */
    public record FolderResult(String folder, int added, int removed, int partial, boolean uidValidityChanged,
            int total) {
    }
}
