package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.nlp.LanguageGuesser;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * How much a reply's new text says: its words once links, file names, numbers, people's names and
 * the words of the subject are set aside, split into topic-free words ({@link GenericVocabulary})
 * and specific ones.
 *
 * @param tokens the words considered
 * @param specific the words that say something specific
 * @param genericShare the share of topic-free words, 1.0 for a text with no words left
 * @param size the text's length in words: Chinese and Japanese, written without spaces, are read as
 *     overlapping character pairs (as {@link Tokens#contentBag} does), two of which count as one word
 */
public record Genericity(List<String> tokens, List<String> specific, double genericShare, int size) {
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)\\S+|<[^>\\s]+>");
    /** A URL wrapped by the sender's client after a separator ("https://host/wp-" + newline + "content/x.zip"). */
    private static final Pattern WRAPPED_URL = Pattern.compile("(?i)((?:https?://|ftp://|www\\.)\\S*[-/=_?&])\\R(?=\\S)");
    static final int SHORT = 60;

    public static Genericity of(AnalysisContext ctx) {
        return ctx.memo(Genericity.class, Genericity::compute);
    }

    /** The new text's candidate words, from the message alone: see {@link #prepare}. */
    private record Words(List<String> words, List<String> keys, boolean[] generic, boolean[] pair) {
    }

    private static final Object WORDS = new Object();

    /**
     * Derives (once per message, on any thread) the new text's candidate words: without signature,
     * links and file names, at least two characters and no digits; with their accent-free forms and
     * whether each is topic-free. What depends on the thread (names, subject) is applied when judging.
     */
    public static void prepare(MessageFacts facts) {
        wordsOf(facts);
    }

    private static Words wordsOf(MessageFacts facts) {
        return facts.derivedForJudging(WORDS, f -> {
            String text = withoutSignature(f.newText());
            String joined = WRAPPED_URL.matcher(text).replaceAll("$1");
            String stripped = withoutFileNames(URL.matcher(joined).replaceAll(" "));
            String language = f.language().map(LanguageGuesser.Guess::language).orElse(null);
            List<String> words = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<Boolean> flags = new ArrayList<>();
            List<Boolean> pairs = new ArrayList<>();
            for (String w : Tokens.words(stripped)) {
                if (Tokens.hasIdeographs(w)) {
                    splitRun(w, words, keys, flags, pairs);
                } else if (w.length() >= 2 && w.chars().noneMatch(Character::isDigit)) {
                    words.add(w);
                    keys.add(Tokens.stripAccents(w));
                    flags.add(GenericVocabulary.isGeneric(w, language));
                    pairs.add(false);
                }
            }
            boolean[] generic = new boolean[words.size()];
            boolean[] pair = new boolean[words.size()];
            for (int i = 0; i < generic.length; i++) {
                generic[i] = flags.get(i);
                pair[i] = pairs.get(i);
            }
            return new Words(words, keys, generic, pair);
        });
    }

    /**
     * A word holding Chinese or Japanese characters: its other letters as words of their own, its ideographic
     * runs as overlapping character pairs, each generic when both its characters belong to topic-free words
     * ({@link GenericVocabulary#genericCharacters}).
     */
    private static void splitRun(String w, List<String> words, List<String> keys, List<Boolean> flags,
            List<Boolean> pairs) {
        int i = 0;
        int n = w.length();
        while (i < n) {
            boolean ideo = Tokens.isIdeographic(w.charAt(i)) || w.charAt(i) == '\u30FC';
            int end = i;
            while (end < n && (Tokens.isIdeographic(w.charAt(end)) || w.charAt(end) == '\u30FC') == ideo) {
                end++;
            }
            String part = w.substring(i, end);
            if (!ideo) {
                if (part.length() >= 2 && part.chars().noneMatch(Character::isDigit)) {
                    words.add(part);
                    keys.add(Tokens.stripAccents(part));
                    flags.add(GenericVocabulary.isGeneric(part));
                    pairs.add(false);
                }
            } else {
                boolean[] generic = GenericVocabulary.genericCharacters(part);
                if (part.length() == 1) {
                    words.add(part);
                    keys.add(part);
                    flags.add(generic[0]);
                    pairs.add(true);
                }
                for (int k = 0; k + 1 < part.length(); k++) {
                    String bigram = part.substring(k, k + 2);
                    words.add(bigram);
                    keys.add(bigram);
                    flags.add(generic[k] && generic[k + 1]);
                    pairs.add(true);
                }
            }
            i = end;
        }
    }

    private static Genericity compute(AnalysisContext ctx) {
        Words w = wordsOf(ctx.facts());
        Set<String> skip = names(ctx);
        for (String s : Tokens.words(ctx.message().subject())) {
            addKey(skip, s);
        }
        List<String> tokens = new ArrayList<>();
        List<String> specific = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < w.words().size(); i++) {
            if (skip.contains(w.keys().get(i))) {
                continue;
            }
            tokens.add(w.words().get(i));
            if (w.pair()[i]) {
                pairs++;
            }
            if (!w.generic()[i]) {
                specific.add(w.words().get(i));
            }
        }
        double share = tokens.isEmpty() ? 1.0 : 1 - specific.size() / (double) tokens.size();
        return new Genericity(tokens, specific, share, tokens.size() - pairs + (pairs + 1) / 2);
    }

    /**
     * The text with file names ("report_Q3.zip", "log.txt", "v3.15") blanked: a word of letters, digits,
     * '_', '.' or '-' that ends in a dot and two to five letters or digits. A scan per word, not a
     * backtracking regular expression.
     */
    static String withoutFileNames(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isNameChar(c)) {
                b.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && isNameChar(text.charAt(end))) {
                end++;
            }
            int stop = end;
            while (stop > i && (text.charAt(stop - 1) == '.' || text.charAt(stop - 1) == '-')) {
                stop--; // sentence punctuation after the word
            }
            int dot = text.lastIndexOf('.', stop - 1);
            int ext = stop - dot - 1;
            boolean fileName = dot > i && ext >= 2 && ext <= 5 && allLettersOrDigits(text, dot + 1, stop);
            if (fileName) {
                b.append(' ');
                b.append(text, stop, end);
            } else {
                b.append(text, i, end);
            }
            i = end;
        }
        return b.toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean allLettersOrDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** Short and made of topic-free words: says nothing about the conversation. */
    public boolean isGeneric() {
        return size <= SHORT && genericShare >= 0.75;
    }

    /** The text above a "-- " signature delimiter (see {@link Tokens#aboveSignature}). */
    static String withoutSignature(String text) {
        return Tokens.aboveSignature(text);
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
                addKey(out, w);
            }
        }
    }

    /** A word to set aside, and for Chinese or Japanese its character pairs too (as the new text is read). */
    private static void addKey(Set<String> out, String w) {
        out.add(Tokens.stripAccents(w));
        if (Tokens.hasIdeographs(w)) {
            for (int k = 0; k + 1 < w.length(); k++) {
                out.add(w.substring(k, k + 2));
            }
        }
    }
}
