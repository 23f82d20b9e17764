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

/** NEW_SENDER speaks the user's language; the English stays the contract wording. */
class NewSenderDetectorWordingTest {

    @Test
    void theUnknownSenderIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "n1@collect.example").from("Anna Schmidt", "anna@collect.example")
                .build();
        Finding f = finding(thread, reply, "NEW_SENDER");
        assertThat(f.explanation()).isEqualTo(
                "The sender anna@collect.example has never written to or been written to by this mailbox before.");
        assertThat(f.earlier()).isEqualTo("2 earlier participants");
        assertTranslated(f.explanationText(), "Der Absender anna@collect.example hat",
                "El remitente anna@collect.example nunca", "anna@collect.example");
        assertThat(f.earlierText().render(Locale.GERMAN)).isEqualTo("2 frühere Teilnehmer");
    }

    @Test
    void aColleagueOfAParticipantIsSaidSoInEachLanguage() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "n2@nordhafen.example").from("Jan Berg", "jan.berg@nordhafen.example")
                .build();
        Finding f = finding(thread, reply, "NEW_SENDER");
        assertThat(f.explanation()).endsWith("by this mailbox before (same organisation as a participant).");
        assertThat(f.explanationText().render(Locale.GERMAN)).endsWith("(dieselbe Organisation wie ein Teilnehmer).");
        assertThat(f.explanationText().render(SPANISH)).endsWith("(misma organización que un participante).");
    }
}
