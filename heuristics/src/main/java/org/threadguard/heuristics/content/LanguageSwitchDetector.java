package org.threadguard.heuristics.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.nlp.LanguageGuesser;

/** Notices new text in another language than the thread and than the sender usually writes. */
public final class LanguageSwitchDetector implements Detector {
    public static final String CODE = "LANGUAGE_SWITCH";
    /** The languages and scripts with a name in the bundles ({@code LANGUAGE_SWITCH.lang.*}). */
    private static final Set<String> KNOWN = Set.of("en", "de", "es", "fr", "it", "pt", "nl", "sv", "pl", "tr",
            "cs", "da", "no", "fi", "ro", "hu", "hr", "id", "ja", "zh", "ko", "cyrillic", "arabic", "greek", "hebrew");
    /**
     * Languages close enough that a light guesser confuses them and their speakers read each other: a reply in
     * Danish to a Swedish thread is not a switch.
     */
    private static final Map<String, String> FAMILY = Map.of("da", "sv", "no", "sv");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        Optional<LanguageGuesser.Guess> now = f.language();
        if (now.isEmpty() || now.get().confidence() < 0.4 || f.wordCount() < 4) {
            return notInThreadLanguage(ctx);
        }
        String lang = now.get().language();
        String threadLang = dominant(ctx.thread().languages());
        if (threadLang == null || family(threadLang).equals(family(lang))) {
            return List.of();
        }
        Map<String, Integer> senderLangs = senderLanguages(ctx);
        for (String known : senderLangs.keySet()) {
            if (family(known).equals(family(lang))) {
                return List.of();
            }
        }
        // answering the user in the language the user writes in this thread ("perdón por el portuñol"): the sender
        // meets the reader halfway, which is no attacker's template
        for (MessageFacts m : ctx.thread().members()) {
            if (ctx.mailbox().isOwn(m.senderEmail()) && m.language().isPresent()
                    && m.language().get().confidence() >= 0.4 && family(m.language().get().language()).equals(family(lang))) {
                return List.of();
            }
        }
        boolean senderKnown = !senderLangs.isEmpty();
        double strength = senderKnown ? 0.45 : 0.35;
        MessageFacts last = ctx.thread().last();
        Text explanation;
        if (!senderKnown) {
            explanation = Text.of("LANGUAGE_SWITCH.explanation", in(lang), in(threadLang));
        } else {
            String senderLang = dominant(senderLangs);
            explanation = senderLang == null
                    ? Text.of("LANGUAGE_SWITCH.explanationSenderMixed", in(lang), in(threadLang))
                    : Text.of("LANGUAGE_SWITCH.explanationSender", in(lang), in(threadLang), in(senderLang));
        }
        return List.of(Finding.of(CODE, strength, explanation, name(threadLang), AnalysisContext.ref(last), name(lang),
                List.of(new EvidenceRow(Text.of("LANGUAGE_SWITCH.language"), name(threadLang),
                        AnalysisContext.ref(last), name(lang)))));
    }

    /**
     * A reply whose language cannot be told (two languages mixed, as a template with a local greeting is) but in
     * which not one function word is the thread's language, while a dozen are another's: not written in the
     * language the thread and the sender use.
     */
    private List<Finding> notInThreadLanguage(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        String threadLang = dominant(ctx.thread().languages());
        if (threadLang == null || !LanguageGuesser.isLatinLanguage(threadLang) || f.wordCount() < 12) {
            return List.of();
        }
        Map<String, Integer> hits = LanguageGuesser.functionWordHits(MessageFacts.prose(f.newText()));
        int words = hits.getOrDefault("", 0);
        int other = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            if (family(e.getKey()).equals(family(threadLang))) {
                return List.of(); // some of it is in the thread's language
            }
            other = Math.max(other, e.getValue());
        }
        if (words < 12 || other < 4) {
            return List.of();
        }
        Map<String, Integer> senderLangs = senderLanguages(ctx);
        String senderLang = dominant(senderLangs);
        if (senderLang == null || !family(senderLang).equals(family(threadLang))) {
            return List.of(); // only when the sender, too, always wrote the thread's language
        }
        MessageFacts last = ctx.thread().last();
        return List.of(Finding.of(CODE, 0.4, Text.of("LANGUAGE_SWITCH.explanationNotThread", in(threadLang)),
                name(threadLang), AnalysisContext.ref(last), Text.of("LANGUAGE_SWITCH.mixed"),
                List.of(new EvidenceRow(Text.of("LANGUAGE_SWITCH.language"), name(threadLang),
                        AnalysisContext.ref(last), Text.of("LANGUAGE_SWITCH.mixed")))));
    }

    /** How many of the sender's earlier messages (of ten words or more) are in each language. */
    private static Map<String, Integer> senderLanguages(AnalysisContext ctx) {
        Map<String, Integer> senderLangs = new HashMap<>();
        for (MessageFacts h : ctx.senderHistory()) {
            h.language().filter(g -> g.confidence() >= 0.4 && h.wordCount() >= 10)
                    .ifPresent(g -> senderLangs.merge(g.language(), 1, Integer::sum));
        }
        return senderLangs;
    }

    private static String family(String language) {
        return FAMILY.getOrDefault(language, language);
    }

    /** The language most of the counts name (60% or more, counting close languages together), or null. */
    private static String dominant(Map<String, Integer> counts) {
        Map<String, Integer> byFamily = new HashMap<>();
        int total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            byFamily.merge(family(e.getKey()), e.getValue(), Integer::sum);
            total += e.getValue();
        }
        String bestFamily = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : byFamily.entrySet()) {
            if (e.getValue() > bestCount) {
                bestCount = e.getValue();
                bestFamily = e.getKey();
            }
        }
        if (bestFamily == null || bestCount < 0.6 * total) {
            return null;
        }
        String best = null;
        int bestOwn = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (family(e.getKey()).equals(bestFamily) && e.getValue() > bestOwn) {
                bestOwn = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The name of a language ("German"), as {@link org.threadguard.heuristics.nlp.LanguageGuesser} codes it. */
    static Text name(String code) {
        if (code == null) {
            return Text.empty();
        }
        return KNOWN.contains(code) ? Text.of("LANGUAGE_SWITCH.lang." + code) : Text.literal(code);
    }

    /** "in German": a language as the sentences use it (prepositions differ by language and by name). */
    static Text in(String code) {
        return KNOWN.contains(code) ? Text.of("LANGUAGE_SWITCH.in." + code) : Text.of("LANGUAGE_SWITCH.in.other", code);
    }
}
