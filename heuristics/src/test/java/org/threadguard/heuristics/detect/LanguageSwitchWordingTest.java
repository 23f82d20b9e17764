package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** LANGUAGE_SWITCH speaks the user's language (ADR 0010) and keeps its English wording. */
class LanguageSwitchWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";

    private static Finding languageSwitch() {
        List<MailMessage> thread = TestMail.conversation("ls", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hallo Laura, wie besprochen schicke ich dir die Liste der Container für die Lieferung nach Hamburg. "
                        + "Die Zollpapiere kommen morgen. Viele Grüße Anna",
                "Hallo Anna, vielen Dank für die Liste. Ich warte dann auf die Zollpapiere. Gruß Laura");
        MailMessage reply = mail("ls9@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-06T09:20:00+01:00")
                .text("Hello,\n\nplease review the document and confirm today.\n\nThank you")
                .replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LANGUAGE_SWITCH")).findFirst().orElseThrow();
    }

    @Test
    void theExplanationNamesTheLanguagesInEachLanguage() {
        Finding f = languageSwitch();
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo(
                "This reply is written in English, but the thread is in German and the sender always wrote in German.");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(Locale.forLanguageTag("es"));
        assertThat(de).isNotEqualTo(f.explanation()).startsWith("Diese Antwort ist auf Englisch verfasst")
                .contains("auf Deutsch");
        assertThat(es).isNotEqualTo(f.explanation()).startsWith("Esta respuesta está escrita en inglés")
                .contains("en alemán");
        EvidenceRow row = f.rows().get(0);
        assertThat(row.field()).isEqualTo("Language");
        assertThat(row.earlier()).isEqualTo("German");
        assertThat(row.suspicious()).isEqualTo("English");
        assertThat(row.fieldText().render(Locale.GERMAN)).isEqualTo("Sprache");
        assertThat(row.earlierText().render(Locale.GERMAN)).isEqualTo("Deutsch");
        assertThat(row.suspiciousText().render(Locale.forLanguageTag("es"))).isEqualTo("inglés");
    }

    private static List<Finding> replyIn(String threadText1, String threadText2, String replyText) {
        List<MailMessage> thread = TestMail.conversation("lt", "Elif Kaya", ANNA, "Laura Weber", ME,
                "Sipariş 4471", "2026-03-02T09:15:00+03:00", (i, t) -> { }, threadText1, threadText2);
        MailMessage reply = mail("lt9@mail.nordhafen.example").from("Elif Kaya", ANNA).to("Laura Weber", ME)
                .subject("RE: Sipariş 4471").date("2026-03-06T09:20:00+03:00").text(replyText)
                .replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LANGUAGE_SWITCH")).toList();
    }

    @Test
    void anEnglishReplyInATurkishThreadIsASwitch() {
        List<Finding> found = replyIn(
                "Merhaba Laura, sipariş için teşekkür ederim. Paletler bu hafta hazır olacak ve size bilgi vereceğiz. "
                        + "Saygılarımla Elif",
                "Merhaba Elif, çok teşekkürler. Teslim tarihi için bilgi bekliyoruz. İyi günler Laura",
                "Hello,\n\nplease review the attached document and confirm it today, it is urgent for us.\n\nThank you");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation())
                .isEqualTo("This reply is written in English, but the thread is in Turkish and the sender always wrote "
                        + "in Turkish."));
    }

    @Test
    void aDanishReplyInASwedishThreadIsNotASwitch() {
        List<Finding> found = replyIn(
                "Hej Laura, tack för beställningen. Pallarna är klara den här veckan och vi skickar dem till er på "
                        + "måndag. Med vänliga hälsningar",
                "Hej, tack så mycket. Vi väntar på leveransdatumet och hör av oss om det är något. Hälsningar Laura",
                "Hej Laura, tak for beskeden. Jeg kan se at pallerne er klar, og vi sender dem til jer på mandag. "
                        + "Venlig hilsen");
        assertThat(found).isEmpty();
    }

    @Test
    void aReplyMixingTwoOtherLanguagesIsNotInTheThreadsLanguage() {
        List<MailMessage> thread = TestMail.conversation("lm", "Sandra Maier", ANNA, "Laura Weber", ME,
                "Anfrage Präzisionswellen", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hallo Laura, wie besprochen schicke ich dir das Angebot für die Wellen. Die Zeichnungen kommen "
                        + "morgen. Viele Grüße Sandra",
                "Hallo Sandra, vielen Dank für das Angebot. Ich warte dann auf die Zeichnungen. Gruß Laura",
                "Hallo Laura, hier sind die Zeichnungen, die Preise sind wie im Angebot. Viele Grüße Sandra",
                "Danke, ich gebe es an die Konstruktion weiter. Gruß Laura");
        MailMessage reply = mail("lm9@mail.nordhafen.example").from("Sandra Maier", ANNA).to("Laura Weber", ME)
                .subject("AW: Anfrage Präzisionswellen").date("2026-03-09T05:48:00+01:00")
                .text("Hola,\n\nadjunto la documentación solicitada.\n\nPlease review the offer and reply to us "
                        + "today.\n\nSaludos,\nSandra")
                .replyTo(thread.get(thread.size() - 1)).build();
        Finding f = TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("LANGUAGE_SWITCH")).findFirst().orElseThrow();
        assertThat(f.explanation()).isEqualTo(
                "This reply is written in other languages, not in German like the thread and the sender's earlier messages.");
        assertThat(f.explanationText().render(Locale.GERMAN)).startsWith("Diese Antwort ist in anderen Sprachen");
    }
}
