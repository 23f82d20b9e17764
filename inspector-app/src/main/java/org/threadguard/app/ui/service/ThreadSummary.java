package org.threadguard.app.ui.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.threadguard.heuristics.detect.Level;

/**
 * One row of the thread list: small, so that 50,000 messages' worth of threads stay cheap.
 *
 * @param id the thread id
 * @param subject the thread's subject
 * @param participants display names or addresses of the senders, in order of appearance
 * @param lastDate the newest message's arrival, or {@code null}
 * @param messageCount messages in the thread
 * @param highestLevel the highest verdict level among its replies (safe-marked ones excepted), {@code null}
 *        while the thread has not been analysed yet
 * @param highestScore the highest score among its replies (safe-marked ones excepted)
 * @param folders the folders its messages are in
 */
public record ThreadSummary(String id, String subject, List<String> participants, Instant lastDate,
        int messageCount, Level highestLevel, int highestScore, Set<String> folders) {
    public ThreadSummary {
        participants = List.copyOf(participants);
        folders = Set.copyOf(folders);
    }

    public boolean flagged() {
        return highestLevel != null && highestLevel != Level.CONSISTENT;
    }

    /** Whether the verdicts are known (false in the quick list shown before the analysis ends). */
    public boolean analysed() {
        return highestLevel != null;
    }
}
