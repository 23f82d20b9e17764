package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.ME;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.assertTranslated;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.reply;
import static org.threadguard.heuristics.detect.DeliveryThreadWording.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** The finding of a detector that fails (DETECTOR_ERROR) speaks the user's language. */
class DetectorErrorWordingTest {

    @Test
    void aFailingDetectorIsReportedInGermanAndSpanish() {
        Detector failing = new Detector() {
            @Override
            public String code() {
                return "BROKEN_CHECK";
            }

            @Override
            public List<Finding> detect(AnalysisContext context) {
                throw new IllegalStateException("test");
            }
        };
        List<MailMessage> all = new ArrayList<>(thread());
        MailMessage reply = reply(all, "e1@nordhafen.example").build();
        all.add(reply);
        Finding f = new Analyzer(List.of(failing), Set.of(ME)).analyze(all).stream()
                .filter(r -> r.message().key().equals(reply.key())).findFirst().orElseThrow().verdict().findings()
                .get(0);
        assertThat(f.code()).isEqualTo("DETECTOR_ERROR");
        assertThat(f.explanation()).isEqualTo(
                "The BROKEN_CHECK check could not run on this message (IllegalStateException).");
        assertTranslated(f.explanationText(), "Die Prüfung BROKEN_CHECK konnte",
                "La comprobación BROKEN_CHECK no pudo", "(IllegalStateException)");
    }
}
