package org.threadguard.imap.importer;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param added messages newly stored
 * @param alreadyPresent messages skipped because the cache already had them
 * @param failed files or messages that could not be read
 * @param errors one human-readable line per failure
 */
public record ImportResult(int added, int alreadyPresent, int failed, List<String> errors) {
    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Messages seen in total. */
    public int total() {
        return added + alreadyPresent + failed;
    }
}
