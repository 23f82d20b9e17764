package org.threadguard.heuristics.detect;

import java.util.List;

/** Notices one kind of mismatch between a reply and its thread or its sender's history. */
public interface Detector {

    /** The finding code this detector emits. */
    String code();

    /** Findings for the message in the context; empty when nothing is noticed. */
    List<Finding> detect(AnalysisContext context);

    /**
     * Derives ahead of judging what this detector will read of the message alone (memoised in the facts
     * with {@link MessageFacts#derived}). Called for every message, on any thread, in parallel with the
     * judging of earlier messages; must not look at other mail.
     */
    default void prepare(MessageFacts facts) {
    }
}
