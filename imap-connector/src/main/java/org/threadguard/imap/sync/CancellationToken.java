package org.threadguard.imap.sync;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running sync to stop. The sync checks it between batches, so it stops after storing the batch
 * in progress and leaves the cache consistent. Thread-safe; one token per sync.
 */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Requests the stop (from any thread, e.g. the UI's Cancel button). */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
