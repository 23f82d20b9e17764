package org.threadguard.imap.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;

/**
 * A lenient RFC 2047 decoder. Encoded words are decoded wherever they appear (also inside words and
 * quoted strings, as real clients write them); whitespace between adjacent encoded words is dropped;
 * adjacent words in the same charset are joined before decoding so multi-byte characters split
 * across words survive. Unknown charsets and bad encodings fall back instead of failing.
 */
public final class EncodedWords {
    private EncodedWords() {
    }

    /** The decoded text; input without {@code =?} is returned unchanged. */
    public static String decode(String s) {
        if (s == null || s.indexOf("=?") < 0) {
            return s == null ? "" : s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            Word w = i + 1 < n && s.charAt(i) == '=' && s.charAt(i + 1) == '?' ? Word.parse(s, i) : null;
            if (w == null) {
                if (pendingCharset != null) {
                    // Whitespace between two encoded words is not part of the text.
                    int j = i;
                    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r'
                            || s.charAt(j) == '\n')) {
                        j++;
                    }
                    if (j > i && j + 1 < n && s.charAt(j) == '=' && s.charAt(j + 1) == '?'
                            && Word.parse(s, j) != null) {
                        i = j;
                        continue;
                    }
                    flush(out, pending, pendingCharset);
                    pendingCharset = null;
                }
                out.append(s.charAt(i));
                i++;
                continue;
            }
            if (pendingCharset != null && !pendingCharset.equals(w.charset)) {
                flush(out, pending, pendingCharset);
            }
            pendingCharset = w.charset;
            byte[] bytes = w.bytes();
            pending.write(bytes, 0, bytes.length);
            i = w.end;
        }
        if (pendingCharset != null) {
            flush(out, pending, pendingCharset);
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        byte[] b = pending.toByteArray();
        pending.reset();
        Charset cs = Charsets.lookup(charset);
        if (cs == null) {
            out.append(Charsets.decodeUnlabelled(b, 0, b.length));
        } else {
            out.append(Charsets.decode(b, charset).text());
        }
    }

    private record Word(String charset, char encoding, String payload, int end) {
        static Word parse(String s, int start) {
            int q1 = s.indexOf('?', start + 2);
            if (q1 < 0 || q1 - start > 80 || q1 + 2 >= s.length() || s.charAt(q1 + 2) != '?') {
                return null;
            }
            char enc = Character.toUpperCase(s.charAt(q1 + 1));
            if (enc != 'B' && enc != 'Q') {
                return null;
            }
            int close = s.indexOf("?=", q1 + 3);
            if (close < 0) {
                return null;
            }
            String payload = s.substring(q1 + 3, close);
            for (int k = 0; k < payload.length(); k++) {
                char c = payload.charAt(k);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    return null;
                }
            }
            String charset = s.substring(start + 2, q1).toLowerCase(Locale.ROOT);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            if (charset.isEmpty()) {
                return null;
            }
            return new Word(charset, enc, payload, close + 2);
        }

        byte[] bytes() {
            if (encoding == 'B') {
                return base64(payload);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream(payload.length());
            for (int k = 0; k < payload.length(); k++) {
                char c = payload.charAt(k);
                if (c == '_') {
                    b.write(' ');
                } else if (c == '=' && k + 2 < payload.length() && hex(payload.charAt(k + 1)) >= 0
                        && hex(payload.charAt(k + 2)) >= 0) {
                    b.write(hex(payload.charAt(k + 1)) * 16 + hex(payload.charAt(k + 2)));
                    k += 2;
                } else if (c < 256) {
                    b.write(c);
                } else {
                    byte[] u = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    b.write(u, 0, u.length);
                }
            }
            return b.toByteArray();
        }
    }

    /** Lenient base64: ignores characters outside the alphabet and missing padding. */
    static byte[] base64(String payload) {
        StringBuilder clean = new StringBuilder(payload.length() + 3);
        for (int k = 0; k < payload.length(); k++) {
            char c = payload.charAt(k);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        int rem = clean.length() % 4;
        if (rem == 1) {
            clean.setLength(clean.length() - 1);
        } else if (rem > 1) {
            clean.append("==", 0, 4 - rem);
        }
        return Base64.getDecoder().decode(clean.toString());
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
