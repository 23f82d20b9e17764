package org.threadguard.heuristics.sender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.nlp.Tokens;

/** Notices greeting, sign-off, length and HTML-vs-plain habits that differ from the sender's earlier mail. */
public final class StyleDriftDetector implements Detector {
    public static final String CODE = "STYLE_DRIFT";
    private static final int MIN_HISTORY = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        List<MessageFacts> history = ctx.senderHistory();
        if (history.size() < MIN_HISTORY) {
            return List.of();
        }
        MessageFacts now = ctx.facts();
        List<EvidenceRow> rows = new ArrayList<>();
        List<Text> habits = new ArrayList<>();
        double keep = 1;
        String ref = AnalysisContext.ref(history.get(history.size() - 1));

        String signoff = signoffOf(now);
        Map<String, Integer> signoffs = new HashMap<>();
        List<Integer> lengths = new ArrayList<>();
        for (MessageFacts f : history) {
            signoffs.merge(signoffOf(f), 1, Integer::sum);
            lengths.add(f.wordCount());
        }
        Map.Entry<String, Integer> top = signoffs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (!top.getKey().isEmpty() && top.getValue() >= 0.7 * history.size() && !signoffs.containsKey(signoff)) {
            keep *= 0.85;
            rows.add(new EvidenceRow(Text.of("STYLE_DRIFT.field.signoff"), Text.literal(top.getKey()), ref,
                    signoff.isEmpty() ? Text.of("STYLE_DRIFT.none") : Text.literal(signoff)));
            habits.add(Text.of("STYLE_DRIFT.changed.signoff"));
        }
        lengths.sort(null);
        int median = lengths.get(lengths.size() / 2);
        if (median >= 40 && now.wordCount() * 4 < median) {
            keep *= 0.92;
            rows.add(new EvidenceRow(Text.of("STYLE_DRIFT.field.length"), Text.of("STYLE_DRIFT.aboutWords", median),
                    ref, Text.of("STYLE_DRIFT.words", now.wordCount())));
            habits.add(Text.of("STYLE_DRIFT.changed.length"));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        double strength = Math.min(0.3, 1 - keep);
        return List.of(Finding.of(CODE, strength, Text.of("STYLE_DRIFT.explanation", Text.join(", ", habits)),
                rows.get(0).earlierText(), ref, rows.get(0).suspiciousText(), rows));
    }

    private static final Object SIGNOFF = new Object();

    @Override
    public void prepare(MessageFacts facts) {
        signoffOf(facts);
    }

    private static String signoffOf(MessageFacts f) {
        return f.derived(SIGNOFF, m -> signoff(m.newText()));
    }

    /** The last short line of the new text before any "-- " signature: usually the name or a closing word. */
    static String signoff(String newText) {
        String[] lines = Tokens.aboveSignature(newText).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() > 40 || Tokens.words(l).size() > 4) {
                return "";
            }
            return Evidence.excerpt(Tokens.stripAccents(l.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L} ]", "").strip(),
                    40);
        }
        return "";
    }
}
