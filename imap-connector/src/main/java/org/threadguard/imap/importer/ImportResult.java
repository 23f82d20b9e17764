package org.threadguard.imap.importer;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param added messages newly stored
 * @param alreadyPresent messages skipped because the cache already had them
 * @param failed files or messages that could not be read
 * @param errors one human-readable line per failure
 * @param replaced of {@code added}, messages whose source changed since they were cached (their old copy is gone)
 * @param removed cached messages that the source no longer holds, removed from the cache
 */
public record ImportResult(int added, int alreadyPresent, int failed, List<String> errors, int replaced, int removed) {
    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ImportResult(int added, int alreadyPresent, int failed, List<String> errors) {
        this(added, alreadyPresent, failed, errors, 0, 0);
    }

    /** Messages seen in total. */
    public int total() {
        return added + alreadyPresent + failed;
    }
}
