package org.threadguard.app.ui.common.tasks;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cooperative cancel flag that long-running service calls poll. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} when cancelled. */
    public void check() {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }
}
