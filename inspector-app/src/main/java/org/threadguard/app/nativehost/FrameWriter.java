package org.threadguard.app.nativehost;

import java.io.IOException;

/** Writes one native-messaging frame at a time (length prefix + payload, flushed). */
public interface FrameWriter {
    /** @throws FrameTooLargeException the payload exceeds the limit; nothing was written */
    void write(byte[] payload) throws IOException;
}
