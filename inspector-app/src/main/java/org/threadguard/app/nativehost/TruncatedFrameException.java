package org.threadguard.app.nativehost;

import java.io.IOException;

/** The input ended inside a frame (in the length prefix or the payload). */
public final class TruncatedFrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public TruncatedFrameException(String message) {
        super(message);
    }
}
