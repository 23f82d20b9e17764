package org.threadguard.imap.parse;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Locale;

/**
 * The parts of a Content-Type (or Content-Disposition) value Threadguard needs, parsed leniently.
 *
 * @param baseType lower-case {@code type/subtype} (or disposition), {@code text/plain} when missing
 * @param charset the charset parameter, lower case, empty when none
 * @param name the (decoded) name parameter, empty when none
 */
public record ContentInfo(String baseType, String charset, String name) {
    static final ContentInfo DEFAULT = new ContentInfo("text/plain", "", "");

    /** Parses a Content-Type value; never throws. */
    public static ContentInfo parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            ContentType ct = new ContentType(value);
            String base = ct.getBaseType().toLowerCase(Locale.ROOT);
            return new ContentInfo(base, lower(ct.getParameter("charset")), decoded(ct.getParameter("name")));
        } catch (ParseException | RuntimeException e) {
            int semi = value.indexOf(';');
            String base = (semi < 0 ? value : value.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            if (base.indexOf('/') < 0) {
                base = "text/plain";
            }
            int sp = base.indexOf(' ');
            if (sp > 0) {
                base = base.substring(0, sp);
            }
            return new ContentInfo(base, lower(param(value, "charset")), decoded(param(value, "name")));
        }
    }

    /** The first token before {@code ;}, lower case (for Content-Disposition), empty when none. */
    static String firstToken(String value) {
        if (value == null) {
            return "";
        }
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** A parameter read by plain scanning, for values Jakarta Mail rejects. Empty when absent. */
    static String param(String value, String name) {
        String lower = value.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int i = lower.indexOf(name, from);
            if (i < 0) {
                return "";
            }
            from = i + name.length();
            boolean boundaryBefore = i == 0 || lower.charAt(i - 1) == ';' || Character.isWhitespace(lower.charAt(i - 1));
            int j = from;
            if (j < lower.length() && lower.charAt(j) == '*') {
                j++;
                while (j < lower.length() && (Character.isDigit(lower.charAt(j)) || lower.charAt(j) == '*')) {
                    j++;
                }
            }
            while (j < lower.length() && Character.isWhitespace(lower.charAt(j))) {
                j++;
            }
            if (!boundaryBefore || j >= lower.length() || lower.charAt(j) != '=') {
                continue;
            }
            j++;
            while (j < value.length() && Character.isWhitespace(value.charAt(j))) {
                j++;
            }
            if (j < value.length() && value.charAt(j) == '"') {
                int end = value.indexOf('"', j + 1);
                return value.substring(j + 1, end < 0 ? value.length() : end);
            }
            int end = value.indexOf(';', j);
            String v = value.substring(j, end < 0 ? value.length() : end).strip();
            int q = v.indexOf("''");
            return q >= 0 ? rfc2231(v.substring(0, q), v.substring(q + 2)) : v;
        }
    }

    private static String rfc2231(String charset, String encoded) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && EncodedWords.hex(encoded.charAt(i + 1)) >= 0
                    && EncodedWords.hex(encoded.charAt(i + 2)) >= 0) {
                b.write(EncodedWords.hex(encoded.charAt(i + 1)) * 16 + EncodedWords.hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                b.write(c);
            }
        }
        return Charsets.decode(b.toByteArray(), charset).text();
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String decoded(String s) {
        return s == null ? "" : EncodedWords.decode(s.strip());
    }
}
