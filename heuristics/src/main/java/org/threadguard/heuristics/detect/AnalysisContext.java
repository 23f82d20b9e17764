package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Everything a detector may look at for one reply: the reply's own facts, the thread as it was
 * before the reply arrived, the message it claims to answer, and the mailbox's earlier history.
 */
public final class AnalysisContext {
    private final MessageFacts facts;
    private final MailboxIndex.Resolution resolution;
    private final MailboxIndex mailbox;
    private final MessageFacts parent;
    private final Allowlist allowlist;

    public AnalysisContext(MessageFacts facts, MailboxIndex.Resolution resolution, MailboxIndex mailbox) {
        this(facts, resolution, mailbox, Allowlist.EMPTY);
    }

    public AnalysisContext(MessageFacts facts, MailboxIndex.Resolution resolution, MailboxIndex mailbox,
            Allowlist allowlist) {
        this.facts = facts;
        this.resolution = resolution;
        this.mailbox = mailbox;
        this.allowlist = allowlist == null ? Allowlist.EMPTY : allowlist;
        this.parent = findParent(facts.message(), resolution.thread(), mailbox);
    }

    private static MessageFacts findParent(MailMessage m, ThreadState thread, MailboxIndex mailbox) {
        List<String> candidates = new ArrayList<>();
        for (int i = m.inReplyTo().size() - 1; i >= 0; i--) {
            candidates.add(m.inReplyTo().get(i));
        }
        for (int i = m.references().size() - 1; i >= 0; i--) {
            candidates.add(m.references().get(i));
        }
        for (String id : candidates) {
            Optional<MessageFacts> f = mailbox.message(id);
            if (f.isPresent()) {
                return f.get();
            }
        }
        if (resolutionIsWeak(m, thread)) {
            return thread.last();
        }
        return null;
    }

    private static boolean resolutionIsWeak(MailMessage m, ThreadState thread) {
        return !thread.isEmpty() && !m.hasReplyHeaders();
    }

    private final java.util.Map<Class<?>, Object> memo = new java.util.HashMap<>();

    /** A value derived from this context once and shared by the detectors that need it. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Class<T> type, java.util.function.Function<AnalysisContext, T> compute) {
        Object v = memo.get(type);
        if (v == null) {
            v = compute.apply(this);
            memo.put(type, v);
        }
        return (T) v;
    }

    /** What the user allowed for later messages. */
    public Allowlist allowlist() {
        return allowlist;
    }

    public MessageFacts facts() {
        return facts;
    }

    public MailMessage message() {
        return facts.message();
    }

    /** The thread before this message arrived (possibly empty). */
    public ThreadState thread() {
        return resolution.thread();
    }

    public MailboxIndex.Resolution resolution() {
        return resolution;
    }

    public MailboxIndex mailbox() {
        return mailbox;
    }

    /** The earlier message this reply answers, if the mailbox has it. */
    public Optional<MessageFacts> parent() {
        return Optional.ofNullable(parent);
    }

    /** The sender's earlier messages in the whole mailbox, oldest first. */
    public List<MessageFacts> senderHistory() {
        return mailbox.senderHistory(facts.senderEmail());
    }

    /** A short, human reference to an earlier message. */
    public static String ref(MessageFacts f) {
        return f == null ? "" : f.message().messageId();
    }
}
