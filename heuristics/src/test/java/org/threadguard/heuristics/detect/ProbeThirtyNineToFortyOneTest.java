package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Signals found missing, and false positives found, on three probe mailboxes written by engineers who did not
 * read the detectors (docs/probe/make-probe-corpus-39.py to -41.py: a Columbus dental group, a Duisburg
 * forwarder's dispatcher, a Nairobi NGO's grants officer).
 */
class ProbeThirtyNineToFortyOneTest {
    private static final String ME = "wanjiru.kamau@afyabora.example";

    private static double quoteMismatch(String quotedPaymentLines) {
        List<MailMessage> t = TestMail.conversation("iec", "Joseph Kariuki", "joseph@tumaini.example", "Wanjiru Kamau", ME,
                "Quotation - IEC materials", "2024-10-15T10:20:00+03:00", (i, m) -> { },
                "Dear Wanjiru, the goods are ready; our rider will deliver on Monday. The delivery note and invoice are "
                        + "attached. Payment by M-Pesa Till 5583 217 or by bank transfer.",
                "Received in good order this morning. Paid today by bank transfer.");
        MailMessage r = mail("iec-r@tumaini.example").from("Joseph Kariuki", "joseph@tumaini.example")
                .to("Wanjiru Kamau", ME).subject("Re: Quotation - IEC materials").date("2024-10-29T09:20:00+03:00")
                .text("Payment received, thank you!\n\nOn 28/10/2024 14:05, Wanjiru Kamau wrote:\n"
                        + "> Received in good order this morning. Paid today by bank transfer.\n>\n"
                        + "> On 25/10/2024 16:30, Joseph Kariuki wrote:\n" + quotedPaymentLines)
                .replyTo(t.get(t.size() - 1)).build();
        return TestMail.judgedAfter(t, r, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("QUOTE_MISMATCH")).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void aPaymentNumberCutByALineWrapInTheQuoteIsNoChange() {
        assertThat(quoteMismatch(">> Dear Wanjiru, the goods are ready; our rider will deliver on Monday. The delivery\n"
                + ">> note and invoice are attached. Payment by M-Pesa Till 5583\n>> 217 or by bank transfer.\n"))
                .isLessThan(0.6);
        assertThat(quoteMismatch(">> Dear Wanjiru, the goods are ready; our rider will deliver on Monday. The delivery\n"
                + ">> note and invoice are attached. Payment by M-Pesa Till 7741 902 or by bank transfer.\n"))
                .as("another till number in the quote").isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void anIbanHasItsCountrysLengthSoThatCustomsAndTaxNumbersAreNone() {
        assertThat(org.threadguard.heuristics.content.Lexicon.ibans("EORI DE4410552871234 · AEO-C")).isEmpty();
        assertThat(org.threadguard.heuristics.content.Lexicon.ibans("IBAN: DE89 3704 0044 0532 0130 00"))
                .containsExactly("DE89370400440532013000");
        assertThat(org.threadguard.heuristics.content.Lexicon.ibans("IBAN NL91ABNA0417164300, BIC ABNANL2A"))
                .containsExactly("NL91ABNA0417164300");
    }

    @Test
    void anEncryptedMailServicesOwnPortalIsNotTheAttackersSite() {
        assertThat(org.threadguard.heuristics.links.Domains.isSecureMessagePortal("outlook.office365.com")).isTrue();
        assertThat(org.threadguard.heuristics.links.Domains.isSecureMessagePortal("secure.virtru.com")).isTrue();
        assertThat(org.threadguard.heuristics.links.Domains.isSecureMessagePortal("virtru-secure-view.example")).isFalse();
    }
}
