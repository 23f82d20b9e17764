package org.threadguard.heuristics.structure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;

/**
 * Notices a thread that wakes up long after its last message, measured against the thread's own
 * rhythm, or a reply to an old message when newer ones exist.
 */
public final class DormantThreadDetector implements Detector {
    public static final String CODE = "DORMANT_THREAD";
    private static final Duration MIN_DORMANT = Duration.ofDays(21);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts last = ctx.thread().last();
        Instant now = ctx.message().arrival();
        if (last == null || now == null || last.message().arrival() == null) {
            return List.of();
        }
        Duration gap = Duration.between(last.message().arrival(), now);
        Duration median = ctx.thread().medianGap();
        Duration rhythm = median == null || median.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : median;
        List<EvidenceRow> rows = new ArrayList<>();
        double strength = 0;
        String why = null;
        Duration longest = ctx.thread().longestGap();
        boolean quietBefore = longest != null && gap.compareTo(longest.multipliedBy(2)) < 0;
        if (gap.compareTo(MIN_DORMANT) >= 0 && gap.compareTo(rhythm.multipliedBy(8)) >= 0 && !quietBefore) {
            long days = gap.toDays();
            strength = days >= 365 ? 0.35 : days >= 90 ? 0.28 : 0.18;
            why = "it arrives " + days + " days after the thread's last message; the thread usually moved every "
                    + human(median) + " and was never quiet for more than " + human(longest);
            rows.add(new EvidenceRow("Gap since the previous message", "usually " + human(median),
                    AnalysisContext.ref(last), days + " days"));
        }
        MessageFacts parent = ctx.parent().orElse(null);
        if (parent != null && parent != last && parent.message().arrival() != null) {
            Duration behind = Duration.between(parent.message().arrival(), last.message().arrival());
            Duration age = Duration.between(parent.message().arrival(), now);
            if (behind.compareTo(Duration.ofDays(14)) >= 0 && age.compareTo(Duration.ofDays(30)) >= 0) {
                strength = Math.max(strength, 0.12) + 0.05;
                String w = "it answers a message from " + age.toDays() + " days ago although newer messages exist";
                why = why == null ? w : why + ", and " + w;
                rows.add(new EvidenceRow("Answers", "the latest message", AnalysisContext.ref(last),
                        "a message " + age.toDays() + " days old"));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(CODE, strength, "This thread was quiet: " + why + ".", rows.get(0).earlier(),
                AnalysisContext.ref(last), rows.get(0).suspicious(), rows));
    }

    static String human(Duration d) {
        if (d == null) {
            return "(unknown)";
        }
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " hours";
        }
        return Math.max(1, d.toMinutes()) + " minutes";
    }
}
