package org.threadguard.app.nativehost;

import java.io.IOException;

/** Reads one native-messaging frame at a time. */
public interface FrameReader {
    /**
     * The next frame's payload, or {@code null} at a clean end of input (EOF between frames).
     *
     * @throws FrameTooLargeException the announced length exceeds the limit; the payload was skipped, so
     *     the stream stays in step and the next call reads the next frame
     * @throws TruncatedFrameException the input ended inside a frame
     */
    byte[] read() throws IOException;
}
