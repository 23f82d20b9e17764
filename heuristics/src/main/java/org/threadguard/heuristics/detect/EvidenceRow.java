package org.threadguard.heuristics.detect;

/**
 * One line of side-by-side evidence. The words are {@link Text}s; {@link #field()}, {@link #earlier()} and
 * {@link #suspicious()} give them in English (the output contract).
 *
 * @param fieldText what is compared (e.g. "Client", "Link", "Quoted text")
 * @param earlierText what the earlier genuine messages show, empty when they show nothing
 * @param earlierRef the Message-ID (or key) of the earlier message the value comes from, empty when it is a summary
 * @param suspiciousText what this reply shows
 */
public record EvidenceRow(Text fieldText, Text earlierText, String earlierRef, Text suspiciousText) {
    public EvidenceRow {
        fieldText = fieldText == null ? Text.empty() : fieldText;
        earlierText = earlierText == null ? Text.empty() : earlierText;
        earlierRef = earlierRef == null ? "" : earlierRef;
        suspiciousText = suspiciousText == null ? Text.empty() : suspiciousText;
    }

    /** A row whose words are data or English only. */
    public EvidenceRow(String field, String earlier, String earlierRef, String suspicious) {
        this(Text.literal(field), Text.literal(earlier), earlierRef, Text.literal(suspicious));
    }

    public String field() {
        return fieldText.english();
    }

    public String earlier() {
        return earlierText.english();
    }

    public String suspicious() {
        return suspiciousText.english();
    }
}
