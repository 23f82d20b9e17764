package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.SPANISH;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.assertTranslated;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.finding;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.reply;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.thread;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** RECIPIENT_CHANGE speaks the user's language, singular or plural; the English stays the contract wording. */
class RecipientChangeDetectorWordingTest {

    @Test
    void aNewCcIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "c1@nordhafen.example").cc("Accounts", "accounts@collect.example")
                .build();
        Finding f = finding(thread, reply, "RECIPIENT_CHANGE");
        assertThat(f.explanation()).isEqualTo("This reply adds a recipient who never took part in the conversation, "
                + "such as Accounts <accounts@collect.example>.");
        assertTranslated(f.explanationText(), "Diese Antwort fügt einen Empfänger hinzu",
                "Esta respuesta añade un destinatario", "Accounts <accounts@collect.example>");
        assertThat(f.explanationText().render(Locale.GERMAN)).isEqualTo("Diese Antwort fügt einen Empfänger hinzu, "
                + "der nie an der Unterhaltung teilgenommen hat: Accounts <accounts@collect.example>.");
        assertThat(f.rows().get(0).fieldText().render(SPANISH)).isEqualTo("Nuevo destinatario (Cc)");
    }

    @Test
    void severalNewRecipientsArePlural() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "c2@nordhafen.example").cc("Accounts", "accounts@collect.example")
                .to("", "ceo@other.example").build();
        Finding f = finding(thread, reply, "RECIPIENT_CHANGE");
        assertThat(f.explanation()).startsWith("This reply adds 2 recipients who never took part");
        assertThat(f.explanationText().render(Locale.GERMAN)).startsWith("Diese Antwort fügt 2 Empfänger hinzu, "
                + "die nie an der Unterhaltung teilgenommen haben, etwa ");
        assertThat(f.explanationText().render(SPANISH)).startsWith("Esta respuesta añade 2 destinatarios que "
                + "nunca participaron en la conversación, como ");
    }
}
