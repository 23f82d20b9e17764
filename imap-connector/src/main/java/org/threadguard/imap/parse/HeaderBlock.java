package org.threadguard.imap.parse;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.model.Header;

/**
 * The header section of a raw message, read directly from the bytes: every field in order with its
 * raw (folded) and decoded (unfolded, RFC 2047 decoded) value. 8-bit bytes are read as UTF-8 when
 * valid, else windows-1252. Works with CRLF and LF-only line endings.
 *
 * @param headers the fields in order
 * @param bodyOffset the index of the first body byte (after the blank line), or the length when none
 * @param problems notes on malformed lines
 * @param unfolded for each field (same index as {@code headers}), its raw value unfolded and stripped,
 *     kept so that callers do not unfold the same values again
 */
public record HeaderBlock(List<Header> headers, int bodyOffset, List<String> problems, List<String> unfolded) {

    /** Parses the header section of {@code raw}. Never throws. */
    public static HeaderBlock parse(byte[] raw) {
        List<Header> headers = new ArrayList<>(32);
        List<String> unfolded = new ArrayList<>(32);
        List<String> problems = new ArrayList<>(0);
        int n = raw.length;
        int pos = 0;
        String name = null;
        String firstLine = null; // the field's first line (after the colon)
        StringBuilder rawValue = null; // the whole value, only once a continuation line is seen
        int skipped = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && raw[eol] != '\n') {
                eol++;
            }
            int next = eol < n ? eol + 1 : n;
            int end = eol > pos && raw[eol - 1] == '\r' ? eol - 1 : eol;
            if (end == pos) {
                // Blank line: end of the header section.
                pos = next;
                flush(headers, unfolded, name, firstLine, rawValue);
                return new HeaderBlock(headers, pos, withSkipped(problems, skipped), unfolded);
            }
            byte first = raw[pos];
            if ((first == ' ' || first == '\t') && name != null) {
                if (rawValue == null) {
                    rawValue = new StringBuilder(firstLine.length() + 2 + end - pos).append(firstLine);
                }
                rawValue.append("\r\n").append(Charsets.decodeUnlabelled(raw, pos, end - pos));
            } else {
                int colon = -1;
                for (int i = pos; i < end; i++) {
                    byte c = raw[i];
                    if (c == ':') {
                        colon = i;
                        break;
                    }
                    if (c == ' ' || c == '\t' || c < 33) {
                        // "Name : value" is obsolete but legal; anything else with a space is not a field.
                        int k = i;
                        while (k < end && (raw[k] == ' ' || raw[k] == '\t')) {
                            k++;
                        }
                        if (k < end && raw[k] == ':' && (c == ' ' || c == '\t')) {
                            colon = k;
                        }
                        break;
                    }
                }
                if (colon <= pos) {
                    if (headers.isEmpty() && name == null && startsWith(raw, pos, "From ")) {
                        pos = next; // mbox separator line left in place
                        continue;
                    }
                    if (headers.isEmpty() && name == null && skipped == 0 && !looksLikeHeaderStart(raw, pos, end)) {
                        // No header section at all: the message is only a body.
                        problems.add("No header section");
                        return new HeaderBlock(headers, pos, problems, unfolded);
                    }
                    skipped++;
                    pos = next;
                    continue;
                }
                flush(headers, unfolded, name, firstLine, rawValue);
                int nameEnd = colon;
                while (nameEnd > pos && (raw[nameEnd - 1] == ' ' || raw[nameEnd - 1] == '\t')) {
                    nameEnd--;
                }
                name = new String(raw, pos, nameEnd - pos, java.nio.charset.StandardCharsets.ISO_8859_1);
                int vs = colon + 1;
                firstLine = Charsets.decodeUnlabelled(raw, vs, end - vs);
                rawValue = null;
            }
            pos = next;
        }
        flush(headers, unfolded, name, firstLine, rawValue);
        return new HeaderBlock(headers, n, withSkipped(problems, skipped), unfolded);
    }

    private static boolean looksLikeHeaderStart(byte[] raw, int pos, int end) {
        return end - pos > 0 && raw[pos] != '<' && raw[pos] != '-';
    }

    private static List<String> withSkipped(List<String> problems, int skipped) {
        if (skipped > 0) {
            problems.add("Skipped " + skipped + " malformed header line(s)");
        }
        return problems;
    }

    private static boolean startsWith(byte[] raw, int pos, String prefix) {
        if (raw.length - pos < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (raw[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<Header> headers, List<String> unfoldedValues, String name,
            String firstLine, StringBuilder rawValue) {
        if (name == null) {
            return;
        }
        String rawText = rawValue == null ? firstLine : rawValue.toString();
        String trimmedRaw = rawText.startsWith(" ") ? rawText.substring(1) : rawText;
        String unfolded = unfold(trimmedRaw).strip();
        headers.add(new Header(name, EncodedWords.decode(unfolded), trimmedRaw));
        unfoldedValues.add(unfolded);
    }

    /** Removes folding line breaks (CRLF or LF before whitespace). */
    public static String unfold(String s) {
        if (s.indexOf('\n') < 0) {
            return s;
        }
        // Copies the runs between line-break characters in bulk (every CR and LF is dropped).
        int n = s.length();
        StringBuilder b = new StringBuilder(n);
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                if (i > runStart) {
                    b.append(s, runStart, i);
                }
                runStart = i + 1;
            }
        }
        if (n > runStart) {
            b.append(s, runStart, n);
        }
        return b.toString();
    }

    /** The first unfolded raw (undecoded) value of a field, or {@code null}. */
    public String rawUnfolded(String fieldName) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).is(fieldName)) {
                return unfolded.get(i);
            }
        }
        return null;
    }

    /** The first decoded value of a field, or {@code null}. */
    public String value(String fieldName) {
        for (Header h : headers) {
            if (h.is(fieldName)) {
                return h.value();
            }
        }
        return null;
    }
}
