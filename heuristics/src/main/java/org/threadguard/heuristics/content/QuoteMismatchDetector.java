package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.LongSets;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Shingles;
import org.threadguard.heuristics.quote.QuoteSplit;

/**
 * Notices a quoted history that differs from what the quoted message really said. The quote and
 * the real earlier messages are compared as word 5-grams, so re-wrapping, quote markers and
 * trimming do not count; invented or altered sentences do. The evidence lists the quoted lines
 * that the real message does not contain.
 */
public final class QuoteMismatchDetector implements Detector {
    public static final String CODE = "QUOTE_MISMATCH";
    private static final int MIN_SHINGLES = 8;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        QuoteSplit split = ctx.facts().split();
        if (!split.hasQuote() || ctx.parent().isEmpty()) {
            return List.of();
        }
        MessageFacts parent = ctx.parent().get();
        String quoted = split.quotedMessages().isEmpty() ? split.quotedText() : split.quotedMessages().get(0).text();
        List<String> words = Shingles.words(quoted);
        if (words.size() > 3000) {
            words = words.subList(0, 3000);
        }
        long[] quotedShingles = Shingles.of(words);
        if (quotedShingles.length < MIN_SHINGLES) {
            return List.of();
        }
        LongSets reference = new LongSets();
        reference.addAll(Shingles.of(parent.message().bodyText()));
        for (MessageFacts m : ctx.thread().members()) {
            reference.addAll(Shingles.of(m.newText()));
        }
        int found = 0;
        for (long h : quotedShingles) {
            if (reference.contains(h)) {
                found++;
            }
        }
        double share = found / (double) quotedShingles.length;
        if (share >= 0.5) {
            return List.of();
        }
        double strength = share < 0.15 ? 0.6 : share < 0.3 ? 0.45 : 0.3;
        List<String> alien = alienLines(quoted, reference);
        List<EvidenceRow> rows = new ArrayList<>();
        String parentText = Evidence.excerpt(parent.newText(), 300);
        for (String line : alien.subList(0, Math.min(4, alien.size()))) {
            rows.add(new EvidenceRow("Quoted line not in the real message", "", parent.message().messageId(),
                    Evidence.excerpt(line, 200)));
        }
        rows.add(0, new EvidenceRow("What was really sent", parentText, parent.message().messageId(),
                Evidence.excerpt(quoted, 300)));
        String author = split.quotedMessages().isEmpty() ? "" : split.quotedMessages().get(0).author();
        return List.of(Finding.of(CODE, strength,
                "The quoted text differs from what " + (parent.sender() == null ? "the earlier message"
                        : parent.sender().displayName().isEmpty() ? parent.sender().email()
                        : parent.sender().displayName())
                        + " really wrote: only " + Math.round(share * 100) + "% of it matches"
                        + (author.isEmpty() ? "." : " (the quote is attributed to " + author + ")."),
                parentText, parent.message().messageId(), Evidence.excerpt(quoted, 300), rows));
    }

    private static List<String> alienLines(String quoted, LongSets reference) {
        List<String> out = new ArrayList<>();
        for (String line : quoted.split("\\R")) {
            List<String> w = Shingles.words(line);
            if (w.size() < Shingles.N + 1) {
                continue;
            }
            long[] sh = Shingles.of(w);
            int hit = 0;
            for (long h : sh) {
                if (reference.contains(h)) {
                    hit++;
                }
            }
            if (hit == 0) {
                out.add(line.replaceFirst("^[>\\s]+", ""));
            }
        }
        return out;
    }

}
