package org.threadguard.heuristics.detect;

/**
 * One line of side-by-side evidence.
 *
 * @param field what is compared (e.g. "Client", "Link", "Quoted text")
 * @param earlier what the earlier genuine messages show, empty when they show nothing
 * @param earlierRef the Message-ID (or key) of the earlier message the value comes from, empty when it is a summary
 * @param suspicious what this reply shows
 */
public record EvidenceRow(String field, String earlier, String earlierRef, String suspicious) {
    public EvidenceRow {
        field = field == null ? "" : field;
        earlier = earlier == null ? "" : earlier;
        earlierRef = earlierRef == null ? "" : earlierRef;
        suspicious = suspicious == null ? "" : suspicious;
    }
}
