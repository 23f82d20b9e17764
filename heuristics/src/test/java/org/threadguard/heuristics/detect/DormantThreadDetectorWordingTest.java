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

/** DORMANT_THREAD speaks the user's language, durations with their plural forms; the English stays as it was. */
class DormantThreadDetectorWordingTest {

    @Test
    void aLongSilenceIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = thread();
        MailMessage reply = reply(thread, "d1@nordhafen.example").date("2029-09-30T11:00:00+02:00").build();
        Finding f = finding(thread, reply, "DORMANT_THREAD");
        assertThat(f.explanation()).isEqualTo("This thread was quiet: it arrives 1305 days after the thread's last "
                + "message; the thread usually moved every 24 hours and was never quiet for more than 24 hours.");
        assertTranslated(f.explanationText(), "Dieser Verlauf ruhte lange: Die Antwort kommt 1305 Tage",
                "Esta conversación estaba inactiva: esta respuesta llega 1305 días", "24");
        assertThat(f.explanationText().render(Locale.GERMAN)).contains("alle 24 Stunden");
        assertThat(f.suspiciousText().render(SPANISH)).isEqualTo("1305 días");
        assertThat(f.rows().get(0).fieldText().render(Locale.GERMAN)).isEqualTo("Abstand zur vorigen Nachricht");
    }

}
