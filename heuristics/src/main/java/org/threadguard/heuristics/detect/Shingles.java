package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.nlp.Tokens;

/** Word n-gram fingerprints of text, insensitive to line wrapping, quote markers and punctuation. */
public final class Shingles {
    public static final int N = 5;

    /** For an ASCII character: its lower case if it is a letter or digit, else 0. */
    private static final char[] ASCII_WORD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Tokens.isLetterOrDigit(c) ? Tokens.toLowerCase(c) : 0;
        }
    }

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
     * The same fingerprints as {@code of(words(text))}, in one pass without building the words: a word's
     * hash is computed as its characters are read, accented Latin letters through the table
     * {@link Tokens#strippedChar} (what {@link Tokens#stripAccents} makes of them); only a word with other
     * non-ASCII letters is built and stripped as {@link #words} does. Used for whole bodies, where the words
     * themselves are not needed.
     */
    public static long[] ofText(String text) {
        int n = text.length();
        // one bulk copy, then plain array reads: charAt checks the index and the string's coder per character
        char[] chars = new char[n];
        text.getChars(0, n, chars, 0);
        int[] hashes = new int[Math.max(16, n / 5)];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c < 128 ? ASCII_WORD[c] == 0 : !Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            // one word: its hash is that of the lower-cased, accent-free String Shingles.words makes of it
            int start = i;
            int h = 0;
            boolean slow = false;
            while (i < n) {
                c = chars[i];
                char add;
                if (c < 128) {
                    add = ASCII_WORD[c];
                    if (add == 0) {
                        if ((c == '\'' || c == '-') && i + 1 < n && Character.isLetter(chars[i + 1])) {
                            add = c;
                        } else {
                            break;
                        }
                    }
                    i++;
                    h = 31 * h + add;
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                add = Character.toLowerCase(c);
                i++;
                if (add < 128) {
                    h = 31 * h + add;
                    continue;
                }
                String stripped = Tokens.strippedChar(add);
                if (stripped == null) {
                    slow = true;
                    continue;
                }
                for (int k = 0; k < stripped.length(); k++) {
                    h = 31 * h + stripped.charAt(k);
                }
            }
            if (slow) {
                h = Tokens.stripAccents(lowerWord(text, start, i)).hashCode();
            }
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = h;
        }
        if (count < N) {
            return new long[0];
        }
        long[] out = new long[count - N + 1];
        for (int s = 0; s + N <= count; s++) {
            long x = 1125899906842597L;
            for (int j = s; j < s + N; j++) {
                x = 31 * x + hashes[j];
                x ^= x >>> 29;
            }
            out[s] = x;
        }
        return out;
    }

    /** The word text[start, end) as {@link Tokens#words} gives it (lower case). */
    private static String lowerWord(String text, int start, int end) {
        char[] w = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            w[i - start] = Tokens.isLetterOrDigit(c) ? Tokens.toLowerCase(c) : c;
        }
        return new String(w);
    }
}
