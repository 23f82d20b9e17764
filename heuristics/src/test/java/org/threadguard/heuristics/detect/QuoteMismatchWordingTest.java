package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** QUOTE_MISMATCH speaks the user's language (ADR 0010) and keeps its English wording. */
class QuoteMismatchWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Finding quoteMismatch() {
        List<MailMessage> thread = TestMail.conversation("qm", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hallo Laura, wie besprochen schicke ich dir die Liste der Container für die Lieferung nach Hamburg. "
                        + "Die Zollpapiere kommen morgen. Viele Grüße Anna",
                "Hallo Anna, vielen Dank für die Liste. Ich warte dann auf die Zollpapiere. Gruß Laura");
        MailMessage reply = mail("qm9@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-06T09:20:00+01:00")
                .text("Hallo Laura,\n\nanbei die Unterlagen.\n\nAm 03.03.2026 um 10:00 schrieb Laura Weber:\n"
                        + "> Hallo Anna, bitte überweisen Sie den offenen Betrag ab sofort auf unser neues Konto bei der "
                        + "Sparkasse, die alte Verbindung ist gekündigt und wird nicht mehr verwendet.\n")
                .replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("QUOTE_MISMATCH")).findFirst().orElseThrow();
    }

    @Test
    void theExplanationIsTranslatedAndKeepsTheNames() {
        Finding f = quoteMismatch();
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The quoted text differs from what Laura Weber really wrote: only 0% of"
                + " it matches (the quote is attributed to Laura Weber).");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(ES);
        assertThat(de).isNotEqualTo(f.explanation()).startsWith("Der zitierte Text weicht").contains("Laura Weber")
                .contains("0 %");
        assertThat(es).isNotEqualTo(f.explanation()).startsWith("El texto citado difiere").contains("Laura Weber");
        assertThat(f.rows()).extracting(EvidenceRow::field)
                .containsExactly("What was really sent", "Quoted line not in the real message");
        assertThat(f.rows().get(1).fieldText().render(Locale.GERMAN)).startsWith("Zitierte Zeile");
        assertThat(f.rows().get(1).suspiciousText().render(ES)).contains("neues Konto bei der Sparkasse");
    }

    @Test
    void theSentencesForAnEarlierMessageWithoutSenderKeepTheirEnglish() {
        assertThat(Text.of("QUOTE_MISMATCH.otherMessageUnknown").english())
                .isEqualTo("The reply answers the earlier message but quotes another message.");
        assertThat(Text.of("QUOTE_MISMATCH.otherMessageUnknownAttributed", "Bob <bob@x.example>").english())
                .isEqualTo("The reply answers the earlier message but quotes another message (attributed to"
                        + " Bob <bob@x.example>).");
        assertThat(Text.of("QUOTE_MISMATCH.differsUnknown", 12L).english())
                .isEqualTo("The quoted text differs from what the earlier message really wrote: only 12% of it matches.");
        assertThat(Text.of("QUOTE_MISMATCH.otherMessageUnknown").render(ES)).contains("al mensaje anterior");
    }
}
