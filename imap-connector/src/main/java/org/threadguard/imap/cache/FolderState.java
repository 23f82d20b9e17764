package org.threadguard.imap.cache;

import java.util.Objects;

/**
 * What the cache knows of a server folder, for incremental IMAP sync.
 *
 * @param account the account name
 * @param folder the folder name
 * @param uidValidity the folder's UIDVALIDITY; a change invalidates every cached UID
 * @param uidNext the next UID the server will assign, as last seen
 * @param highestModSeq the CONDSTORE HIGHESTMODSEQ as last seen, 0 when unsupported
 */
public record FolderState(String account, String folder, long uidValidity, long uidNext, long highestModSeq) {
    public FolderState {
        Objects.requireNonNull(account);
        Objects.requireNonNull(folder);
    }
}
