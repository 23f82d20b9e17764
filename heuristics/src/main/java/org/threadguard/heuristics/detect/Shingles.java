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

    /**
     * The same fingerprints as {@code of(words(text))}, in one pass without building the words: a word of
     * ASCII characters (after lower-casing) hashes as its {@code String} would, any other is built and
     * stripped of accents as {@link #words} does. Used for whole bodies, where the words themselves are
     * not needed.
     */
    public static long[] ofText(String text) {
        int[] hashes = new int[Math.max(16, text.length() / 5)];
        int count = 0;
        StringBuilder cur = new StringBuilder(32);
        int h = 0;
        boolean ascii = true;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            char add = 0;
            if (i < n && Tokens.isLetterOrDigit(c)) {
                add = Tokens.toLowerCase(c);
            } else if (i < n && (c == '\'' || c == '-') && cur.length() > 0 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                add = c;
            }
            if (add != 0) {
                cur.append(add);
                h = 31 * h + add;
                ascii &= add < 128;
                continue;
            }
            if (cur.length() > 0) {
                if (count == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = ascii ? h : Tokens.stripAccents(cur.toString()).hashCode();
                cur.setLength(0);
                h = 0;
                ascii = true;
            }
        }
        if (count < N) {
            return new long[0];
        }
        long[] out = new long[count - N + 1];
        for (int i = 0; i + N <= count; i++) {
            long x = 1125899906842597L;
            for (int j = i; j < i + N; j++) {
                x = 31 * x + hashes[j];
                x ^= x >>> 29;
            }
            out[i] = x;
        }
        return out;
    }
}
