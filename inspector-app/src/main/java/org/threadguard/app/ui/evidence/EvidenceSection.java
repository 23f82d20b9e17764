package org.threadguard.app.ui.evidence;

import java.util.List;
import org.threadguard.app.ui.common.WordDiff;
import org.threadguard.heuristics.detect.Severity;

/** One block of the evidence view; the controller renders each kind. All texts are already safe (defanged). */
public sealed interface EvidenceSection {

    String title();

    /** A side-by-side table row: what is compared, the earlier genuine value, this reply's value. */
    record Row(String field, String earlier, String current, boolean differs) {
    }

    /** A table (sender, client fingerprint, links, attachments, language and style). */
    record Table(String id, String title, List<String> columns, List<List<String>> cells, List<Boolean> flagged)
            implements EvidenceSection {
        public Table {
            columns = List.copyOf(columns);
            cells = cells.stream().map(List::copyOf).toList();
            flagged = List.copyOf(flagged);
        }
    }

    /** A finding: its plain-language explanation and its evidence rows (earlier vs this reply). */
    record FindingCard(String code, String title, Severity severity, int weight, String explanation, List<Row> rows)
            implements EvidenceSection {
        public FindingCard {
            rows = List.copyOf(rows);
        }
    }

    /** The quoted text against what was really sent, as a word diff. */
    record QuoteDiff(String title, String originalRef, List<WordDiff.Segment> segments, boolean changed)
            implements EvidenceSection {
        public QuoteDiff {
            segments = List.copyOf(segments);
        }
    }

    /**
     * Timing: the gaps between the thread's messages (minutes; this reply's gap at {@code thisIndex})
     * against the typical gap, and the sender's usual hours against this reply's hour.
     */
    record Timing(String title, List<Long> gapMinutes, int thisIndex, long typicalMinutes, int[] senderHours,
            int thisHour, String caption) implements EvidenceSection {
        public Timing {
            gapMinutes = List.copyOf(gapMinutes);
            senderHours = senderHours.clone();
        }
    }
}
