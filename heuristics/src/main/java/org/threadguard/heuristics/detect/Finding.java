package org.threadguard.heuristics.detect;

import java.util.List;

/**
 * What one detector noticed about a reply, explainable without the score.
 *
 * @param code the stable finding code (e.g. {@code NOVEL_LINK_DOMAIN}), shared by the CLI, the UI and the plugin
 * @param severity how much it says on its own
 * @param strength the weight in the score, 0..1
 * @param explanation one sentence an end user understands
 * @param earlier what the earlier messages show (summary)
 * @param earlierRef the Message-ID of the earlier message the summary refers to, empty when several
 * @param suspicious what this reply shows (summary)
 * @param rows the detailed side-by-side evidence, possibly empty
 */
public record Finding(
        String code,
        Severity severity,
        double strength,
        String explanation,
        String earlier,
        String earlierRef,
        String suspicious,
        List<EvidenceRow> rows) {

    public Finding {
        rows = rows == null ? List.of() : List.copyOf(rows);
        earlier = earlier == null ? "" : earlier;
        earlierRef = earlierRef == null ? "" : earlierRef;
        suspicious = suspicious == null ? "" : suspicious;
        strength = Math.max(0, Math.min(1, strength));
    }

    /** Builds a finding whose severity follows from its strength. */
    public static Finding of(String code, double strength, String explanation, String earlier, String earlierRef,
            String suspicious, List<EvidenceRow> rows) {
        return new Finding(code, Severity.forStrength(strength), strength, explanation, earlier, earlierRef,
                suspicious, rows);
    }

    /** The weight as an integer 0..100, for display. */
    public int weight() {
        return (int) Math.round(strength * 100);
    }
}
