package org.threadguard.heuristics.thread;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A parsed Outlook {@code Thread-Index} header: a 22-byte header block (6 bytes of FILETIME,
 * 16 bytes of conversation GUID) followed by one 5-byte block per reply level.
 *
 * <p>Messages of one Outlook conversation share the GUID; a reply's index is its parent's
 * index plus one child block, so an ancestor's index is a prefix of its descendants'.
 */
public final class ThreadIndex {
    private static final int HEADER_LENGTH = 22;
    private static final int CHILD_LENGTH = 5;
    private static final int MAX_HEADER_VALUE = 4096;

    private final byte[] bytes;

    private ThreadIndex(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Parses a header value. Whitespace inside the value (folding) is ignored; trailing bytes
     * that do not make a full child block are ignored.
     *
     * @return the index, or empty when the value is missing, not base64 or shorter than 22 bytes
     */
    public static Optional<ThreadIndex> parse(String headerValue) {
        if (headerValue == null || headerValue.length() > MAX_HEADER_VALUE) {
            return Optional.empty();
        }
        StringBuilder clean = new StringBuilder(headerValue.length());
        for (int i = 0; i < headerValue.length(); i++) {
            char c = headerValue.charAt(i);
            if (!Character.isWhitespace(c)) {
                clean.append(c);
            }
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(clean.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.length < HEADER_LENGTH) {
            return Optional.empty();
        }
        int usable = HEADER_LENGTH + (decoded.length - HEADER_LENGTH) / CHILD_LENGTH * CHILD_LENGTH;
        return Optional.of(new ThreadIndex(Arrays.copyOf(decoded, usable)));
    }

    /** The 16-byte conversation GUID as 32 lower-case hex digits. */
    public String guid() {
        return HexFormat.of().formatHex(bytes, 6, HEADER_LENGTH);
    }

    /** How many reply levels (5-byte child blocks) follow the header block; 0 for a conversation's first message. */
    public int childCount() {
        return (bytes.length - HEADER_LENGTH) / CHILD_LENGTH;
    }

    /**
     * Whether this index is a proper prefix of {@code other}: this message is an ancestor of
     * {@code other} in the same conversation.
     */
    public boolean isPrefixOf(ThreadIndex other) {
        return other != null && other.bytes.length > bytes.length
                && Arrays.equals(bytes, 0, bytes.length, other.bytes, 0, bytes.length);
    }

    /** The index of the ancestor {@code levels} reply levels up, or empty when there are not that many. */
    public Optional<ThreadIndex> ancestor(int levels) {
        if (levels < 0 || levels > childCount()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadIndex(Arrays.copyOf(bytes, bytes.length - levels * CHILD_LENGTH)));
    }

    /** The whole index as hex, usable as a map key. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreadIndex t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ThreadIndex[" + guid() + "+" + childCount() + "]";
    }
}
