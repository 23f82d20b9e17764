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

/** AUTH_FAILURE speaks the user's language; the results of the header stay as they are. */
class AuthFailureDetectorWordingTest {

    @Test
    void theFailedChecksAreExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "a1@nordhafen.example").header("Authentication-Results",
                "mx.brightline.example; spf=softfail smtp.mailfrom=nordhafen.example; dkim=pass; dmarc=fail").build();
        Finding f = finding(thread, reply, "AUTH_FAILURE");
        assertThat(f.explanation()).isEqualTo("The receiving server could not confirm that this mail comes from the "
                + "sender's domain (SPF softfail, DMARC fail).");
        assertTranslated(f.explanationText(), "Der empfangende Server konnte nicht bestätigen",
                "El servidor receptor no pudo confirmar", "(SPF softfail, DMARC fail).");
        assertThat(f.rows().get(0).earlierText().render(Locale.GERMAN)).isEqualTo("pass erwartet");
    }
}
