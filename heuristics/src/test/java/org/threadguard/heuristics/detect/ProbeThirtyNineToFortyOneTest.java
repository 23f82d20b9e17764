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

    private static double confirmationQuotedBack(String quotedConfirmation) {
        String me = "m.brueckner@rheinport.example";
        List<MailMessage> t = TestMail.conversation("ord", "Tanja Wolff", "t.wolff@brandt.example", "Melanie Brückner", me,
                "Auftrag Tilburg 13.02.", "2025-02-09T09:30:00+01:00", (i, m) -> { },
                "Hallo Frau Brückner, 22 Paletten an Van Gelder Retail, DC Tilburg, Tradeparc 11, 5047 RM Tilburg.",
                "Hallo Frau Wolff,\n\nbestätigt, Auftrag 25-0219: Abholung Mi. 12.02., Brandt Verpackungen, Oberhausen. "
                        + "Anlieferung Do. 13.02., Van Gelder Retail DC Tilburg, Tradeparc 11, 5047 RM Tilburg. Preis "
                        + "540,00 EUR netto.\n\nMit freundlichen Grüßen\nMelanie Brückner");
        MailMessage r = mail("ord-r@brandt.example").from("Frank Brandt", "f.brandt@brandt.example").to("Melanie Brückner", me)
                .subject("RE: Auftrag Tilburg 13.02.").date("2025-02-12T21:37:00+01:00")
                .text("Guten Abend Frau Brückner,\n\nwie abgestimmt gehen die 22 Paletten morgen nicht nach Tilburg.\n\n"
                        + "Frank Brandt\n\n> Hallo Frau Wolff,\n>\n" + quotedConfirmation
                        + ">\n> Mit freundlichen Grüßen\n> Melanie Brückner\n")
                .replyTo(t.get(t.size() - 1)).build();
        return TestMail.judgedAfter(t, r, me).verdict().findings().stream()
                .filter(f -> f.code().equals("QUOTE_MISMATCH")).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void theUsersOwnConfirmationQuotedBackWithTheAddressChangedIsADiversion() {
        assertThat(confirmationQuotedBack("> bestätigt, Auftrag 25-0219: Abholung Mi. 12.02., Brandt Verpackungen, "
                + "Oberhausen. Anlieferung Do. 13.02., Van Gelder Retail Außenlager, Industriestraße 18, 41334 "
                + "Nettetal-Kaldenkirchen. Preis 540,00 EUR netto.\n")).isGreaterThanOrEqualTo(0.6);
        // quoted as written, re-wrapped by the client
        assertThat(confirmationQuotedBack("> bestätigt, Auftrag 25-0219: Abholung Mi. 12.02., Brandt Verpackungen,\n"
                + "> Oberhausen. Anlieferung Do. 13.02., Van Gelder Retail DC Tilburg, Tradeparc 11, 5047 RM\n"
                + "> Tilburg. Preis 540,00 EUR netto.\n")).isLessThan(0.35);
    }

    @Test
    void aWholeDomainWornInFrontOfAnotherImitatesIt() {
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.embeddedDomain(
                "www.figma.com.file-preview.example", "file-preview.example")).isEqualTo("figma.com");
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.embeddedDomain(
                "paypal.com.secure-login.example", "secure-login.example")).isEqualTo("paypal.com");
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.embeddedDomain("www.google.com.br",
                "google.com.br")).isNull();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.embeddedDomain("docs.partner.example",
                "partner.example")).isNull();
        // "app" is a sub-domain's word, not a suffix (Google Images' share links)
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.embeddedDomain("images.app.goo.gl",
                "goo.gl")).isNull();
    }
}
