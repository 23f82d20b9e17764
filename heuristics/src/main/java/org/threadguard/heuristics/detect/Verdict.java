package org.threadguard.heuristics.detect;

import java.util.List;

/**
 * The outcome for one reply.
 *
 * @param score risk score 0..100
 * @param level the verdict level
 * @param findings the findings, strongest first
 * @param summaryText a one-paragraph plain-language summary; {@link #summary()} gives it in English
 */
public record Verdict(int score, Level level, List<Finding> findings, Text summaryText) {
    public Verdict {
        findings = findings == null ? List.of() : List.copyOf(findings);
        summaryText = summaryText == null ? Text.empty() : summaryText;
    }

    /** A verdict whose summary needs no translation (tests, imported results). */
    public Verdict(int score, Level level, List<Finding> findings, String summary) {
        this(score, level, findings, Text.literal(summary));
    }

    /** The summary in English (the output contract). */
    public String summary() {
        return summaryText.english();
    }

    public boolean flagged() {
        return level != Level.CONSISTENT;
    }
}
