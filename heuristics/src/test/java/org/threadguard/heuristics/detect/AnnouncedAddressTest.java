package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A person who announced in the thread, from their known address, that they now write from another domain (a
 * rebrand, a move) is not taken for an impostor when mail comes from there; a stranger with the same name at a
 * domain nobody announced still is, and a webmail domain is announced only by the exact address.
 */
class AnnouncedAddressTest {
    private static final String ME = "laura.weber@acme-industrie.example";
    private static final String OLD = "erik.holm@fjallvind.example";

    private static List<MailMessage> thread(String announcement) {
        return TestMail.conversation("aa", "Erik Holm", OLD, "Laura Weber", ME, "Pallets for Kassel",
                "2025-03-03T09:00:00+01:00", (i, t) -> { },
                "Hi Laura, the pallets leave on Thursday, 12 of them as agreed.",
                "Thanks Erik, Thursday is fine.",
                "Good. " + announcement + " Best, Erik",
                "Noted, thanks for letting me know.");
    }

    private static double spoofStrength(List<MailMessage> t, String newAddress) {
        MailMessage r = mail("aa-r@" + newAddress.substring(newAddress.indexOf('@') + 1)).from("Erik Holm", newAddress)
                .to("Laura Weber", ME).subject("RE: Pallets for Kassel").date("2025-04-07T10:00:00+02:00")
                .text("Hi Laura, the April pallets for Kassel leave on Thursday as usual, loading list attached. Best, Erik")
                .attachment("loading-list-april.pdf", "application/pdf", false)
                .replyTo(t.get(t.size() - 1)).build();
        return spoof(t, r);
    }

    private static double spoof(List<MailMessage> t, MailMessage r) {
        return TestMail.judgedAfter(t, r, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("DISPLAY_NAME_SPOOF")).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void aNameFromANewAddressThatCarriesAndAsksNothingIsNoVerdictOnItsOwn() {
        List<MailMessage> t = thread("The trucks are booked.");
        MailMessage quiet = mail("aa-q@gmail.com").from("Erik Holm", "erik.holm.1979@gmail.com").to("Laura Weber", ME)
                .subject("RE: Pallets for Kassel").date("2025-04-07T10:00:00+02:00")
                .text("Hi Laura, I am on holiday and cannot reach my work mail: yes, the pallets for Kassel stay on"
                        + " Thursday. Best, Erik")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(spoof(t, quiet)).isGreaterThan(0).isLessThan(0.4);
        assertThat(TestMail.judgedAfter(t, quiet, ME).verdict().flagged()).isFalse();
        MailMessage asks = mail("aa-g@gmail.com").from("Erik Holm", "erik.holm.1979@gmail.com").to("Laura Weber", ME)
                .subject("RE: Pallets for Kassel").date("2025-04-07T10:00:00+02:00")
                .text("Hi Laura, are you at your desk? I need a quick favour: four gift cards for the drivers, I am in"
                        + " a meeting and can't talk. Best, Erik")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(spoof(t, asks)).isGreaterThanOrEqualTo(0.6);
        assertThat(TestMail.judgedAfter(t, asks, ME).verdict().flagged()).isTrue();
    }

    @Test
    void aDomainTheSenderAnnouncedWeighsLittle() {
        List<MailMessage> t = thread("From 1 April we are Nordvind Timber: my address will be erik.holm@nordvind.example.");
        double announced = spoofStrength(t, "erik.holm@nordvind.example");
        double unannounced = spoofStrength(thread("The trucks are booked."), "erik.holm@nordvind.example");
        assertThat(unannounced).isGreaterThanOrEqualTo(0.4);
        assertThat(announced).isLessThan(0.25).isLessThan(unannounced);
    }

    @Test
    void aWebmailDomainIsAnnouncedOnlyByTheExactAddress() {
        List<MailMessage> t = thread("On holiday I read mail at erik.holm.private@gmail.com.");
        assertThat(spoofStrength(t, "erik.holm.invoices@gmail.com")).isGreaterThanOrEqualTo(0.4);
        assertThat(spoofStrength(t, "erik.holm.private@gmail.com")).isLessThan(0.25);
    }
}
