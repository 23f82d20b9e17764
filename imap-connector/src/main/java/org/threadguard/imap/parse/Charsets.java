package org.threadguard.imap.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lenient text decoding for mail: honours the declared charset where it is known and plausible,
 * falls back to strict UTF-8 and then windows-1252 (which maps every byte), and never throws.
 */
public final class Charsets {
    /** windows-1252: the browser reading of "iso-8859-1" and "us-ascii" with 8-bit bytes. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, Optional<Charset>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "utf8", "UTF-8", "latin1", "ISO-8859-1", "latin-1", "ISO-8859-1", "ansi_x3.4-1968", "US-ASCII",
            "ks_c_5601-1987", "x-windows-949", "gb2312", "GBK", "x-unknown", "", "unknown-8bit", "");

    private Charsets() {
    }

    /** A decoded text and, when the declared charset could not be used, a note why. */
    public record Decoded(String text, String charsetUsed, String problem) {
    }

    /** The charset for a MIME name, or {@code null} when unknown or unsupported. */
    public static Charset lookup(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.isEmpty()) {
            return null;
        }
        return CACHE.computeIfAbsent(n, k -> {
            String alias = ALIASES.getOrDefault(k, k);
            if (alias.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Charset.forName(alias));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Whether every byte is 7-bit. */
    public static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes bytes that should be UTF-8 (8-bit headers): strict UTF-8, else windows-1252. */
    public static String decodeUnlabelled(byte[] b, int off, int len) {
        if (isAscii(b, off, len)) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        String utf8 = strictUtf8(b, off, len);
        return utf8 != null ? utf8 : new String(b, off, len, WINDOWS_1252);
    }

    /** The strict UTF-8 reading of the bytes, or {@code null} when they are not valid UTF-8. */
    public static String strictUtf8(byte[] b, int off, int len) {
        // The String constructor is much faster than a CharsetDecoder and decodes valid UTF-8 the same
        // way; it replaces malformed input with U+FFFD. Without U+FFFD in its result the bytes are
        // valid. With one, they may still be valid (an encoded U+FFFD): the strict decoder decides.
        String fast = new String(b, off, len, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes a body with its declared charset. Unknown charsets, invalid UTF-8 and UTF-8 mislabelled
     * as Latin-1/ASCII are detected and decoded sensibly; the problem says what was wrong.
     */
    public static Decoded decode(byte[] b, String declared) {
        String label = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        Charset cs = lookup(label);
        if (isAscii(b, 0, b.length)) {
            if (cs == null) {
                return new Decoded(new String(b, StandardCharsets.ISO_8859_1), label, "");
            }
            return new Decoded(new String(b, cs), cs.name().toLowerCase(Locale.ROOT), "");
        }
        if (cs == null) {
            String utf8 = strictUtf8(b, 0, b.length);
            String note = label.isEmpty() ? "" : "Unknown charset '" + label + "', decoded by guessing";
            if (utf8 != null) {
                return new Decoded(utf8, "utf-8", note);
            }
            return new Decoded(new String(b, WINDOWS_1252), "windows-1252", note);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(b, 0, b.length);
            if (utf8 != null) {
                return new Decoded(utf8, "utf-8", "");
            }
            return new Decoded(new String(b, WINDOWS_1252), "windows-1252",
                    "Text declared utf-8 is not valid UTF-8; decoded as windows-1252");
        }
        if (isLatin(cs)) {
            // Mislabelled UTF-8 is common; real Latin-1 text is almost never valid multi-byte UTF-8.
            String utf8 = strictUtf8(b, 0, b.length);
            if (utf8 != null) {
                return new Decoded(utf8, "utf-8", "Text declared " + label + " is UTF-8; decoded as UTF-8");
            }
            return new Decoded(new String(b, WINDOWS_1252), "windows-1252", "");
        }
        return new Decoded(new String(b, cs), cs.name().toLowerCase(Locale.ROOT), "");
    }

    private static boolean isLatin(Charset cs) {
        String n = cs.name();
        return n.equals("ISO-8859-1") || n.equals("US-ASCII") || n.equals("windows-1252");
    }
}
