package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Notices new text that is short and generic, asks the reader to open, download, enable or pay,
 * and shares little with what the thread was about. Topicality is measured (the share of the new
 * text's content words that the thread used before, and the cosine of their word bags), so a
 * lure is recognised by not belonging, not by its wording alone.
 */
public final class LureTextDetector implements Detector {
    public static final String CODE = "LURE_TEXT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        String text = f.newText();
        int words = f.wordCount();
        if (words == 0 || words > 250) {
            return List.of();
        }
        List<String> actions = Lexicon.actions(text);
        List<String> bank = Lexicon.bankTerms(text);
        if (actions.isEmpty() && bank.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> vocabulary = ctx.thread().vocabulary();
        double topical = topicalShare(f.bag(), vocabulary, ctx);
        double cosine = Tokens.cosine(f.bag(), vocabulary);
        double strength = 0;
        if (!bank.isEmpty() && (actions.size() >= 1 || bank.size() >= 2)) {
            strength = 0.45;
        }
        if (words <= 90 && !actions.isEmpty() && topical < 0.4) {
            double s = 0.22 + 0.06 * Math.min(actions.size() - 1, 3);
            if (words <= 30) {
                s += 0.05;
            }
            if (topical < 0.15) {
                s += 0.08;
            }
            strength = Math.max(strength, s);
        }
        if (ctx.thread().isEmpty()) {
            strength *= 0.7;
        }
        if (strength < 0.1) {
            return List.of();
        }
        strength = Math.min(strength, 0.55);
        List<EvidenceRow> rows = new ArrayList<>();
        MessageFacts last = ctx.parent().orElse(ctx.thread().last());
        rows.add(new EvidenceRow("New text", last == null ? "" : Evidence.excerpt(last.newText(), 200),
                AnalysisContext.ref(last), Evidence.excerpt(text, 200)));
        rows.add(new EvidenceRow("Words shared with the thread", "", "",
                Math.round(topical * 100) + "% (similarity " + Math.round(cosine * 100) + "%)"));
        rows.add(new EvidenceRow("Asks the reader to", "", "", String.join(", ", actions.isEmpty() ? bank : actions)));
        return List.of(Finding.of(CODE, strength,
                "The new text is " + (words <= 90 ? "short and " : "") + "generic, asks the reader to act ("
                        + String.join(", ", (actions.isEmpty() ? bank : actions).subList(0,
                                Math.min(3, (actions.isEmpty() ? bank : actions).size())))
                        + "), and has little to do with what this thread was about.",
                last == null ? "" : Evidence.excerpt(last.newText(), 160), AnalysisContext.ref(last),
                Evidence.excerpt(text, 160), rows));
    }

    /** The share of the text's content words that the thread (or the quoted parent) used before. */
    static double topicalShare(Map<String, Integer> bag, Map<String, Integer> vocabulary, AnalysisContext ctx) {
        if (bag.isEmpty()) {
            return 0;
        }
        Map<String, Integer> subject = Tokens.contentBag(ctx.message().subject());
        int total = 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : bag.entrySet()) {
            total++;
            if (vocabulary.containsKey(e.getKey()) && !subject.containsKey(e.getKey())) {
                shared++;
            }
        }
        return total == 0 ? 0 : shared / (double) total;
    }
}
