package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** STYLE_DRIFT speaks the user's language: the habits and the lengths are words, the sign-offs are data. */
class StyleDriftWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String LONG = "wie besprochen schicke ich dir heute die Liste der Container für die Lieferung "
            + "nach Hamburg, die Zollpapiere kommen morgen mit der Post, und der Spediteur holt die Ware am Donnerstag "
            + "um acht Uhr ab; bitte gib mir Bescheid, ob die Lieferadresse im Lager am Hafen noch stimmt.";

    @Test
    void aShortReplyWithAnotherSignOffIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = TestMail.conversation("sd", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hallo Laura,\n\n" + LONG + "\n\nAnna", "Danke, Anna.",
                "Hallo Laura,\n\n" + LONG + "\n\nAnna", "Danke.",
                "Hallo Laura,\n\n" + LONG + "\n\nAnna", "Gut.");
        MailMessage reply = mail("sd9@conversation.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("RE: Lieferung Hamburg").date("2026-03-09T09:15:00+01:00").text("Thanks")
                .replyTo(thread.get(thread.size() - 1)).build();
        Finding f = TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("STYLE_DRIFT")).findFirst().orElseThrow();

        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The writing habits differ from the sender's earlier messages (sign-off, length).");
        assertThat(f.explanationText().render(Locale.GERMAN))
                .isEqualTo("Die Schreibgewohnheiten weichen von den früheren Nachrichten des Absenders ab (Grußformel, Länge).");
        assertThat(f.explanationText().render(SPANISH))
                .isEqualTo("Los hábitos de escritura difieren de los mensajes anteriores del remitente (despedida, longitud).");
        EvidenceRow signoff = f.rows().get(0);
        assertThat(signoff.fieldText().render(Locale.GERMAN)).isEqualTo("Grußformel");
        assertThat(signoff.earlierText().render(Locale.GERMAN)).isEqualTo("anna");
        assertThat(signoff.suspiciousText().render(SPANISH)).isEqualTo("thanks");
        EvidenceRow length = f.rows().get(1);
        assertThat(length.suspiciousText().render(Locale.GERMAN)).isEqualTo("1 Wort");
        assertThat(length.suspiciousText().render(SPANISH)).isEqualTo("1 palabra");
        assertThat(length.earlierText().render(Locale.GERMAN)).startsWith("etwa ").endsWith(" Wörter");
    }
}
