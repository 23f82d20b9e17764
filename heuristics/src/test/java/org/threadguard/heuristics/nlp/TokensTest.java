package org.threadguard.heuristics.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void accentTableGivesWhatTheDecompositionGives() {
        Random rnd = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                // mostly Latin letters with accents, sometimes a combining mark or another script
                int r = rnd.nextInt(20);
                char c = r == 0 ? (char) (0x300 + rnd.nextInt(0x70)) : r == 1 ? (char) (0x370 + rnd.nextInt(0x200))
                        : (char) rnd.nextInt(0x180);
                b.append(c);
            }
            String s = b.toString();
            assertThat(Tokens.stripAccents(s)).as(s).isEqualTo(Tokens.stripAccentsSlow(s));
        }
    }

    @Test
    void stripsTheAccentsOfEuropeanLanguages() {
        assertThat(Tokens.stripAccents("Müller")).isEqualTo("Muller");
        assertThat(Tokens.stripAccents("straße")).isEqualTo("strasse");
        assertThat(Tokens.stripAccents("łódź")).isEqualTo("lodz");
        assertThat(Tokens.stripAccents("søren")).isEqualTo("soren");
        assertThat(Tokens.stripAccents("cafe\u0301")).isEqualTo("cafe");
        assertThat(Tokens.stripAccents("Ñandú")).isEqualTo("Nandu");
    }

    @Test
    void wordsAreLowerCaseWithInnerApostrophesAndHyphens() {
        assertThat(Tokens.words("Don't RE-send it - 'quoted' x-\nGrüße, 2024!"))
                .containsExactly("don't", "re-send", "it", "quoted", "x", "grüße", "2024");
        assertThat(Tokens.words("a".repeat(100))).containsExactly("a".repeat(100));
        assertThat(Tokens.words("")).isEmpty();
        assertThat(Tokens.words(null)).isEmpty();
    }

    @Test
    void signatureCutIsTheSameAsSplittingLinesByRegex() {
        String alphabet = "ab -\n\r\u000B\u000C\u0085\u2028\u2029x";
        Random rnd = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Tokens.aboveSignature(s)).as(s).isEqualTo(Tokens.aboveSignatureByRegex(s));
        }
        assertThat(Tokens.aboveSignature("Hi,\r\nsee you\r\n-- \r\nAnna\r\n")).isEqualTo("Hi,\nsee you\n");
        assertThat(Tokens.aboveSignature("no delimiter -- here")).isEqualTo("no delimiter -- here\n");
    }

    @Test
    void chineseAndJapaneseAreBaggedByPairsOfCharactersSoTwoTextsOnOneTopicShareWords() {
        Map<String, Integer> zh = Tokens.contentBag("请查收图纸，交货日期是下周一。");
        assertThat(zh).containsKeys("图纸", "交货", "日期");
        Map<String, Integer> promise = Tokens.contentBag("図面は金曜日にお送りします。");
        Map<String, Integer> delivery = Tokens.contentBag("AD-3021の図面を送付いたします。");
        Map<String, Integer> other = Tokens.contentBag("来週の展示会の件でご連絡しました。");
        assertThat(Tokens.cosine(promise, delivery))
                .isGreaterThan(Tokens.cosine(promise, other));
        assertThat(Tokens.contentBag("Die Zeichnungen kommen morgen"))
                .containsKeys("zeichnu", "kommen", "morgen");
    }

    @Test
    void namesAreComparedWithoutTitlesOrderAccentsAndCase() {
        assertThat(Tokens.normalizeName("Prof. Dr. Hans Kuipers")).isEqualTo(Tokens.normalizeName("Hans Kuipers"));
        assertThat(Tokens.normalizeName("Kuipers, Hans (Dr.)")).isEqualTo("hans kuipers");
        assertThat(Tokens.normalizeName("Dott.ssa Chiara Rossi")).isEqualTo(Tokens.normalizeName("Chiara Rossi"));
        assertThat(Tokens.normalizeName("José Núñez")).isEqualTo("jose nunez");
        assertThat(Tokens.normalizeName("Dr. Ing.")).isEqualTo("dr ing"); // nothing but titles: kept
    }
}
