package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Guards the parser's fast paths: each must give what the simple code it replaced gave. */
class FastPathEquivalenceTest {

    @Test
    void dateAndIdTokensMatchTheRegularExpressionSplits() {
        String[] samples = {"", " ", "Mon, 12 Jan 2004 10:00:00 +0100", "a\tb\u000Bc\fd\re\nf", ",,x,,y ,", "\u0001a b\u0001",
            "  lead  and trail  ", "a\u00a0b", "<a@x>, b@y\t,c@z"};
        for (String s : samples) {
            String t = s.trim();
            assertThat(MailDates.tokens(t, false)).containsExactlyElementsOf(nonEmpty(t.split("\\s+")));
            assertThat(MailDates.tokens(t, true)).containsExactlyElementsOf(nonEmpty(t.split("[\\s,]+")));
        }
    }

    @Test
    void base64GroupsDecodeLikeTheByteAtATimePath() {
        Random rnd = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] data = new byte[rnd.nextInt(200)];
            rnd.nextBytes(data);
            String encoded = Base64.getMimeEncoder().encodeToString(data);
            assertThat(TransferDecoding.base64(encoded.getBytes(StandardCharsets.US_ASCII), "t", new ArrayList<>()))
                    .isEqualTo(data);
        }
        // Junk, padding in the middle (concatenated blocks) and missing padding.
        List<String> notes = new ArrayList<>();
        assertThat(TransferDecoding.base64("SGk=SGVsbG8".getBytes(StandardCharsets.US_ASCII), "t", notes))
                .isEqualTo("HiHello".getBytes(StandardCharsets.US_ASCII));
        assertThat(notes).isEmpty();
        // Without padding after "SGk" the group goes on across the junk and line break: bytes as the
        // byte-at-a-time decoder gave them before the fast path.
        assertThat(TransferDecoding.base64("SG!k\r\nSGVs*bG8=".getBytes(StandardCharsets.US_ASCII), "t", notes))
                .isEqualTo(bytes(72, 105, 18, 25, 91, 27, 27));
        assertThat(notes).containsExactly("Invalid base64 in t; decoded leniently");
    }

    @Test
    void strictUtf8RejectsWhatTheStrictDecoderRejects() {
        assertThat(Charsets.strictUtf8(bytes(0xC3, 0xBC), 0, 2)).isEqualTo("ü");
        assertThat(Charsets.strictUtf8(bytes(0xEF, 0xBF, 0xBD), 0, 3)).isEqualTo("\uFFFD"); // an encoded U+FFFD
        assertThat(Charsets.strictUtf8(bytes(0xC3), 0, 1)).isNull(); // truncated
        assertThat(Charsets.strictUtf8(bytes(0xC0, 0xAF), 0, 2)).isNull(); // overlong
        assertThat(Charsets.strictUtf8(bytes(0xED, 0xA0, 0x80), 0, 3)).isNull(); // surrogate
        assertThat(Charsets.strictUtf8(bytes(0xE9, 0x74, 0xE9), 0, 3)).isNull(); // Latin-1 "été"
    }

    @Test
    void foldedAndSingleLineHeadersKeepTheirRawAndUnfoldedValues() {
        byte[] raw = "Subject: one\r\nX-Long: a\r\n\tb\r\n c\r\nTo:  x@y\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);
        HeaderBlock b = HeaderBlock.parse(raw);
        assertThat(b.headers().get(1).raw()).isEqualTo("a\r\n\tb\r\n c");
        assertThat(b.rawUnfolded("x-long")).isEqualTo("a\tb c");
        assertThat(b.headers().get(2).raw()).isEqualTo(" x@y");
        assertThat(b.rawUnfolded("To")).isEqualTo("x@y");
        assertThat(b.unfolded()).hasSameSizeAs(b.headers());
    }

    private static List<String> nonEmpty(String[] parts) {
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
