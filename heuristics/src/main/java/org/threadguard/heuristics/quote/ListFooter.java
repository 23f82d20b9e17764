package org.threadguard.heuristics.quote;

import java.util.List;
import java.util.Locale;

/** Finds a mailing-list footer at the end of a text. */
final class ListFooter {
    private static final int WINDOW = 40;
    /** Words only a list footer uses. */
    private static final List<String> LIST_MARKERS = List.of("mailing list", "listinfo", "list archive");
    /** Words a footer uses, but marketing mail too: they count with the list's address or web page. */
    private static final List<String> UNSUBSCRIBE = List.of("unsubscribe", "abmelden", "désabonner", "darse de baja");

    private ListFooter() {
    }

    /**
     * The index of the footer's first line, or {@code lines.size()} when there is no footer. The
     * footer is the last rule that introduces list text: a rule followed by "unsubscribe" higher up
     * belongs to the message itself (marketing mail carries its own).
     */
    static int start(List<String> lines) {
        int n = lines.size();
        for (int i = n - 1; i >= Math.max(0, n - WINDOW); i--) {
            String s = lines.get(i);
            if (isRule(s.strip()) && mentionsList(lines, i + 1) && !quotesAfter(lines, i + 1)) {
                return i;
            }
            if (s.equals("-- ") || s.equals("--")) {
                if (i + 1 < n && lines.get(i + 1).startsWith("You received this message because you are subscribed")) {
                    return i;
                }
            }
        }
        return n;
    }

    /** A footer never holds a quoted message's header block; marketing text above a quote can. */
    private static boolean quotesAfter(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (HeaderBlock.at(lines, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRule(String s) {
        if (s.length() < 20) {
            return false;
        }
        char c = s.charAt(0);
        if (c != '_' && c != '-' && c != '=') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsList(List<String> lines, int from) {
        boolean unsubscribe = false;
        boolean address = false;
        for (int i = from; i < lines.size() && i < from + 5; i++) {
            String lower = lines.get(i).toLowerCase(Locale.ROOT);
            for (String m : LIST_MARKERS) {
                if (lower.contains(m)) {
                    return true;
                }
            }
            for (String m : UNSUBSCRIBE) {
                unsubscribe |= lower.contains(m);
            }
            address |= lower.contains("@") || lower.contains("http://") || lower.contains("https://");
        }
        return unsubscribe && address;
    }
}
