package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** LOOKALIKE_DOMAIN speaks the user's language; the domains and addresses are data. */
class LookalikeDomainWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aLookalikeSenderAndReplyToAreExplainedInGermanAndSpanish() {
        List<MailMessage> thread = TestMail.conversation("ld", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Die Liste der Container kommt morgen.", "Danke, ich warte darauf.",
                "Hier ist die Liste der Container.", "Danke, die Liste ist vollständig.");
        MailMessage reply = mail("ld9@nordhafn.example").from("Anna Schmidt", "anna.schmidt@nordhafn.example")
                .to("Laura Weber", ME).replyTo("finance@nordhafen-spedition.example").subject("RE: Lieferung Hamburg")
                .date("2026-03-09T09:20:00+01:00").text("Bitte überweisen Sie die Rechnung auf das neue Konto.")
                .replyTo(thread.get(thread.size() - 1)).build();
        Finding f = TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("LOOKALIKE_DOMAIN")).findFirst().orElseThrow();

        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).isEqualTo("The domain nordhafn.example imitates nordhafen.example, which the people "
                + "in this thread really use; it is not the same domain.");
        assertThat(f.explanationText().render(Locale.GERMAN)).isEqualTo("Die Domain nordhafn.example ahmt "
                + "nordhafen.example nach, die die Personen in diesem Verlauf tatsächlich verwenden; es ist nicht "
                + "dieselbe Domain.");
        assertThat(f.explanationText().render(SPANISH)).isEqualTo("El dominio nordhafn.example imita a "
                + "nordhafen.example, que las personas de esta conversación usan de verdad; no es el mismo dominio.");
        assertThat(f.rows()).hasSize(2);
        EvidenceRow sender = f.rows().get(0);
        assertThat(sender.field()).isEqualTo("Sender address");
        assertThat(sender.suspicious()).isEqualTo("anna.schmidt@nordhafn.example (same mailbox name at a look-alike domain)");
        assertThat(sender.fieldText().render(Locale.GERMAN)).isEqualTo("Absenderadresse");
        assertThat(sender.suspiciousText().render(SPANISH))
                .isEqualTo("anna.schmidt@nordhafn.example (mismo nombre de buzón en un dominio parecido)");
        EvidenceRow replyTo = f.rows().get(1);
        assertThat(replyTo.field()).isEqualTo("Reply-To domain");
        assertThat(replyTo.suspicious()).isEqualTo("nordhafen-spedition.example (name with an addition)");
        assertThat(replyTo.fieldText().render(Locale.GERMAN)).isEqualTo("Reply-To-Domain");
        assertThat(replyTo.suspiciousText().render(Locale.GERMAN))
                .isEqualTo("nordhafen-spedition.example (Name mit einem Zusatz)");
    }
}
