package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** LURE_TEXT speaks the user's language (ADR 0010) and keeps its English wording. */
class LureTextWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Finding lure(String text) {
        List<MailMessage> thread = TestMail.conversation("lt", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hallo Laura, wie besprochen schicke ich dir die Liste der Container für die Lieferung nach Hamburg. "
                        + "Die Zollpapiere kommen morgen. Viele Grüße Anna",
                "Hallo Anna, vielen Dank für die Liste. Ich warte dann auf die Zollpapiere. Gruß Laura");
        MailMessage reply = mail("lt9@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-06T09:20:00+01:00").text(text)
                .replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LURE_TEXT")).findFirst().orElseThrow();
    }

    @Test
    void aGenericTextIsExplainedInEachLanguageWithTheWordsOfTheMail() {
        Finding f = lure("Hello,\n\nplease review the document and confirm today.\n\nThank you");
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The new text is generic — it says nothing specific about this"
                + " conversation — and asks the reader to act (review, document, confirm).");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(ES);
        assertThat(de).isNotEqualTo(f.explanation()).startsWith("Der neue Text ist allgemein gehalten")
                .endsWith("(review, document, confirm).");
        assertThat(es).isNotEqualTo(f.explanation()).startsWith("El nuevo texto es genérico")
                .endsWith("(review, document, confirm).");
        assertThat(f.rows()).extracting(EvidenceRow::field).containsExactly("New text",
                "Words that say something specific", "Specific words shared with the thread", "Asks the reader to");
        assertThat(f.rows().get(1).suspicious()).isEqualTo("none");
        assertThat(f.rows().get(1).suspiciousText().render(Locale.GERMAN)).isEqualTo("keine");
        assertThat(f.rows().get(3).fieldText().render(ES)).isEqualTo("Lo que pide al lector");
    }

    @Test
    void whatTheTextAsksInItsOwnWordsIsTranslatedToo() {
        Text asks = Text.of("LURE_TEXT.generic", List.of(Text.of("LURE_TEXT.ask.openCarried")));
        assertThat(asks.english()).endsWith("asks the reader to act (open what it carries).");
        assertThat(asks.render(Locale.GERMAN)).endsWith("(öffnen, was mitgeschickt wurde).");
        assertThat(Text.of("LURE_TEXT.specificShare", 57L, List.of("frau", "freigabe")).english())
                .isEqualTo("57%: frau, freigabe");
    }
}
