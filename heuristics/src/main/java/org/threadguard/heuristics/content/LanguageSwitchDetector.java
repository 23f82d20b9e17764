package org.threadguard.heuristics.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.nlp.LanguageGuesser;

/** Notices new text in another language than the thread and than the sender usually writes. */
public final class LanguageSwitchDetector implements Detector {
    public static final String CODE = "LANGUAGE_SWITCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        Optional<LanguageGuesser.Guess> now = f.language();
        if (now.isEmpty() || now.get().confidence() < 0.4 || f.wordCount() < 4) {
            return List.of();
        }
        String lang = now.get().language();
        String threadLang = dominant(ctx.thread().languages());
        if (threadLang == null || threadLang.equals(lang)) {
            return List.of();
        }
        Map<String, Integer> senderLangs = new HashMap<>();
        for (MessageFacts h : ctx.senderHistory()) {
            h.language().filter(g -> g.confidence() >= 0.4 && h.wordCount() >= 10)
                    .ifPresent(g -> senderLangs.merge(g.language(), 1, Integer::sum));
        }
        if (senderLangs.getOrDefault(lang, 0) > 0) {
            return List.of();
        }
        boolean senderKnown = !senderLangs.isEmpty();
        double strength = senderKnown ? 0.45 : 0.35;
        MessageFacts last = ctx.thread().last();
        return List.of(Finding.of(CODE, strength,
                "This reply is written in " + name(lang) + ", but the thread is in " + name(threadLang)
                        + (senderKnown ? " and the sender always wrote in " + name(dominant(senderLangs)) : "") + ".",
                name(threadLang), AnalysisContext.ref(last), name(lang),
                List.of(new EvidenceRow("Language", name(threadLang), AnalysisContext.ref(last), name(lang)))));
    }

    private static String dominant(Map<String, Integer> counts) {
        int total = 0;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestCount) {
                bestCount = e.getValue();
                best = e.getKey();
            }
        }
        return best != null && bestCount >= 0.6 * total ? best : null;
    }

    static String name(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "en" -> "English";
            case "de" -> "German";
            case "es" -> "Spanish";
            case "fr" -> "French";
            case "it" -> "Italian";
            case "pt" -> "Portuguese";
            case "nl" -> "Dutch";
            case "sv" -> "Swedish";
            case "pl" -> "Polish";
            case "cjk" -> "Chinese, Japanese or Korean";
            case "cyrillic" -> "a Cyrillic-script language";
            case "arabic" -> "Arabic";
            case "greek" -> "Greek";
            case "hebrew" -> "Hebrew";
            default -> code;
        };
    }
}
