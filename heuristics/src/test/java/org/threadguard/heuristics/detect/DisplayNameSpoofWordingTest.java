package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** DISPLAY_NAME_SPOOF speaks the user's language; the name and the addresses are data. */
class DisplayNameSpoofWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final String SPOOF = "k.lopez@random-host.example";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Finding spoof(String displayName) {
        List<MailMessage> thread = TestMail.conversation("dn", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Die Liste der Container kommt morgen.", "Danke, ich warte darauf.",
                "Hier ist die Liste der Container.", "Danke, die Liste ist vollständig.");
        MailMessage reply = mail("dn9@webmail.random-host.example").from(displayName, SPOOF).to("Laura Weber", ME)
                .subject("RE: Lieferung Hamburg").date("2026-03-09T14:02:00+00:00")
                .text("Please see the attached document.").replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("DISPLAY_NAME_SPOOF")).findFirst().orElseThrow();
    }

    @Test
    void aParticipantsNameWithAnotherAddressIsExplainedInGermanAndSpanish() {
        Finding f = spoof("Anna Schmidt");
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The name \"Anna Schmidt\" belongs to a participant of this thread who "
                + "wrote from " + ANNA + ", but this reply comes from " + SPOOF + ", an address they never used before.");
        assertThat(f.explanationText().render(Locale.GERMAN)).isEqualTo("Der Name „Anna Schmidt“ gehört zu einer Person "
                + "aus diesem Verlauf, die von " + ANNA + " aus geschrieben hat, aber diese Antwort kommt von " + SPOOF
                + ", einer Adresse, die diese Person noch nie benutzt hat.");
        assertThat(f.explanationText().render(SPANISH)).isEqualTo("El nombre «Anna Schmidt» pertenece a un participante "
                + "de esta conversación que escribió desde " + ANNA + ", pero esta respuesta viene de " + SPOOF
                + ", una dirección que nunca había usado antes.");
        assertThat(f.rows()).extracting(r -> r.fieldText().render(Locale.GERMAN))
                .containsExactly("Name", "Adresse", "Domain");
        assertThat(f.rows()).extracting(r -> r.fieldText().render(SPANISH))
                .containsExactly("Nombre", "Dirección", "Dominio");
    }

    @Test
    void anAddressShownAsTheNameIsExplainedInGermanAndSpanish() {
        Finding f = spoof(ANNA);
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The sender's name is shown as the address " + ANNA
                + ", but the mail really comes from " + SPOOF + ".");
        assertThat(f.explanationText().render(Locale.GERMAN)).isEqualTo("Als Name des Absenders wird die Adresse " + ANNA
                + " angezeigt, die Nachricht kommt aber tatsächlich von " + SPOOF + ".");
        assertThat(f.explanationText().render(SPANISH)).isEqualTo("El nombre del remitente aparece como la dirección "
                + ANNA + ", pero el correo viene en realidad de " + SPOOF + ".");
    }
}
