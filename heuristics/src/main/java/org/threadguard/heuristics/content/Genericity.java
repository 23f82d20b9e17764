package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * How much a reply's new text says: its words once links, file names, numbers, people's names and
 * the words of the subject are set aside, split into topic-free words ({@link GenericVocabulary})
 * and specific ones.
 *
 * @param tokens the words considered
 * @param specific the words that say something specific
 * @param genericShare the share of topic-free words, 1.0 for a text with no words left
 */
public record Genericity(List<String> tokens, List<String> specific, double genericShare) {
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)\\S+|<[^>\\s]+>");
    /** A URL wrapped by the sender's client after a separator ("https://host/wp-" + newline + "content/x.zip"). */
    private static final Pattern WRAPPED_URL = Pattern.compile("(?i)((?:https?://|ftp://|www\\.)\\S*[-/=_?&])\\R(?=\\S)");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\b[\\w.-]+\\.[a-z0-9]{2,5}\\b");
    static final int SHORT = 60;

    public static Genericity of(AnalysisContext ctx) {
        return ctx.memo(Genericity.class, Genericity::compute);
    }

    private static Genericity compute(AnalysisContext ctx) {
        String text = withoutSignature(ctx.facts().newText());
        String joined = WRAPPED_URL.matcher(text).replaceAll("$1");
        String stripped = FILE_NAME.matcher(URL.matcher(joined).replaceAll(" ")).replaceAll(" ");
        Set<String> skip = names(ctx);
        for (String w : Tokens.words(ctx.message().subject())) {
            skip.add(Tokens.stripAccents(w));
        }
        List<String> tokens = new ArrayList<>();
        List<String> specific = new ArrayList<>();
        for (String w : Tokens.words(stripped)) {
            if (w.length() < 2 || w.chars().anyMatch(Character::isDigit) || skip.contains(Tokens.stripAccents(w))) {
                continue;
            }
            tokens.add(w);
            if (!GenericVocabulary.isGeneric(w)) {
                specific.add(w);
            }
        }
        double share = tokens.isEmpty() ? 1.0 : 1 - specific.size() / (double) tokens.size();
        return new Genericity(tokens, specific, share);
    }

    /** Short and made of topic-free words: says nothing about the conversation. */
    public boolean isGeneric() {
        return tokens.size() <= SHORT && genericShare >= 0.75;
    }

    /** The text above a "-- " signature delimiter. */
    static String withoutSignature(String text) {
        StringBuilder b = new StringBuilder();
        for (String l : text.split("\\R", -1)) {
            if (l.equals("-- ") || l.equals("--")) {
                break;
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

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
