package org.threadguard.heuristics.thread;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A conversation: its messages in time order, and for each message its parent and how it was linked.
 * Messages are identified by {@link MailMessage#key()}.
 */
public final class MailThread {
    private final String id;
    private final List<MailMessage> messages;
    private final Map<String, MailMessage> parents;
    private final Map<String, ThreadLink> links;

    public MailThread(String id, List<MailMessage> messages, Map<String, MailMessage> parents,
            Map<String, ThreadLink> links) {
        this.id = id;
        this.messages = List.copyOf(messages);
        this.parents = Map.copyOf(parents);
        this.links = Map.copyOf(links);
    }

    /** A stable id for the thread (the root's Message-ID or key). */
    public String id() {
        return id;
    }

    /** The messages in time order (arrival, then Date). */
    public List<MailMessage> messages() {
        return messages;
    }

    public Optional<MailMessage> parentOf(MailMessage message) {
        return Optional.ofNullable(parents.get(message.key()));
    }

    public ThreadLink linkOf(MailMessage message) {
        return links.getOrDefault(message.key(), ThreadLink.ROOT);
    }

    public MailMessage root() {
        return messages.get(0);
    }

    public int size() {
        return messages.size();
    }
}
