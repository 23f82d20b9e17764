package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.ME;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.SPANISH;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.assertTranslated;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.finding;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.thread;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** FAKE_REPLY speaks the user's language, its reasons joined in each; the English stays the contract wording. */
class FakeReplyDetectorWordingTest {

    @Test
    void aReplyWithoutHeadersFromAStrangerIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = TestMail.mail("f1@collect.example").from("Anna Schmidt", "anna@collect.example")
                .to("Laura Weber", ME).subject("RE: Container delivery").date("2026-03-06T11:00:00+01:00")
                .text("Laura, the truck arrives on Friday at 7. Please confirm the bank details in the attachment.")
                .build();
        Finding f = finding(thread, reply, "FAKE_REPLY");
        assertThat(f.explanation()).isEqualTo("This message presents itself as a reply (\"RE: Container delivery\"), "
                + "yet it has no In-Reply-To or References header; the sender never wrote to this mailbox before.");
        assertTranslated(f.explanationText(),
                "Diese Nachricht gibt sich als Antwort aus („RE: Container delivery“), doch sie hat keinen",
                "Este mensaje se presenta como una respuesta («RE: Container delivery»), pero no tiene",
                "RE: Container delivery");
        assertThat(f.explanationText().render(Locale.GERMAN))
                .endsWith("; der Absender hat diesem Postfach noch nie geschrieben.");
        assertThat(f.rows().get(0).suspiciousText().render(Locale.GERMAN)).isEqualTo("(keine)");
        assertThat(f.suspiciousText().render(SPANISH)).isEqualTo("sin cabeceras de respuesta");
    }
}
