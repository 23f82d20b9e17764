package org.threadguard.heuristics.detect;

import java.util.List;

/**
 * What one detector noticed about a reply, explainable without the score.
 *
 * <p>The words are {@link Text}s, rendered in the user's language by the inspector; {@link #explanation()},
 * {@link #earlier()} and {@link #suspicious()} give the English wording of the command line and the JSON
 * output.
 *
 * @param code the stable finding code (e.g. {@code NOVEL_LINK_DOMAIN}), shared by the CLI, the UI and the plugin
 * @param severity how much it says on its own
 * @param strength the weight in the score, 0..1
 * @param explanationText one sentence an end user understands
 * @param earlierText what the earlier messages show (summary)
 * @param earlierRef the Message-ID of the earlier message the summary refers to, empty when several
 * @param suspiciousText what this reply shows (summary)
 * @param rows the detailed side-by-side evidence, possibly empty
 */
public record Finding(
        String code,
        Severity severity,
        double strength,
        Text explanationText,
        Text earlierText,
        String earlierRef,
        Text suspiciousText,
        List<EvidenceRow> rows) {

    public Finding {
        rows = rows == null ? List.of() : List.copyOf(rows);
        explanationText = explanationText == null ? Text.empty() : explanationText;
        earlierText = earlierText == null ? Text.empty() : earlierText;
        earlierRef = earlierRef == null ? "" : earlierRef;
        suspiciousText = suspiciousText == null ? Text.empty() : suspiciousText;
        strength = Math.max(0, Math.min(1, strength));
    }

    /** A finding whose words are data or English only (tests, imported results). */
    public Finding(String code, Severity severity, double strength, String explanation, String earlier,
            String earlierRef, String suspicious, List<EvidenceRow> rows) {
        this(code, severity, strength, Text.literal(explanation), Text.literal(earlier), earlierRef,
                Text.literal(suspicious), rows);
    }

    /** Builds a finding whose severity follows from its strength. */
    public static Finding of(String code, double strength, Text explanation, Text earlier, String earlierRef,
            Text suspicious, List<EvidenceRow> rows) {
        return new Finding(code, Severity.forStrength(strength), strength, explanation, earlier, earlierRef,
                suspicious, rows);
    }

    /** Builds a finding whose severity follows from its strength, from words that need no translation. */
    public static Finding of(String code, double strength, String explanation, String earlier, String earlierRef,
            String suspicious, List<EvidenceRow> rows) {
        return new Finding(code, Severity.forStrength(strength), strength, explanation, earlier, earlierRef,
                suspicious, rows);
    }

    /** The explanation in English (the output contract). */
    public String explanation() {
        return explanationText.english();
    }

    /** What the earlier messages show, in English. */
    public String earlier() {
        return earlierText.english();
    }

    /** What this reply shows, in English. */
    public String suspicious() {
        return suspiciousText.english();
    }

    /** The weight as an integer 0..100, for display. */
    public int weight() {
        return (int) Math.round(strength * 100);
    }
}
