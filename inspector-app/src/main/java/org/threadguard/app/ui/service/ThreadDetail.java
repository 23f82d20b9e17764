package org.threadguard.app.ui.service;

import java.time.Duration;
import java.util.List;

/**
 * A thread's timeline.
 *
 * @param summary the row it belongs to
 * @param messages its messages in time order, the user's Sent replies in place
 * @param typicalGap the median gap between consecutive messages, {@code null} with fewer than 3 messages
 */
public record ThreadDetail(ThreadSummary summary, List<MessageEntry> messages, Duration typicalGap) {
    public ThreadDetail {
        messages = List.copyOf(messages);
    }
}
