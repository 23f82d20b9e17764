package org.threadguard.heuristics.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a quoted history into its messages, outermost (most recent) first. */
final class QuotedHistory {
    private static final int MAX_MESSAGES = 30;

    private QuotedHistory() {
    }

    static List<QuotedMessage> parse(List<String> history) {
        List<QuotedMessage> out = new ArrayList<>();
        List<String> cur = history;
        String author = "";
        String date = "";
        String subject = "";
        for (int iter = 0; iter < MAX_MESSAGES && !cur.isEmpty(); iter++) {
            int j = cur.size();
            int consumed = 0;
            String nextAuthor = "";
            String nextDate = "";
            String nextSubject = "";
            for (int i = 0; i < cur.size(); i++) {
                String line = cur.get(i);
                if (QuoteLines.depth(line) > 0) {
                    j = i;
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                Optional<HeaderBlock> hb = HeaderBlock.at(cur, i);
                if (hb.isPresent()) {
                    j = i;
                    consumed = hb.get().lineCount();
                    nextAuthor = hb.get().author();
                    nextDate = hb.get().date();
                    nextSubject = hb.get().subject();
                    break;
                }
                Optional<Attribution> a = QuoteLines.attributionAt(cur, i);
                if (a.isPresent()) {
                    j = i;
                    consumed = a.get().lineCount();
                    nextAuthor = a.get().author();
                    nextDate = a.get().date();
                    break;
                }
            }
            String text = QuoteLines.join(cur, 0, j);
            if (!text.isEmpty() || !author.isEmpty() || !date.isEmpty() || !subject.isEmpty()) {
                out.add(new QuotedMessage(author, date, subject, text));
            }
            if (j >= cur.size()) {
                break;
            }
            author = nextAuthor;
            date = nextDate;
            subject = nextSubject;
            List<String> rest = cur.subList(Math.min(cur.size(), j + consumed), cur.size());
            if (QuoteLines.nextContentDepth(rest, 0) > 0) {
                List<String> stripped = new ArrayList<>(rest.size());
                for (String l : rest) {
                    stripped.add(QuoteLines.stripOne(l));
                }
                rest = stripped;
            }
            cur = rest;
        }
        return out;
    }
}
