package org.threadguard.heuristics.detect;

import java.util.List;

/**
 * The outcome for one reply.
 *
 * @param score risk score 0..100
 * @param level the verdict level
 * @param findings the findings, strongest first
 * @param summary a one-paragraph plain-language summary
 */
public record Verdict(int score, Level level, List<Finding> findings, String summary) {
    public Verdict {
        findings = findings == null ? List.of() : List.copyOf(findings);
        summary = summary == null ? "" : summary;
    }

    public boolean flagged() {
        return level != Level.CONSISTENT;
    }
}
