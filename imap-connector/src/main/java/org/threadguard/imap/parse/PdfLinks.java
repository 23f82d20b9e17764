package org.threadguard.imap.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The web links of a PDF document: the {@code /URI} actions of its link annotations, whether written
 * in the file's plain objects or inside Flate-compressed object streams. A PDF whose only content is
 * a button to an unknown site is a common payload of fake replies (Qakbot); the link is what
 * matters, not the document.
 *
 * <p>Never renders or executes anything; bounded work against hostile files: at most
 * {@value #MAX_STREAMS} streams inflated, {@value #MAX_INFLATED} bytes of inflated output in all,
 * {@value #MAX_LINKS} links. Malformed input yields fewer links, never an exception.
 */
public final class PdfLinks {
    static final int MAX_STREAMS = 256;
    static final int MAX_INFLATED = 8 * 1024 * 1024;
    static final int MAX_LINKS = 32;
    private static final byte[] URI = "/URI".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.ISO_8859_1);

    private PdfLinks() {
    }

    /** The distinct http(s) links of the document, in order of appearance. */
    public static List<String> of(byte[] content) {
        Set<String> out = new LinkedHashSet<>();
        try {
            scan(content, content.length, out);
            int[] budget = {MAX_INFLATED};
            streams(content, (keyword, start, end) -> {
                if (out.size() >= MAX_LINKS) {
                    return false;
                }
                byte[] inflated = inflate(content, start, end - start, budget[0]);
                if (inflated.length > 0) {
                    budget[0] -= inflated.length;
                    scan(inflated, inflated.length, out);
                }
                return out.size() < MAX_LINKS && budget[0] > 0;
            });
        } catch (RuntimeException e) {
            // a damaged file: the links found so far
        }
        List<String> list = new ArrayList<>(out);
        return list.size() > MAX_LINKS ? list.subList(0, MAX_LINKS) : list;
    }

    /** What to do with one stream of a PDF; returns whether to go on to the next. */
    interface StreamVisitor {
        boolean visit(int keyword, int start, int end);
    }

    /**
     * Walks the document's streams in order, at most {@value #MAX_STREAMS}: for each, where its "stream" keyword is
     * and where its data starts and ends (before "endstream"), until the visitor says stop.
     */
    static void streams(byte[] pdf, StreamVisitor visitor) {
        int from = 0;
        int streams = 0;
        while (streams < MAX_STREAMS) {
            int s = indexOf(pdf, STREAM, from, pdf.length);
            if (s < 0) {
                return;
            }
            int start = s + STREAM.length;
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            int end = indexOf(pdf, END_STREAM, start, pdf.length);
            if (end < 0) {
                return;
            }
            from = end + END_STREAM.length;
            if (s > 0 && pdf[s - 1] == 'd') {
                continue; // the "stream" of "endstream"
            }
            streams++;
            if (!visitor.visit(s, start, end)) {
                return;
            }
        }
    }

    private static void scan(byte[] b, int len, Set<String> out) {
        int from = 0;
        while (out.size() < MAX_LINKS) {
            int i = indexOf(b, URI, from, len);
            if (i < 0) {
                return;
            }
            int p = i + URI.length;
            from = p;
            while (p < len && (b[p] == ' ' || b[p] == '\r' || b[p] == '\n' || b[p] == '\t')) {
                p++;
            }
            if (p >= len) {
                return;
            }
            String uri = b[p] == '(' ? literal(b, p + 1, len) : b[p] == '<' && (p + 1 >= len || b[p + 1] != '<')
                    ? hex(b, p + 1, len) : null;
            if (uri == null) {
                continue;
            }
            uri = uri.strip();
            if (uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)) {
                if (uri.length() <= 2048 && uri.chars().noneMatch(c -> c < 0x21)) {
                    out.add(uri);
                }
            }
        }
    }

    /** A PDF literal string from just after its "(", with escapes and balanced parentheses. */
    private static String literal(byte[] b, int p, int len) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        while (p < len && s.length() <= 2048) {
            int c = b[p++] & 0xff;
            if (c == '\\' && p < len) {
                int e = b[p++] & 0xff;
                switch (e) {
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case '\r', '\n' -> {
                        if (e == '\r' && p < len && b[p] == '\n') {
                            p++;
                        }
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0; k < 2 && p < len && b[p] >= '0' && b[p] <= '7'; k++) {
                                v = v * 8 + (b[p++] - '0');
                            }
                            s.append((char) (v & 0xff));
                        } else {
                            s.append((char) e);
                        }
                    }
                }
            } else if (c == '(') {
                depth++;
                s.append('(');
            } else if (c == ')') {
                if (depth == 0) {
                    return s.toString();
                }
                depth--;
                s.append(')');
            } else {
                s.append((char) c);
            }
        }
        return null;
    }

    /** A PDF hex string from just after its "<". */
    private static String hex(byte[] b, int p, int len) {
        StringBuilder s = new StringBuilder();
        int hi = -1;
        while (p < len && s.length() <= 2048) {
            int c = b[p++] & 0xff;
            if (c == '>') {
                if (hi >= 0) {
                    s.append((char) (hi << 4));
                }
                return s.toString();
            }
            int v = Character.digit(c, 16);
            if (v < 0) {
                continue; // white space
            }
            if (hi < 0) {
                hi = v;
            } else {
                s.append((char) (hi << 4 | v));
                hi = -1;
            }
        }
        return null;
    }

    static byte[] inflate(byte[] b, int off, int len, int budget) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(b, off, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(budget, Math.max(64, len * 4)));
            byte[] buf = new byte[8192];
            while (!inf.finished() && out.size() < budget) {
                int n = inf.inflate(buf, 0, Math.min(buf.length, budget - out.size()));
                if (n == 0) {
                    break; // needs input or a dictionary: the stream is cut or not Flate
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return new byte[0]; // not Flate, or damaged
        } finally {
            inf.end();
        }
    }

    static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
