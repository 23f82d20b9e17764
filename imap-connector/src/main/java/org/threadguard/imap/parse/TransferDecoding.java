package org.threadguard.imap.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Fast, lenient Content-Transfer-Encoding decoding over whole byte arrays (Angus Mail's decoder
 * streams read one byte per call, which dominated parse time). Invalid input is decoded as far as
 * possible and noted, never thrown.
 */
public final class TransferDecoding {
    private static final byte[] B64 = new byte[256];

    static {
        java.util.Arrays.fill(B64, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            B64[alphabet.charAt(i)] = (byte) i;
        }
        B64['-'] = 62; // base64url seen in the wild
        B64['_'] = 63;
    }

    private TransferDecoding() {
    }

    /**
     * Decodes {@code raw} per its transfer encoding.
     *
     * @param what a short label for problem notes, e.g. {@code text/plain part}
     * @param problems receives notes on invalid input
     */
    public static byte[] decode(byte[] raw, String encoding, String what, List<String> problems) {
        String enc = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        switch (enc) {
            case "", "7bit", "8bit", "binary", "7-bit", "8-bit" -> {
                return raw;
            }
            case "base64" -> {
                return base64(raw, what, problems);
            }
            case "quoted-printable" -> {
                return quotedPrintable(raw);
            }
            case "uuencode", "x-uuencode", "x-uue" -> {
                try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(raw), enc)) {
                    return in.readAllBytes();
                } catch (IOException | MessagingException | RuntimeException e) {
                    problems.add("Undecodable uuencoded " + what + "; kept as is");
                    return raw;
                }
            }
            default -> {
                problems.add("Unknown Content-Transfer-Encoding '" + enc + "' in " + what + "; kept as is");
                return raw;
            }
        }
    }

    /** Lenient base64: skips characters outside the alphabet (noting them), stops at padding. */
    static byte[] base64(byte[] in, String what, List<String> problems) {
        byte[] out = new byte[in.length / 4 * 3 + 3];
        int o = 0;
        int acc = 0;
        int bits = 0;
        boolean invalid = false;
        boolean padded = false;
        int n = in.length;
        for (int i = 0; i < n; i++) {
            if (bits == 0 && !padded && i + 3 < n) {
                // Fast path at a group boundary: four alphabet characters make three bytes, exactly
                // what the byte-at-a-time steps below produce, leaving acc and bits at zero.
                int v0 = B64[in[i] & 0xff];
                int v1 = B64[in[i + 1] & 0xff];
                int v2 = B64[in[i + 2] & 0xff];
                int v3 = B64[in[i + 3] & 0xff];
                if ((v0 | v1 | v2 | v3) >= 0) {
                    int group = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
                    out[o++] = (byte) (group >> 16);
                    out[o++] = (byte) (group >> 8);
                    out[o++] = (byte) group;
                    i += 3;
                    continue;
                }
            }
            int c = in[i] & 0xff;
            int v = B64[c];
            if (v < 0) {
                if (c == '=') {
                    padded = true;
                } else if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
                    invalid = true;
                }
                continue;
            }
            if (padded) {
                // Data after padding: concatenated base64 blocks; restart the group.
                acc = 0;
                bits = 0;
                padded = false;
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        if (invalid) {
            problems.add("Invalid base64 in " + what + "; decoded leniently");
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    /** Lenient quoted-printable: soft line breaks removed, bad escapes kept literally. */
    static byte[] quotedPrintable(byte[] in) {
        byte[] out = new byte[in.length];
        int o = 0;
        int n = in.length;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (b != '=') {
                out[o++] = b;
                continue;
            }
            // Soft line break: '=' then optional trailing whitespace then CRLF or LF.
            int j = i + 1;
            while (j < n && (in[j] == ' ' || in[j] == '\t')) {
                j++;
            }
            if (j < n && in[j] == '\n') {
                i = j;
                continue;
            }
            if (j + 1 < n && in[j] == '\r' && in[j + 1] == '\n') {
                i = j + 1;
                continue;
            }
            if (j == n) {
                i = j;
                continue;
            }
            if (i + 2 < n) {
                int h = EncodedWords.hex((char) (in[i + 1] & 0xff));
                int l = EncodedWords.hex((char) (in[i + 2] & 0xff));
                if (h >= 0 && l >= 0) {
                    out[o++] = (byte) (h * 16 + l);
                    i += 2;
                    continue;
                }
            }
            out[o++] = b;
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }
}
