package org.threadguard.imap.connect;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work started in the background, with its failure rethrown as it was thrown. */
public final class Futures {
    private Futures() {
    }

    /** The future's value; a runtime exception or error it failed with is rethrown unwrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
