package org.threadguard.app.ui.service;

import java.util.List;

/**
 * The thread list of a source.
 *
 * @param source the source
 * @param folders the folders, in display order
 * @param threads thread rows, newest first
 * @param analysed whether the verdicts are from a full analysis of the current cache ({@code false}
 *        for the remembered list shown at once on start)
 */
public record MailboxSnapshot(MailboxSource source, List<String> folders, List<ThreadSummary> threads,
        boolean analysed) {
    public MailboxSnapshot {
        folders = List.copyOf(folders);
        threads = List.copyOf(threads);
    }
}
