package org.threadguard.heuristics.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The light guesser tells apart the languages a European business mailbox meets, from a few sentences. */
class LanguageGuesserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Thanks for the quick answer, we will check the drawings and come back to you on Monday with the dates.
            de | Vielen Dank für die schnelle Antwort, wir prüfen die Zeichnungen und melden uns am Montag mit den Terminen.
            tr | Merhaba, hızlı cevabınız için teşekkür ederim. Çizimleri kontrol edip pazartesi size bilgi vereceğiz.
            cs | Dobrý den, děkuji za rychlou odpověď. Výkresy zkontrolujeme a v pondělí se vám ozveme s termíny.
            fi | Hei, kiitos nopeasta vastauksesta. Tarkistamme piirustukset ja palaamme asiaan maanantaina, jos se sopii.
            ro | Bună ziua, vă mulțumesc pentru răspuns. Vom verifica desenele și revenim luni cu datele pentru livrare.
            hu | Kedves Péter, köszönöm a gyors választ. A rajzokat még ma átnézzük, és hétfőn jelentkezünk, hogy mi a helyzet.
            hr | Poštovani, hvala na brzom odgovoru. Crteže ćemo provjeriti i javit ćemo vam se u ponedjeljak, ako je to u redu.
            id | Terima kasih atas jawaban yang cepat. Kami akan memeriksa gambar dan menghubungi anda lagi dengan jadwal.
            ja | いつもお世話になっております。図面を確認して、月曜日に日程をご連絡いたします。
            zh | 感谢您的快速回复，我们会检查图纸，并在星期一把交货日期发给您。
            ko | 빠른 답변 감사합니다. 도면을 확인하고 월요일에 일정을 다시 연락드리겠습니다.
            """)
    void guessesTheLanguageOfABusinessReply(String expected, String text) {
        assertThat(LanguageGuesser.guess(text)).hasValueSatisfying(g -> assertThat(g.language()).isEqualTo(expected));
    }
}
