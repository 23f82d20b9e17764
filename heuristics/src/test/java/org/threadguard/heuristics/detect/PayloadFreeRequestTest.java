package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Requests that carry no file and no link (a down payment, a number to call and a code to read out, identity
 * numbers) under a known person's name from a new address: found missing on probe mailboxes written by engineers
 * who did not read the detectors (docs/probe/make-probe-corpus-24.py, -27.py, -32.py), each with the genuine case
 * it must leave alone.
 */
class PayloadFreeRequestTest {
    private static final String ME = "lars.johansson@mobel.example";

    private static List<MailMessage> thread() {
        return TestMail.conversation("bud", "Maria Ekström", "maria.ekstrom@mobel-group.example", "Lars Johansson", ME,
                "Inköpsbudget 2025", "2025-01-07T09:00:00+01:00", (i, m) -> { },
                "Hej Lars, här är budgetramarna för första kvartalet.", "Tack Maria, jag går igenom dem i veckan.",
                "Bra, hör av dig om leverantörerna.", "Jag har pratat med två leverantörer om priserna.",
                "Utmärkt, vi tar det på mötet.", "Då ses vi på torsdag.");
    }

    private static Verdict judged(String from, String text) {
        List<MailMessage> t = thread();
        MailMessage r = mail("bud-r@gmail.example").from("Maria Ekström", from).to("Lars Johansson", ME)
                .subject("Re: Inköpsbudget 2025").date("2025-03-13T10:48:00+01:00").text(text)
                .replyTo(t.get(t.size() - 1)).build();
        return TestMail.judgedAfter(t, r, ME).verdict();
    }

    private static double strength(Verdict v, String code) {
        return v.findings().stream().filter(f -> f.code().equals(code)).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void aKnownNameFromANewAddressAskingForMoneyIsNotExcusedForCarryingNothing() {
        Verdict v = judged("maria.ekstrom.vd@gmail.com", "Hej Lars,\n\nJag sitter med jurister hela dagen om ett förvärv. "
                + "Jag behöver att du hjälper mig med en handpenning på 386 400 kr till ett klientmedelskonto i dag.\n\n"
                + "Svara bara här när du kan.\n\nMaria");
        assertThat(strength(v, "DISPLAY_NAME_SPOOF")).isGreaterThanOrEqualTo(0.6);
        assertThat(v.score()).isGreaterThanOrEqualTo(Scorer.SUSPICIOUS);
    }

    @Test
    void aNumberToCallAndACodeToReadOutAreARequest() {
        Verdict v = judged("maria.ekstrom.office@gmail.com", "Buongiorno, il dispositivo OTP è sospeso. Per riattivarlo "
                + "deve chiamare oggi il numero dedicato 800 559 137 e leggere il codice che riceverà via SMS.\nMaria");
        assertThat(strength(v, "DISPLAY_NAME_SPOOF")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aColleagueOnHolidayWritingFromAPrivateAddressAsksNothing() {
        Verdict v = judged("maria.ekstrom.privat@gmail.com", "Hej Lars, jag är på semester till måndag och läser "
                + "inte jobbmejlen. Tack för uppdateringen om leverantörerna, vi tar det när jag är tillbaka.\n\nMaria\n"
                + "Mobil 070-555 12 34");
        assertThat(strength(v, "DISPLAY_NAME_SPOOF")).isLessThan(0.4);
        assertThat(v.score()).isLessThan(Scorer.SUSPICIOUS);
    }

    @Test
    void amountsAndPhoneNumbersAreToldFromDatesAndReferences() {
        assertThat(Lexicon.namesAmount("en handpenning på 386 400 kr i dag")).isTrue();
        assertThat(Lexicon.namesAmount("please wire $ 12,500.00 today")).isTrue();
        assertThat(Lexicon.namesAmount("Rechnung über 1.250,00 EUR")).isTrue();
        assertThat(Lexicon.namesAmount("order 4411 for 12 pallets, delivery 12.03.2025")).isFalse();
        assertThat(Lexicon.givesPhoneNumber("deve chiamare il numero dedicato 800 559 137")).isTrue();
        assertThat(Lexicon.givesPhoneNumber("call me on +49 152 5553 1907")).isTrue();
        assertThat(Lexicon.givesPhoneNumber("invoice 2025-0412 of 12.03.2025")).isFalse();
        assertThat(Lexicon.handovers(Lexicon.words("I need the PAN and date of birth of both directors"))).isNotEmpty();
        assertThat(Lexicon.handovers(Lexicon.words("The pallets arrive on Tuesday morning"))).isEmpty();
    }

    @Test
    void anAccountNamedByItsKindIsBankDetails() {
        assertThat(Lexicon.bankTerms("el pago lo realice a mi cuenta de ahorros de Banco Agrario")).isNotEmpty();
        assertThat(Lexicon.bankTerms("his proceeds must go to a different account than on his form")).isNotEmpty();
        assertThat(Lexicon.bankTerms("the meeting moved to Thursday")).isEmpty();
    }

    private static List<MailMessage> clientThread() {
        return TestMail.conversation("jab", "Benedikt Maurer", "b.maurer@schuster-metallbau.example", "Katrin Bauer",
                "k.bauer@kanzlei.example", "Jahresabschluss 2024", "2025-05-05T09:00:00+02:00", (i, m) -> { },
                "Frau Bauer, anbei die Unterlagen zum Jahresabschluss.\n\nB. Maurer\nTel. 0911 555 2210",
                "Sehr geehrter Herr Maurer, danke, wir melden uns mit Rückfragen.",
                "Gerne, Sie erreichen mich unter 0911 555 2210.\n\nB. Maurer", "Vielen Dank.");
    }

    private static double lureOfCallRequest(String text) {
        List<MailMessage> t = clientThread();
        MailMessage r = mail("jab-r@schuster-metallbau.example").from("Benedikt Maurer", "b.maurer@schuster-metallbau.example")
                .to("Katrin Bauer", "k.bauer@kanzlei.example").subject("RE: Jahresabschluss 2024")
                .date("2025-06-24T05:38:00+00:00").text(text).replyTo(t.get(t.size() - 1)).build();
        return strength(TestMail.judgedAfter(t, r, "k.bauer@kanzlei.example").verdict(), "LURE_TEXT");
    }

    @Test
    void aRequestToCallANumberTheSenderNeverGaveIsCallbackFraud() {
        assertThat(lureOfCallRequest("Frau Bauer,\n\nbitte rufen Sie mich heute noch dringend unter meiner Mobilnummer "
                + "0152 5553 1907 zurück, es gibt eine Rückfrage vom Betriebsprüfer zu den Nachbuchungen.\n\nB. Maurer"))
                .isGreaterThanOrEqualTo(0.35);
        // no haste, but a code to read back to whoever answers
        assertThat(lureOfCallRequest("Frau Bauer,\n\nbitte rufen Sie unseren Kundendienst unter 0800 555 0143 an. Der "
                + "Mitarbeiter schickt Ihnen einen Bestätigungscode, den Sie ihm vorlesen.\n\nB. Maurer"))
                .isGreaterThanOrEqualTo(0.35);
        assertThat(Lexicon.handovers(Lexicon.words("The agent will send a verification code to your phone")))
                .isNotEmpty();
        // the number his mail always carried
        assertThat(lureOfCallRequest("Frau Bauer,\n\nbitte rufen Sie mich heute noch unter meiner Nummer 0911 555 2210 "
                + "zurück, es gibt eine Rückfrage vom Betriebsprüfer zu den Nachbuchungen.\n\nB. Maurer"))
                .isLessThan(0.35);
    }
}
