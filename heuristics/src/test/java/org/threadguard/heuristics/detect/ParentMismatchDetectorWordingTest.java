package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.ANNA;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.ME;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.SPANISH;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.assertTranslated;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.finding;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.reply;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** PARENT_MISMATCH speaks the user's language; the English stays the contract wording. */
class ParentMismatchDetectorWordingTest {

    @Test
    void referencesIntoTwoConversationsAreExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        List<MailMessage> other = TestMail.conversation("o", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Invoice 2291", "2026-02-02T09:15:00+01:00", (i, t) -> { },
                "Laura, please find invoice 2291 for the January shipments attached to this message.",
                "Thanks Anna, the invoice is booked and will be paid at the end of the month.");
        List<MailMessage> mailbox = new ArrayList<>(other);
        mailbox.addAll(thread);
        MailMessage reply = reply(thread, "p1@nordhafen.example").replyTo(other.get(1)).build();
        Finding f = finding(mailbox, reply, "PARENT_MISMATCH");
        assertThat(f.explanation()).isEqualTo(
                "The reply headers do not agree: its references point into 2 different conversations.");
        assertTranslated(f.explanationText(), "Die Antwort-Header widersprechen sich:",
                "Las cabeceras de respuesta no concuerdan:", "2");
        assertThat(f.explanationText().render(Locale.GERMAN)).isEqualTo(
                "Die Antwort-Header widersprechen sich: die References verweisen auf 2 verschiedene Unterhaltungen.");
        assertThat(f.earlierText().render(SPANISH)).isEqualTo("una");
    }
}
