package org.threadguard.heuristics.detect;

import java.util.List;

/** Notices one kind of mismatch between a reply and its thread or its sender's history. */
public interface Detector {

    /** The finding code this detector emits. */
    String code();

    /** Findings for the message in the context; empty when nothing is noticed. */
    List<Finding> detect(AnalysisContext context);
}
