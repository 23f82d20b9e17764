package org.threadguard.imap.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Splits an mbox file into messages, streaming. A message starts at a line beginning with
 * {@code "From "} that is the first line of the file or follows a blank line; the From_ line itself
 * and the blank separator line before the next one are not part of the message.
 *
 * <p>Un-escaping: one {@code >} is removed from lines matching {@code ^>+From }. That is exact for
 * mboxrd. For mboxo, where a body line {@code ">From "} cannot be told from an escaped
 * {@code "From "}, it is a best effort (and the common case: writers escaped {@code "From "}).
 */
public final class MboxReader {
    private MboxReader() {
    }

    /** Receives one message. */
    @FunctionalInterface
    public interface MessageSink {
        /**
         * @param offset the byte offset of the message's From_ line in the file (its stable source key)
         * @param message the message bytes, un-escaped
         */
        void accept(long offset, byte[] message) throws IOException;
    }

    /** Whether the file starts like an mbox ({@code "From "}). */
    public static boolean looksLikeMbox(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm'
                    && head[4] == ' ';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads every message of {@code file} into {@code sink}, in file order. */
    public static void read(Path file, MessageSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(in, sink);
        }
    }

    /** Reads every message of an mbox stream into {@code sink}. */
    public static void read(InputStream in, MessageSink sink) throws IOException {
        LineBuffer line = new LineBuffer();
        ByteArrayOutputStream current = new ByteArrayOutputStream(1 << 14);
        long pos = 0;
        long start = -1;
        boolean prevBlank = true;
        while (line.read(in)) {
            int len = line.length;
            byte[] b = line.bytes;
            boolean fromLine = len >= 5 && b[0] == 'F' && b[1] == 'r' && b[2] == 'o' && b[3] == 'm' && b[4] == ' ';
            if (fromLine && prevBlank) {
                if (start >= 0) {
                    sink.accept(start, withoutSeparator(current));
                }
                start = pos;
                current.reset();
            } else if (start >= 0) {
                if (isEscapedFrom(b, len)) {
                    current.write(b, 1, len - 1);
                } else {
                    current.write(b, 0, len);
                }
            }
            prevBlank = (len == 1 && b[0] == '\n') || (len == 2 && b[0] == '\r' && b[1] == '\n');
            pos += len;
        }
        if (start >= 0) {
            sink.accept(start, withoutSeparator(current));
        }
    }

    private static boolean isEscapedFrom(byte[] b, int len) {
        int i = 0;
        while (i < len && b[i] == '>') {
            i++;
        }
        return i > 0 && len - i >= 5 && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm'
                && b[i + 4] == ' ';
    }

    /** Drops the blank line that separates this message from the next From_ line. */
    private static byte[] withoutSeparator(ByteArrayOutputStream current) {
        byte[] m = current.toByteArray();
        int n = m.length;
        if (n >= 2 && m[n - 1] == '\n' && m[n - 2] == '\n') {
            return java.util.Arrays.copyOf(m, n - 1);
        }
        if (n >= 4 && m[n - 1] == '\n' && m[n - 2] == '\r' && m[n - 3] == '\n' && m[n - 4] == '\r') {
            return java.util.Arrays.copyOf(m, n - 2);
        }
        return m;
    }

    /** A reusable line buffer; a line includes its terminator. */
    private static final class LineBuffer {
        byte[] bytes = new byte[256];
        int length;

        boolean read(InputStream in) throws IOException {
            length = 0;
            int c;
            while ((c = in.read()) >= 0) {
                if (length == bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
                }
                bytes[length++] = (byte) c;
                if (c == '\n') {
                    return true;
                }
            }
            return length > 0;
        }
    }
}
