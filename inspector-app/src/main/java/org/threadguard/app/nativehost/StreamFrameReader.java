package org.threadguard.app.nativehost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Frames from a stream: a 32-bit unsigned length in the given byte order (native order for
 * Thunderbird/Firefox: little-endian on x86 and ARM), then that many bytes of UTF-8 JSON.
 */
public final class StreamFrameReader implements FrameReader {
    private final InputStream in;
    private final long maxLength;
    private final ByteOrder order;

    public StreamFrameReader(InputStream in, long maxLength) {
        this(in, maxLength, ByteOrder.nativeOrder());
    }

    public StreamFrameReader(InputStream in, long maxLength, ByteOrder order) {
        this.in = in;
        this.maxLength = maxLength;
        this.order = order;
    }

    @Override
    public byte[] read() throws IOException {
        byte[] prefix = new byte[4];
        int got = readFully(prefix);
        if (got == 0) {
            return null;
        }
        if (got < 4) {
            throw new TruncatedFrameException("Input ended inside a length prefix (" + got + " of 4 bytes)");
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(prefix).order(order).getInt());
        if (length > maxLength) {
            skipFully(length);
            throw new FrameTooLargeException(length, maxLength);
        }
        byte[] payload = new byte[(int) length];
        int n = readFully(payload);
        if (n < length) {
            throw new TruncatedFrameException("Input ended inside a frame (" + n + " of " + length + " bytes)");
        }
        return payload;
    }

    private int readFully(byte[] buf) throws IOException {
        int off = 0;
        while (off < buf.length) {
            int r = in.read(buf, off, buf.length - off);
            if (r < 0) {
                break;
            }
            off += r;
        }
        return off;
    }

    private void skipFully(long length) throws IOException {
        long left = length;
        byte[] sink = new byte[8192];
        while (left > 0) {
            int r = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (r < 0) {
                throw new TruncatedFrameException("Input ended inside an oversized frame");
            }
            left -= r;
        }
    }
}
