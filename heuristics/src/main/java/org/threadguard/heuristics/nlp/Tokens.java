package org.threadguard.heuristics.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word tokenisation and bag-of-words similarity, language-neutral. */
public final class Tokens {
    private Tokens() {
    }

    /** {@link Character#isLetterOrDigit(char)}, with the ASCII range decided without a table lookup. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII range decided without a table lookup. */
    public static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** Lower-case words of letters/digits (Unicode aware), apostrophes and hyphens kept inside words. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        char[] cur = new char[32];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char add;
            if (isLetterOrDigit(c)) {
                add = toLowerCase(c);
            } else if ((c == '\'' || c == '-') && len > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                add = c;
            } else {
                if (len > 0) {
                    out.add(new String(cur, 0, len));
                    len = 0;
                }
                continue;
            }
            if (len == cur.length) {
                cur = java.util.Arrays.copyOf(cur, len * 2);
            }
            cur[len++] = add;
        }
        if (len > 0) {
            out.add(new String(cur, 0, len));
        }
        return out;
    }

    /** The lines above a "-- " (or "--") signature delimiter line, each ended by LF. */
    public static String aboveSignature(String text) {
        // the lines as split("\\R", -1) gives them: CRLF, LF, VT, FF, CR, NEL, LS and PS end a line
        StringBuilder b = new StringBuilder(text.length() + 1);
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C' && c != '\u0085' && c != '\u2028'
                    && c != '\u2029') {
                continue;
            }
            int len = i - start;
            if (len == 2 && text.charAt(start) == '-' && text.charAt(start + 1) == '-'
                    || len == 3 && text.startsWith("-- ", start)) {
                break;
            }
            b.append(text, start, i).append('\n');
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        return b.toString();
    }

    /** The reference implementation of {@link #aboveSignature}, for tests. */
    static String aboveSignatureByRegex(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String l : text.split("\\R", -1)) {
            if (l.equals("-- ") || l.equals("--")) {
                break;
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /** Removes accents: "Müller" -> "Muller". */
    public static String stripAccents(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        for (int j = i; j < n; j++) {
            if (s.charAt(j) >= STRIPPED.length) {
                return stripAccentsSlow(s);
            }
        }
        StringBuilder b = new StringBuilder(n + 4).append(s, 0, i);
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c < 128) {
                b.append(c);
            } else {
                b.append(STRIPPED[c]);
            }
        }
        return b.toString();
    }

    /**
     * What {@link #stripAccents} makes of each character below U+0180 (ASCII, Latin-1 Supplement and
     * Latin Extended-A: the accented letters of the European languages), computed once with the general
     * path: for these characters the result of a word is the concatenation of its characters' results.
     */
    private static final String[] STRIPPED = new String[0x180];

    static {
        for (char c = 0; c < STRIPPED.length; c++) {
            STRIPPED[c] = stripAccentsSlow(String.valueOf(c));
        }
    }

    /** The accent-free form of one character below U+0180, else {@code null}. */
    public static String strippedChar(char c) {
        return c < STRIPPED.length ? STRIPPED[c] : null;
    }

    /** The general path of {@link #stripAccents}: canonical decomposition, marks dropped, a few letters spelled out. */
    static String stripAccentsSlow(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l");
    }

    /** Content words: at least 3 characters, not all digits, accent-free, light stemming by truncation. */
    public static Map<String, Integer> contentBag(String text) {
        return contentBag(words(text));
    }

    /** {@link #contentBag(String)} of words already split by {@link #words}. */
    public static Map<String, Integer> contentBag(List<String> words) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : words) {
            if (hasIdeographs(w)) {
                // Chinese and Japanese are written without spaces: a "word" here is a whole phrase, so its
                // overlapping pairs of characters stand for its words
                for (int i = 0; i + 1 < w.length(); i++) {
                    if (isIdeographic(w.charAt(i)) && isIdeographic(w.charAt(i + 1))) {
                        bag.merge(w.substring(i, i + 2), 1, Integer::sum);
                    }
                }
                continue;
            }
            if (w.length() < 3 || isNumber(w)) {
                continue;
            }
            String k = stripAccents(w);
            if (k.length() > 7) {
                k = k.substring(0, 7);
            }
            bag.merge(k, 1, Integer::sum);
        }
        return bag;
    }

    /** Han, Hiragana and Katakana (written without spaces between words). */
    public static boolean isIdeographic(char c) {
        if (c < 0x3040) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    public static boolean hasIdeographs(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isIdeographic(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Cosine similarity of two bags, 0..1. */
    public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer v = large.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * (double) v;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> bag) {
        double s = 0;
        for (int v : bag.values()) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    /** Lower-case, accent-free, single-spaced form of a display name with its words sorted. */
    public static String normalizeName(String name) {
        if (name == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String w : words(stripAccents(name.toLowerCase(Locale.ROOT)))) {
            if (w.isEmpty()) {
                continue;
            }
            (NAME_TITLES.contains(w) ? titles : parts).add(w);
        }
        if (parts.isEmpty()) {
            parts = titles; // a name made only of title-like words ("Dr. Ing.") stays as it is
        }
        parts.sort(null);
        return String.join(" ", parts);
    }

    /**
     * Academic titles and forms of address that people add to their display name or drop from it ("Prof. Dr.
     * Hans Kuipers" and "Hans Kuipers" are one name), in the languages of the engine, accent-free.
     */
    private static final java.util.Set<String> NAME_TITLES = java.util.Set.of("prof", "professor", "dr", "drs", "dipl",
            "ing", "ir", "mag", "phd", "md", "msc", "bsc", "mba", "mr", "mrs", "ms", "miss", "sir", "dame", "herr",
            "frau", "sr", "sra", "srta", "sig", "dott", "dottssa", "ssa", "avv", "arch", "mme", "mlle", "dhr", "mevr", "hr",
            "fr", "ds", "doc", "rndr", "mgr", "inz", "esq", "cpa", "jd", "rn");
}
