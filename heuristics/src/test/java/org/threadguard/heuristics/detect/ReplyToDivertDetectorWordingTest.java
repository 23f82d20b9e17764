package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.assertTranslated;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.finding;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.reply;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.thread;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** REPLY_TO_DIVERT speaks the user's language; the English stays the contract wording. */
class ReplyToDivertDetectorWordingTest {

    @Test
    void theDivertedReplyIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "r1@nordhafen.example").replyTo("payments@collect.example").build();
        Finding f = finding(thread, reply, "REPLY_TO_DIVERT");
        assertThat(f.explanation()).isEqualTo("Answers to this reply would go to payments@collect.example, who is not "
                + "part of this conversation and not at the sender's domain.");
        assertTranslated(f.explanationText(), "Antworten auf diese Nachricht gingen an payments@collect.example",
                "Las respuestas a este mensaje irían a payments@collect.example", "payments@collect.example");
        EvidenceRow row = f.rows().get(0);
        assertThat(row.field()).isEqualTo("Reply goes to");
        assertThat(row.fieldText().render(Locale.GERMAN)).isEqualTo("Antwort geht an");
        assertThat(row.suspiciousText().render(Locale.GERMAN)).isEqualTo("payments@collect.example");
    }
}
