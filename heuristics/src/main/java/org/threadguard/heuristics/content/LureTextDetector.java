package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Notices new text that says nothing specific — made only of greetings, function words and the
 * generic vocabulary of "here is the file you asked for" — while asking the reader to open,
 * download, review or pay, and that shares nothing with what the thread was about. Genericity
 * (the share of topic-free words, see {@link GenericVocabulary}) and topicality (the specific
 * words the thread used before) are measured, so a lure is recognised by saying nothing about
 * its conversation, not by its wording.
 */
public final class LureTextDetector implements Detector {
    public static final String CODE = "LURE_TEXT";
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)\\S+|<[^>\\s]+>");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\b[\\w.-]+\\.[a-z0-9]{2,5}\\b");
    private static final int MAX_TOKENS = 60;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        String text = withoutSignature(f.newText());
        if (f.wordCount() > 200) {
            return List.of();
        }
        String stripped = FILE_NAME.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> names = names(ctx);
        List<String> tokens = new ArrayList<>();
        for (String w : Tokens.words(stripped)) {
            if (w.length() < 2 || Tokens.isNumber(w) || w.chars().anyMatch(Character::isDigit)
                    || names.contains(Tokens.stripAccents(w))) {
                continue;
            }
            tokens.add(w);
        }
        List<String> actions = Lexicon.actions(text);
        List<String> bank = Lexicon.bankTerms(text);
        boolean carriesSomething = !f.attachments().isEmpty() || !f.newLinks().isEmpty();
        if (actions.isEmpty() && bank.isEmpty() && !carriesSomething) {
            return List.of();
        }
        int generic = 0;
        List<String> specific = new ArrayList<>();
        for (String t : tokens) {
            if (GenericVocabulary.isGeneric(t)) {
                generic++;
            } else {
                specific.add(t);
            }
        }
        double genericShare = tokens.isEmpty() ? 1.0 : generic / (double) tokens.size();
        Map<String, Integer> vocabulary = ctx.thread().vocabulary();
        Set<String> sharedSpecific = new HashSet<>();
        for (String s : specific) {
            String key = Tokens.stripAccents(s);
            key = key.length() > 7 ? key.substring(0, 7) : key;
            if (vocabulary.containsKey(key)) {
                sharedSpecific.add(s);
            }
        }
        double strength = 0;
        if (tokens.size() <= MAX_TOKENS && genericShare >= 0.75 && (!actions.isEmpty() || carriesSomething)) {
            strength = 0.3;
            if (tokens.size() <= 25) {
                strength += 0.08;
            }
            if (genericShare >= 0.9) {
                strength += 0.05;
            }
            if (sharedSpecific.size() >= 2) {
                strength *= 0.5;
            }
        }
        if (!bank.isEmpty() && (actions.size() + bank.size()) >= 2) {
            strength = Math.max(strength, 0.3);
        }
        if (ctx.thread().isEmpty()) {
            strength *= 0.8;
        }
        if (strength < 0.1) {
            return List.of();
        }
        List<String> asks = !actions.isEmpty() ? actions : !bank.isEmpty() ? bank : List.of("open what it carries");
        MessageFacts last = ctx.parent().orElse(ctx.thread().last());
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow("New text", last == null ? "" : Evidence.excerpt(last.newText(), 200),
                AnalysisContext.ref(last), Evidence.excerpt(text, 200)));
        rows.add(new EvidenceRow("Words that say something specific", "", "",
                specific.isEmpty() ? "none" : Math.round((1 - genericShare) * 100) + "%: "
                        + String.join(", ", specific.subList(0, Math.min(8, specific.size())))));
        rows.add(new EvidenceRow("Specific words shared with the thread", "", "",
                sharedSpecific.isEmpty() ? "none" : String.join(", ", sharedSpecific)));
        rows.add(new EvidenceRow("Asks the reader to", "", "", String.join(", ", asks)));
        return List.of(Finding.of(CODE, Math.min(strength, 0.5),
                "The new text is generic — it says nothing specific about this conversation — and asks the reader to"
                        + " act (" + String.join(", ", asks.subList(0, Math.min(3, asks.size()))) + ").",
                last == null ? "" : Evidence.excerpt(last.newText(), 160), AnalysisContext.ref(last),
                Evidence.excerpt(text, 160), rows));
    }

    /** The text above a "-- " signature delimiter. */
    static String withoutSignature(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            if (l.equals("-- ") || l.equals("--")) {
                break;
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /** Name parts of the people involved: greetings and sign-offs name them, and names are not topics. */
    private static Set<String> names(AnalysisContext ctx) {
        Set<String> out = new HashSet<>();
        List<Address> people = new ArrayList<>(ctx.message().participants());
        if (ctx.facts().sender() != null) {
            people.add(ctx.facts().sender());
        }
        for (Address a : people) {
            addName(out, a.displayName());
            addName(out, a.localPart().replace('.', ' ').replace('_', ' '));
        }
        for (String n : ctx.thread().participantNames().values()) {
            addName(out, n);
        }
        return out;
    }

    private static void addName(Set<String> out, String name) {
        for (String w : Tokens.words(name)) {
            if (w.length() >= 2) {
                out.add(Tokens.stripAccents(w));
            }
        }
    }
}
