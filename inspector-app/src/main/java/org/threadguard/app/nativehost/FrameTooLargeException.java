package org.threadguard.app.nativehost;

import java.io.IOException;

/** A frame longer than the limit (on read: it was skipped; on write: nothing was written). */
public final class FrameTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long length;

    public FrameTooLargeException(long length, long limit) {
        super("Frame of " + length + " bytes exceeds the limit of " + limit + " bytes");
        this.length = length;
    }

    public long length() {
        return length;
    }
}
