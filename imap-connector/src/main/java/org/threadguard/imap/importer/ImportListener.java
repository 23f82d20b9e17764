package org.threadguard.imap.importer;

import java.nio.file.Path;

/** Hears about a running import. Calls come from the importing thread, in order. */
public interface ImportListener {
    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {
    };

    /**
     * Progress in messages.
     *
     * @param done messages handled so far (added, present or failed)
     * @param total messages expected, or -1 when unknown (mbox files are read as they go)
     */
    default void onProgress(long done, long total) {
    }

    /** A file (or an mbox message) that could not be read; it is skipped and the import goes on. */
    default void onError(Path file, String message) {
    }
}
