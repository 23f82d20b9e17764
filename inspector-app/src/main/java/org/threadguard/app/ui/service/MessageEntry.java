package org.threadguard.app.ui.service;

import java.time.Duration;
import org.threadguard.heuristics.detect.Verdict;
import org.threadguard.heuristics.model.MailMessage;

/**
 * One message of a thread's timeline.
 *
 * @param message the message
 * @param verdict its verdict (consistent with no findings when it was not judged)
 * @param judged whether it was judged (a reply from someone else)
 * @param own whether the user sent it (Sent folder)
 * @param markedSafe whether the user marked it as safe
 * @param gap time since the previous message of the thread, or {@code null} for the first
 */
public record MessageEntry(MailMessage message, Verdict verdict, boolean judged, boolean own, boolean markedSafe,
        Duration gap) {

    public MessageEntry withMarkedSafe(boolean safe) {
        return new MessageEntry(message, verdict, judged, own, safe, gap);
    }
}
