package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * New bank details the user already spoke of in the thread ("I will call you to confirm the new bank details")
 * are a follow-up, not a payment diversion sprung on the reader; the same invoice without that is one.
 */
class AnnouncedBankChangeTest {
    private static final String ME = "sabine.krueger@hofmann-lenz.example";
    private static final String STEFAN = "s.woehrle@woehrle-bau.example";

    private static double lureStrength(String myMessage) {
        List<MailMessage> t = TestMail.conversation("bc", "Stefan Wöhrle", STEFAN, "Sabine Krüger", ME,
                "BV Brandt – Rohbau, Rechnung Nr. 2025-118", "2025-03-07T09:00:00+01:00", (i, m) -> { },
                "Sehr geehrte Frau Krüger, die Rechnung für den Rohbau folgt Ende des Monats.",
                myMessage,
                "Gerne, ich bin ab 14 Uhr im Büro.");
        MailMessage invoice = mail("bc-r@woehrle-bau.example").from("Stefan Wöhrle", STEFAN).to("Sabine Krüger", ME)
                .subject("AW: BV Brandt – Rohbau, Rechnung Nr. 2025-118").date("2025-03-31T16:05:00+02:00")
                .text("Sehr geehrte Frau Krüger,\n\nwie telefonisch besprochen anbei unsere Rechnung Nr. 2025-118. "
                        + "Bitte überweisen Sie auf die neue Bankverbindung bei der VR-Bank "
                        + "(IBAN DE91 7009 1500 0012 3456 78).\n\nMit freundlichen Grüßen\nStefan Wöhrle")
                .replyTo(t.get(t.size() - 1)).build();
        return TestMail.judgedAfter(t, invoice, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LURE_TEXT")).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void bankDetailsTheUserSpokeOfAreAFollowUp() {
        double spokenOf = lureStrength("Sehr geehrter Herr Wöhrle, Ihr Schreiben vom 3.3. zur neuen Bankverbindung "
                + "liegt mir vor. Ich rufe Sie zur Bestätigung heute an.");
        double sprung = lureStrength("Sehr geehrter Herr Wöhrle, danke, ich warte auf die Rechnung.");
        assertThat(sprung).isGreaterThanOrEqualTo(0.6);
        assertThat(spokenOf).isLessThan(0.4);
    }

    @Test
    void aDisclaimerTheUserAddsToEveryMailIsNotSpeakingOfTheseDetails() {
        String disclaimer = "\nHINWEIS: Wir ändern Bankverbindungen nie per E-Mail, neue Kontodaten bestätigen wir telefonisch.";
        List<MailMessage> t = TestMail.conversation("bd", "Stefan Wöhrle", STEFAN, "Sabine Krüger", ME,
                "BV Brandt – Rohbau, Rechnung Nr. 2025-118", "2025-03-07T09:00:00+01:00", (i, m) -> { },
                "Sehr geehrte Frau Krüger, die Rechnung für den Rohbau folgt Ende des Monats.",
                "Sehr geehrter Herr Wöhrle, danke, ich warte auf die Rechnung." + disclaimer,
                "Gerne, der Rohbau ist fast fertig.",
                "Schön zu hören, bis bald." + disclaimer,
                "Die Rechnung kommt nächste Woche.");
        MailMessage invoice = mail("bd-r@woehrle-bau.example").from("Stefan Wöhrle", STEFAN).to("Sabine Krüger", ME)
                .subject("AW: BV Brandt – Rohbau, Rechnung Nr. 2025-118").date("2025-03-31T16:05:00+02:00")
                .text("Sehr geehrte Frau Krüger,\n\nanbei unsere Rechnung Nr. 2025-118. Bitte überweisen Sie auf die "
                        + "neue Bankverbindung bei der VR-Bank (IBAN DE91 7009 1500 0012 3456 78).\n\nStefan Wöhrle")
                .replyTo(t.get(t.size() - 1)).build();
        double lure = TestMail.judgedAfter(t, invoice, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LURE_TEXT")).mapToDouble(Finding::strength).max().orElse(0);
        assertThat(lure).isGreaterThanOrEqualTo(0.6);
    }
}
