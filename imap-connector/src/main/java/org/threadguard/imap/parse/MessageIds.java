package org.threadguard.imap.parse;

import java.util.ArrayList;
import java.util.List;

/** Reads message ids ({@code <id@host>}) from Message-ID, In-Reply-To and References values. */
public final class MessageIds {
    private MessageIds() {
    }

    /**
     * Every {@code <...>} id in the value, in order, tolerating junk (comments, quoted phrases) between
     * them; whitespace inside an id is removed. A value without brackets yields its {@code @} tokens
     * wrapped in brackets.
     */
    public static List<String> all(String value) {
        List<String> out = new ArrayList<>(2);
        if (value == null || value.isBlank()) {
            return out;
        }
        int i = 0;
        int n = value.length();
        while (i < n) {
            int lt = value.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            int gt = value.indexOf('>', lt + 1);
            if (gt < 0) {
                break;
            }
            int nextLt = value.indexOf('<', lt + 1);
            if (nextLt >= 0 && nextLt < gt) {
                i = nextLt; // stray '<': restart at the inner one
                continue;
            }
            String id = stripSpaces(value.substring(lt + 1, gt));
            if (!id.isEmpty()) {
                out.add("<" + id + ">");
            }
            i = gt + 1;
        }
        if (out.isEmpty()) {
            for (String token : MailDates.tokens(value.trim(), true)) {
                if (token.indexOf('@') > 0) {
                    out.add("<" + token.replace("<", "").replace(">", "") + ">");
                }
            }
        }
        return out;
    }

    /** The first id, or an empty string. */
    public static String first(String value) {
        List<String> ids = all(value);
        if (ids.isEmpty()) {
            String v = value == null ? "" : value.strip();
            return v.isEmpty() || v.indexOf(' ') >= 0 ? "" : "<" + v + ">";
        }
        return ids.get(0);
    }

    private static String stripSpaces(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                space = true;
                break;
            }
        }
        if (!space) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
