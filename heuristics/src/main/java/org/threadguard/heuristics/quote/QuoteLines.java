package org.threadguard.heuristics.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Line-level helpers shared by the quote splitter and the history parser. All are linear-time. */
final class QuoteLines {
    private static final List<String> WEAK_VERBS = List.of(
            " wrote:", " schrieb:", " a écrit :", " a écrit:", " escribió:", " ha scritto:", " escreveu:",
            " schreef:", " skrev:", " napisał(a):", " napisał:", " napisała:", " napsal:", " napsala:", " yazdı:",
            " kirjoitti:", " написал(а):", " написал:", " написала:", " пишет:", " írta:", " έγραψε:", " a scris:",
            " je napisao:", " je napisala:", " napísal(a):", " пише:", " написа:", " rašė:", " menulis:", " đã viết:",
            " כתב:", " كتب:");

    private QuoteLines() {
    }

    /** A line of the original text: where it starts and its content without the line break. */
    record Line(int start, String raw) {
    }

    /** Splits on LF, CRLF or CR, keeping each line's offset in {@code text}. */
    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new Line(start, text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            out.add(new Line(start, text.substring(start)));
        }
        return out;
    }

    /** The quote depth: how many {@code >} markers (optionally separated by spaces) start the line. */
    static int depth(String line) {
        int depth = 0;
        int limit = Math.min(line.length(), 200);
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return depth;
    }

    /** Removes one quote marker and the space after it; lines without a marker are returned as they are. */
    static String stripOne(String line) {
        int i = 0;
        while (i < line.length() && i < 200 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '>') {
            return line;
        }
        i++;
        if (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(i);
    }

    /** Removes every quote marker at the start of the line. */
    static String stripAll(String line) {
        String s = line;
        for (int guard = 0; guard < 100 && depth(s) > 0; guard++) {
            s = stripOne(s);
        }
        return s;
    }

    /** The depth of the first non-blank line from {@code from}, or -1 when there is none. */
    static int nextContentDepth(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!stripAll(l).isBlank()) {
                return depth(l);
            }
        }
        return -1;
    }

    /**
     * An attribution at line {@code i}: a full one (with a date), or a short {@code Anna wrote:}
     * line when quoted lines follow.
     */
    static Optional<Attribution> attributionAt(List<String> lines, int i) {
        Optional<Attribution> a = Attribution.at(lines, i);
        if (a.isPresent()) {
            return a;
        }
        String s = lines.get(i).strip().replace('\u00a0', ' ');
        if (s.length() > 120 || !s.endsWith(":")) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String verb : WEAK_VERBS) {
            if (lower.endsWith(verb) && lower.length() > verb.length() && nextContentDepth(lines, i + 1) > 0) {
                return Optional.of(new Attribution(s.substring(0, s.length() - verb.length()).strip(), "", 1));
            }
        }
        return Optional.empty();
    }

    /** Joins lines with LF, dropping leading blank lines and trailing white space. */
    static String join(List<String> lines, int from, int to) {
        int a = from;
        while (a < to && lines.get(a).isBlank()) {
            a++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < to; i++) {
            if (i > a) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        return sb.toString().stripTrailing();
    }
}
