package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.nlp.Tokens;

/** Word n-gram fingerprints of text, insensitive to line wrapping, quote markers and punctuation. */
public final class Shingles {
    public static final int N = 5;

    private Shingles() {
    }

    /** Normalised words of a text: quote markers, punctuation and case dropped. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Tokens.words(text)) {
            out.add(Tokens.stripAccents(w));
        }
        return out;
    }

    public static long[] of(List<String> words) {
        if (words.size() < N) {
            return new long[0];
        }
        long[] out = new long[words.size() - N + 1];
        for (int i = 0; i + N <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + N; j++) {
                h = 31 * h + words.get(j).hashCode();
                h ^= h >>> 29;
            }
            out[i] = h;
        }
        return out;
    }

    public static long[] of(String text) {
        return of(words(text));
    }
}
