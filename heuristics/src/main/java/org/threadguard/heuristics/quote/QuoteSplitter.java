package org.threadguard.heuristics.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a message text into its new text and its quoted history.
 *
 * <p>Recognised history starts: attribution lines (Gmail, Apple Mail, Thunderbird and others in
 * EN, DE, ES, FR, IT, PT, NL and the Nordic languages, also wrapped over up to three lines),
 * Outlook header blocks with or without a divider ({@code -----Original Message-----}, a rule of
 * underscores, forwarded-message dividers) in the same languages, and {@code >} quoting.
 *
 * <p>When a history start is followed only by history, everything from it on is quoted
 * ("top posting"). When new text is interleaved with {@code >} quotes or follows them ("inline" or
 * "bottom posting"), the new text is every unquoted line outside a trailing quoted block, and the
 * quoted text is the {@code >} lines (with their attribution lines) plus that trailing block.
 * A signature stays in the new text; a mailing-list footer at the end belongs to neither.
 *
 * <p>Never throws; runs in time linear in the text length (no backtracking regular expressions
 * over whole lines of unbounded length). Line breaks in the returned texts are LF.
 */
public final class QuoteSplitter {

    private QuoteSplitter() {
    }

    /** Splits {@code text}; {@code null} is treated as empty. */
    public static QuoteSplit split(String text) {
        if (text == null || text.isEmpty()) {
            return new QuoteSplit("", "", 0, List.of());
        }
        try {
            return doSplit(text);
        } catch (RuntimeException | StackOverflowError e) {
            return new QuoteSplit(text.strip(), "", text.length(), List.of());
        }
    }

    private static QuoteSplit doSplit(String text) {
        List<QuoteLines.Line> lines = QuoteLines.split(text);
        List<String> raw = new ArrayList<>(lines.size());
        for (QuoteLines.Line l : lines) {
            raw.add(l.raw());
        }
        int end = ListFooter.start(raw);
        int[] depth = new int[end];
        for (int i = 0; i < end; i++) {
            depth[i] = QuoteLines.depth(raw.get(i));
        }

        int cut = end;
        boolean inline = false;
        List<String> head = raw.subList(0, end);
        for (int i = 0; i < end; i++) {
            if (depth[i] > 0 || raw.get(i).isBlank()) {
                continue;
            }
            if (HeaderBlock.at(head, i).isPresent()) {
                cut = i;
                break;
            }
            Optional<Attribution> a = QuoteLines.attributionAt(head, i);
            if (a.isPresent()) {
                cut = i;
                int after = i + a.get().lineCount();
                inline = QuoteLines.nextContentDepth(head, after) > 0 && hasUnquotedContent(raw, depth, after, end);
                break;
            }
        }
        if (cut == end && !inline) {
            inline = true;
        }
        if (inline) {
            cut = trailingQuoteStart(raw, depth, end);
        }

        boolean[] quoted = new boolean[end];
        int firstQuote = -1;
        for (int i = 0; i < cut; i++) {
            if (depth[i] > 0) {
                quoted[i] = true;
            } else if (!raw.get(i).isBlank()) {
                Optional<Attribution> a = QuoteLines.attributionAt(head, i);
                if (a.isPresent() && QuoteLines.nextContentDepth(head, i + a.get().lineCount()) > 0) {
                    int span = a.get().lineCount();
                    for (int k = i; k < i + span && k < cut; k++) {
                        quoted[k] = true;
                    }
                    i += span - 1;
                }
            }
        }
        List<String> newLines = new ArrayList<>();
        List<String> quotedLines = new ArrayList<>();
        boolean removed = false;
        for (int i = 0; i < cut; i++) {
            if (quoted[i]) {
                if (firstQuote < 0) {
                    firstQuote = i;
                }
                quotedLines.add(raw.get(i));
                removed = true;
            } else {
                boolean blank = raw.get(i).isBlank();
                // where a quote was taken out between paragraphs, keep a single blank line
                if (!(blank && removed && !newLines.isEmpty() && newLines.get(newLines.size() - 1).isBlank())) {
                    newLines.add(raw.get(i));
                }
                if (!blank) {
                    removed = false;
                }
            }
        }
        for (int i = cut; i < end; i++) {
            quotedLines.add(raw.get(i));
        }
        if (firstQuote < 0 && cut < end) {
            firstQuote = cut;
        }
        String newText = QuoteLines.join(newLines, 0, newLines.size());
        String quotedText = QuoteLines.join(quotedLines, 0, quotedLines.size());
        if (quotedText.isBlank()) {
            return new QuoteSplit(newText, "", text.length(), List.of());
        }
        int start = lines.get(firstQuote).start();
        return new QuoteSplit(newText, quotedText, start, QuotedHistory.parse(quotedLines));
    }

    /** Whether an unquoted, non-blank line follows {@code from} (before {@code end}). */
    private static boolean hasUnquotedContent(List<String> raw, int[] depth, int from, int end) {
        for (int i = from; i < end; i++) {
            if (depth[i] == 0 && !raw.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the quoted block that runs to {@code end} (quoted and blank lines only), including
     * an attribution right before it; {@code end} when the text does not end with quotes.
     */
    private static int trailingQuoteStart(List<String> raw, int[] depth, int end) {
        int j = end;
        while (j > 0 && (depth[j - 1] > 0 || raw.get(j - 1).isBlank())) {
            j--;
        }
        while (j < end && depth[j] == 0) {
            j++;
        }
        if (j >= end) {
            return end;
        }
        int prev = j - 1;
        while (prev >= 0 && raw.get(prev).isBlank()) {
            prev--;
        }
        List<String> head = raw.subList(0, end);
        for (int k = Math.max(0, prev - 2); k <= prev; k++) {
            if (depth[k] > 0) {
                continue;
            }
            Optional<Attribution> a = QuoteLines.attributionAt(head, k);
            if (a.isPresent() && k + a.get().lineCount() - 1 == prev) {
                return k;
            }
        }
        return j;
    }

    /**
     * Removes a mailing-list footer (Mailman's rule of underscores followed by "... mailing list",
     * Google Groups' "You received this message because you are subscribed ...") from the end of
     * the text. Returns the text unchanged when it has none.
     */
    public static String stripListFooter(String text) {
        if (text == null) {
            return "";
        }
        try {
            List<QuoteLines.Line> lines = QuoteLines.split(text);
            List<String> raw = new ArrayList<>(lines.size());
            for (QuoteLines.Line l : lines) {
                raw.add(l.raw());
            }
            int start = ListFooter.start(raw);
            return start >= lines.size() ? text : text.substring(0, lines.get(start).start()).stripTrailing();
        } catch (RuntimeException e) {
            return text;
        }
    }

    /**
     * A form of a text for comparing a quote with the real earlier message: Unicode compatibility
     * normalised, lower case, quote markers removed, punctuation dropped and white space collapsed.
     */
    public static String normalizeForCompare(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (QuoteLines.Line line : QuoteLines.split(s)) {
            String content = QuoteLines.stripAll(line.raw());
            for (int i = 0; i < content.length(); ) {
                int cp = content.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    if (pendingSpace && sb.length() > 0) {
                        sb.append(' ');
                    }
                    pendingSpace = false;
                    sb.appendCodePoint(cp);
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    pendingSpace = true;
                }
                // other characters (punctuation, symbols) are dropped without separating words
            }
            pendingSpace = true;
        }
        return sb.toString();
    }
}
