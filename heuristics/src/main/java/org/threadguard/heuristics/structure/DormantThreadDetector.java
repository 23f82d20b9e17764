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
import org.threadguard.heuristics.detect.Text;

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
        long gapDays = -1;
        long ageDays = -1;
        Duration longest = ctx.thread().longestGap();
        boolean quietBefore = longest != null && gap.compareTo(longest.multipliedBy(2)) < 0;
        if (gap.compareTo(MIN_DORMANT) >= 0 && gap.compareTo(rhythm.multipliedBy(8)) >= 0 && !quietBefore) {
            gapDays = gap.toDays();
            strength = gapDays >= 365 ? 0.35 : gapDays >= 90 ? 0.28 : 0.18;
            rows.add(new EvidenceRow(Text.of("DORMANT_THREAD.gapField"),
                    Text.of("DORMANT_THREAD.usually", human(median)), AnalysisContext.ref(last),
                    Text.of("DORMANT_THREAD.days", gapDays)));
        }
        MessageFacts parent = ctx.parent().orElse(null);
        if (parent != null && parent != last && parent.message().arrival() != null) {
            Duration behind = Duration.between(parent.message().arrival(), last.message().arrival());
            Duration age = Duration.between(parent.message().arrival(), now);
            if (behind.compareTo(Duration.ofDays(14)) >= 0 && age.compareTo(Duration.ofDays(30)) >= 0) {
                strength = Math.max(strength, 0.12) + 0.05;
                ageDays = age.toDays();
                rows.add(new EvidenceRow(Text.of("DORMANT_THREAD.answersField"), Text.of("DORMANT_THREAD.latest"),
                        AnalysisContext.ref(last), Text.of("DORMANT_THREAD.oldMessage", ageDays)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Text why = gapDays < 0 ? Text.of("DORMANT_THREAD.old", ageDays)
                : ageDays < 0 ? Text.of("DORMANT_THREAD.gap", gapDays, human(median), human(longest))
                        : Text.of("DORMANT_THREAD.gapAndOld", gapDays, human(median), human(longest), ageDays);
        return List.of(Finding.of(CODE, strength, why, rows.get(0).earlierText(), AnalysisContext.ref(last),
                rows.get(0).suspiciousText(), rows));
    }

    /** A duration in whole days (from 2 days), hours (from 2 hours) or minutes (at least 1); unknown for null. */
    static Text human(Duration d) {
        if (d == null) {
            return Text.of("DORMANT_THREAD.unknown");
        }
        if (d.toDays() >= 2) {
            return Text.of("DORMANT_THREAD.days", d.toDays());
        }
        if (d.toHours() >= 2) {
            return Text.of("DORMANT_THREAD.hours", d.toHours());
        }
        return Text.of("DORMANT_THREAD.minutes", Math.max(1, d.toMinutes()));
    }
}
