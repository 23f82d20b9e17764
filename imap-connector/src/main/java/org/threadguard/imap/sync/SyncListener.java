package org.threadguard.imap.sync;

/** Hears how far a sync has come. Called on the sync's thread; implementations must return quickly. */
public interface SyncListener {
    /** A listener that ignores everything. */
    SyncListener NONE = new SyncListener() {
    };

    /**
     * Progress inside a folder: {@code done} of {@code total} messages to fetch are stored. Called once
     * with done = 0 when the folder starts and after every stored batch.
     */
    default void progress(String folder, long done, long total) {
    }

    /** Something the user may want to know that does not stop the sync (a missing folder, a reconnect). */
    default void warning(String message) {
    }
}
