package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A reply written at night in the sender's own clock, after a daytime-only history, is one more changed detail of
 * the sender's fingerprint (CLIENT_DRIFT); one earlier night message is enough to make it no habit.
 */
class SendingHourTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String DANIEL = "d.reeve@reeve-optics.example";

    /** Ten messages, Daniel's five at 09:40 on successive days, or one of them at 02:10. */
    private static List<MailMessage> thread(boolean oneAtNight) {
        return TestMail.conversation("sh", "Daniel Reeve", DANIEL, "Laura Weber", ME, "Optical windows OW-50",
                "2025-04-21T09:40:00-05:00", (i, t) -> {
                    t.header("X-Mailer", "Microsoft Outlook 16.0");
                    if (oneAtNight && i == 4) {
                        t.date("2025-04-25T02:10:00-05:00");
                    }
                },
                "The OW-50 windows are coated on both sides, spec sheet as usual.", "Thanks, noted.",
                "Scratch-dig is 60-40 to ISO 10110-7.", "Good, that matches our drawing.",
                "We can ship 300 pcs in week 19.", "Week 19 works.", "Packing in foam trays, 25 per tray.",
                "Fine for us.", "Invoice follows with the shipment.", "Thanks Daniel.");
    }

    private static Optional<EvidenceRow> hourRow(boolean oneAtNight, String replyDate) {
        List<MailMessage> t = thread(oneAtNight);
        MailMessage reply = mail("sh-r@mail.reeve-optics.example").from("Daniel Reeve", DANIEL).to("Laura Weber", ME)
                .subject("RE: Optical windows OW-50").date(replyDate).header("X-Mailer", "Microsoft Outlook 16.0")
                .text("Hi Laura, the packing list for the OW-50 shipment in week 19 is attached. Daniel")
                .replyTo(t.get(t.size() - 1)).build();
        return TestMail.judgedAfter(t, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("CLIENT_DRIFT")).flatMap(f -> f.rows().stream())
                .filter(r -> r.field().startsWith("Sending time")).findFirst();
    }

    @Test
    void aNightReplyAfterADaytimeHabitIsAChangedDetail() {
        assertThat(hourRow(false, "2025-05-08T03:40:00-05:00")).hasValueSatisfying(r -> {
            assertThat(r.earlier()).isEqualTo("09:40-09:40 (5 of 5 earlier messages)");
            assertThat(r.suspicious()).isEqualTo("03:40");
        });
    }

    @Test
    void aDaytimeReplyIsNot() {
        assertThat(hourRow(false, "2025-05-08T14:05:00-05:00")).isEmpty();
    }

    @Test
    void aSenderWhoWroteAtNightBeforeHasNoDaytimeHabit() {
        assertThat(hourRow(true, "2025-05-08T03:40:00-05:00")).isEmpty();
    }
}
