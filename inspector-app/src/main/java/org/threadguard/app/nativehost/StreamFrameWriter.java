package org.threadguard.app.nativehost;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes frames to a stream: 32-bit length in the given byte order, payload, flush. Thread-safe. */
public final class StreamFrameWriter implements FrameWriter {
    private final OutputStream out;
    private final long maxLength;
    private final ByteOrder order;

    public StreamFrameWriter(OutputStream out, long maxLength) {
        this(out, maxLength, ByteOrder.nativeOrder());
    }

    public StreamFrameWriter(OutputStream out, long maxLength, ByteOrder order) {
        this.out = out;
        this.maxLength = maxLength;
        this.order = order;
    }

    @Override
    public synchronized void write(byte[] payload) throws IOException {
        if (payload.length > maxLength) {
            throw new FrameTooLargeException(payload.length, maxLength);
        }
        byte[] prefix = ByteBuffer.allocate(4).order(order).putInt(payload.length).array();
        out.write(prefix);
        out.write(payload);
        out.flush();
    }
}
