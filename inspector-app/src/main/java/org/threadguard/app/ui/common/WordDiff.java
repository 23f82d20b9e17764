package org.threadguard.app.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-level diff (longest common subsequence) for showing quoted text against what was really sent. */
public final class WordDiff {
    /** A run of words that is in both texts, only in the original, or only in the quote. */
    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    private static final int MAX_WORDS = 1500;

    private WordDiff() {
    }

    /** Diffs {@code original} (what was really sent) against {@code changed} (what the reply quotes). */
    public static List<Segment> diff(String original, String changed) {
        String[] a = words(original);
        String[] b = words(changed);
        if (a.length > MAX_WORDS) {
            a = Arrays.copyOf(a, MAX_WORDS);
        }
        if (b.length > MAX_WORDS) {
            b = Arrays.copyOf(b, MAX_WORDS);
        }
        int n = a.length;
        int m = b.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = norm(a[i]).equals(norm(b[j])) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && norm(a[i]).equals(norm(b[j]))) {
                add(out, Kind.SAME, b[j]);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Kind.ADDED, b[j++]);
            } else {
                add(out, Kind.REMOVED, a[i++]);
            }
        }
        return out;
    }

    /** Whether the diff has any change. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static void add(List<Segment> out, Kind kind, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + " " + word));
        } else {
            out.add(new Segment(kind, word));
        }
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.replaceAll("(?m)^\\s*>+\\s?", " ").strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String norm(String w) {
        return w.toLowerCase(java.util.Locale.ROOT);
    }
}
