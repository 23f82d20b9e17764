package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass body fingerprints equal those built from the words, for any text. */
class ShinglesTest {
    private static final String ALPHABET = "abcdeXYZ019 .,;:!?'-\n\t>_/@"
            + "éÉüÜßçñøæłİıΣσςЖжK\u212A\u0301\u00A0\u2019\uD83D\uDE00中文";

    @Test
    void oneCharacterPassGivesTheSameFingerprintsAsTheWords() {
        List<String> texts = List.of("", "one two three four", "one two three four five",
                "Hello Laura,\nthe pallets for Leeds leave on Tuesday, don't worry - it's well-known.\n> quoted line",
                "Grüße aus Köln: Straße, Maß und Fuß; İstanbul'da ılık; ΣΟΦΊΑ σοφία; Ж ж; \u212Aelvin",
                "a-b -c d- e'f 'g h' i--j k''l", "x\uD83D\uDE00y 中文 字 emoji\uD83D\uDE00 ok ok ok ok ok");
        for (String t : texts) {
            assertThat(Shingles.ofText(t)).as(t).containsExactly(Shingles.of(Shingles.words(t)));
        }
        Random rnd = new Random(42);
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String t = b.toString();
            assertThat(Shingles.ofText(t)).as(t).containsExactly(Shingles.of(Shingles.words(t)));
        }
    }
}
