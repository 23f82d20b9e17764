package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.links.NovelLinkDomainDetector;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Signals found missing on three probe mailboxes written by engineers who did not read the detectors
 * (docs/probe/make-probe-corpus-18.py to -20.py: a Polish building-materials buyer, a Quebec clinic group, a
 * Japanese components trader), each with the genuine case it must leave alone.
 */
class ProbeEighteenToTwentyTest {
    private static final String ME = "k.nowak@silbet.example";

    private static double strength(List<MailMessage> earlier, MailMessage reply, String code) {
        return TestMail.judgedAfter(earlier, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals(code)).mapToDouble(Finding::strength).max().orElse(0);
    }

    private static List<MailMessage> thread(String prefix, String name, String email, String... texts) {
        return TestMail.conversation(prefix, name, email, "Katarzyna Nowak", ME, "Dostawa kruszywa 2025",
                "2025-02-03T09:00:00+01:00", (i, t) -> { }, texts);
    }

    @Test
    void aFullNameInChineseCharactersFromANewAddressIsASpoofedName() {
        List<MailMessage> t = new ArrayList<>(TestMail.conversation("cjk", "大西 康介", "k-onishi@settsu-keiso.example",
                "田中 浩", "h-tanaka@kasuga-denshi.example", "納期回答のお願い", "2025-01-06T09:00:00+09:00", (i, m) -> { },
                "田中様 いつもお世話になっております。注文書をお送りします。", "大西様 ありがとうございます。確認いたします。",
                "よろしくお願いいたします。"));
        MailMessage spoof = mail("cjk-r@pousada-marazul.example").from("大西 康介", "contato@pousada-marazul.example")
                .to("田中 浩", "h-tanaka@kasuga-denshi.example").subject("RE: 納期回答のお願い")
                .date("2025-02-17T20:52:00-03:00").text("田中様 3月分の注文書をお送りいたします。ご確認ください。")
                .replyTo(t.get(t.size() - 1)).build();
        double s = TestMail.judgedAfter(t, spoof, "h-tanaka@kasuga-denshi.example").verdict().findings().stream()
                .filter(f -> f.code().equals("DISPLAY_NAME_SPOOF")).mapToDouble(Finding::strength).max().orElse(0);
        assertThat(s).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void aPolishPaymentDiversionToASecondAccountIsNoticed() {
        List<MailMessage> t = thread("pl", "Oleksandr Kovalenko", "o.kovalenko@zvmontaz.example",
                "Dzień dobry, faktura FV 3/2025 w załączniku, płatność na rachunek PL61 1020 5558 0000 1102 3456 7890.",
                "Dziękuję, płatność 31.03 po akceptacji protokołu.", "Dziękuję, pozdrawiam.");
        MailMessage r = mail("pl-r@zvmontaz.example").from("Oleksandr Kovalenko", "o.kovalenko@zvmontaz.example")
                .to("Katarzyna Nowak", ME).subject("Re: Dostawa kruszywa 2025").date("2025-03-27T21:03:00+01:00")
                .text("Szanowna Pani Katarzyno,\n\nrachunek w PKO BP został czasowo zablokowany. Prosimy o przelew na nasz "
                        + "drugi rachunek firmowy:\nPL19 1090 2402 0000 0001 5247 8813\n\nZ wyrazami szacunku\nOleksandr")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "LURE_TEXT")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void bankDetailsSaidToBeUnchangedOrNotChangedAreNoAnnouncedChange() {
        assertThat(Lexicon.announcesChange("bankovní spojení beze změny (CZ47 0300 0000 0002 8741 5530)")).isFalse();
        assertThat(Lexicon.announcesChange("We have not changed our bank details, this e-mail is NOT from us."))
                .isFalse();
        assertThat(Lexicon.announcesChange("Rachunek bez zmian.")).isFalse();
        assertThat(Lexicon.announcesChange("Our account is blocked, please pay to our second account")).isTrue();
    }

    @Test
    void bankDetailsAColleagueOfTheSenderGaveBeforeAreNotNew() {
        String iban = "DE44 3504 0038 0712 5566 00";
        List<MailMessage> earlier = new ArrayList<>(TestMail.conversation("col", "Sabine Kraus",
                "sabine.kraus@hagemann.example", "Katarzyna Nowak", ME, "Call-off PCE 540", "2025-01-10T09:00:00+01:00",
                (i, m) -> { }, "Dear Katarzyna, invoice attached. Bank details: Commerzbank, IBAN " + iban + ".",
                "Thank you Sabine.", "You're welcome."));
        List<MailMessage> t = TestMail.conversation("jb", "Jürgen Brandt", "juergen.brandt@hagemann.example",
                "Katarzyna Nowak", ME, "Prices 2025", "2025-01-20T09:00:00+01:00", (i, m) -> { },
                "Dear Katarzyna, the prices for 2025 are attached.", "Thank you, Jürgen.", "Best regards.");
        earlier.addAll(t);
        MailMessage r = mail("jb-r@hagemann.example").from("Jürgen Brandt", "juergen.brandt@hagemann.example")
                .to("Katarzyna Nowak", ME).subject("Re: Prices 2025").date("2025-02-04T11:46:00+01:00")
                .text("Dear Katarzyna,\n\nthis e-mail is NOT from us. We have not changed our bank details: please pay "
                        + "as before to IBAN " + iban + ".\n\nJürgen")
                .replyTo(t.get(t.size() - 1)).build();
        // (a request to pay with bank words stays a weak ask; new or changed details would weigh 0.45 and more)
        assertThat(strength(earlier, r, "LURE_TEXT")).isLessThan(0.45);
    }

    @Test
    void rentToANewInteracAddressIsANewPaymentDestination() {
        assertThat(Lexicon.paymentAddresses("Merci de faire le paiement par virement Interac à : "
                + "paiements.deschamps@outlook.com")).containsExactly("paiements.deschamps@outlook.com");
        assertThat(Lexicon.paymentAddresses("Écrivez-moi à nathalie@gestion.example")).isEmpty();
    }

    @Test
    void theInstructionToEnableContentWeighsUpAnOfficeAttachment() {
        List<MailMessage> t = thread("mc", "Agnieszka Kowalczyk", "a.kowalczyk@silbet.example",
                "Kasiu, zestawienie płatności w załączniku.", "Dzięki, sprawdzę.", "OK.");
        MailMessage asked = mail("mc-r@silbet.example").from("Agnieszka Kowalczyk", "a.kowalczyk@silbet.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-05-24T05:47:00+02:00")
                .text("Kasiu, wypełnij formularz w załączniku - po otwarciu kliknij \"Włącz edycję\" i \"Włącz zawartość\".")
                .attachment("Formularz.xlsm", "application/vnd.ms-excel.sheet.macroenabled.12", false)
                .replyTo(t.get(t.size() - 1)).build();
        MailMessage plain = mail("mc-p@silbet.example").from("Agnieszka Kowalczyk", "a.kowalczyk@silbet.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-05-24T05:47:00+02:00")
                .text("Kasiu, wypełnij formularz w załączniku.")
                .attachment("Formularz.xlsm", "application/vnd.ms-excel.sheet.macroenabled.12", false)
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, asked, "RISKY_ATTACHMENT")).isGreaterThan(strength(t, plain, "RISKY_ATTACHMENT") + 0.15);
        assertThat(Lexicon.asksToEnableContent("Please click Enable Content to view the invoice")).isTrue();
        assertThat(Lexicon.asksToEnableContent("The content of the report is enabled by default")).isFalse();
    }

    @Test
    void anAttachedPageTheTextSaysToSignInToWeighsUp() {
        List<MailMessage> t = thread("sv", "Julie Roy", "jroy@belangerroy.example",
                "Bonjour, les documents de renouvellement suivent.", "Merci Julie.", "Bonne journée.");
        MailMessage r = mail("sv-r@belangerroy.example").from("Julie Roy", "jroy@belangerroy.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-03-14T12:02:00+01:00")
                .text("Bonjour, ouvrez la pièce jointe et authentifiez-vous avec votre adresse courriel pour y accéder.")
                .attachment("MessageSecurise.svg", "image/svg+xml", false).replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "RISKY_ATTACHMENT")).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void storageBucketsAndPublishedDocumentsAreAnonymousPages() {
        assertThat(Domains.isStorageBucket("storage.googleapis.com")).isTrue();
        assertThat(Domains.isStorageBucket("files.s3.eu-west-1.amazonaws.com")).isTrue();
        assertThat(Domains.isStorageBucket("acme.blob.core.windows.net")).isTrue();
        assertThat(Domains.isStorageBucket("pub-1234.r2.dev")).isTrue();
        assertThat(Domains.isStorageBucket("ec2.amazonaws.com")).isFalse();
        assertThat(Domains.isStorageBucket("docs.google.com")).isFalse();
    }

    @Test
    void aVoicemailPageInABucketThatCarriesTheReadersAddressIsAStrongLink() {
        List<MailMessage> t = thread("vm", "Poczta głosowa", "voicemail@vm-powiadomienia.example",
                "Nowa wiadomość głosowa.", "Dziękuję.", "OK.");
        String href = "https://storage.googleapis.com/vm-odsluch-4471/index.html#" + ME;
        MailMessage r = mail("vm-r@vm-powiadomienia.example").from("Poczta głosowa", "voicemail@vm-powiadomienia.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-05-14T13:03:00+00:00")
                .text("Nowa wiadomość głosowa (00:47).\n\nOdsłuchaj wiadomość: " + href)
                .link(href, "storage.googleapis.com").replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "NOVEL_LINK_DOMAIN")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void sitesNamedAfterAServiceOrAKnownOrganisationImitateThem() {
        assertThat(NovelLinkDomainDetector.namedAfterService("teams-live-join.example")).isEqualTo("teams");
        assertThat(NovelLinkDomainDetector.namedAfterService("docusign-review.example")).isEqualTo("docusign");
        assertThat(NovelLinkDomainDetector.namedAfterService("zoomcar.example")).isNull();
        assertThat(NovelLinkDomainDetector.namedAfterService("docusign.net")).isNull();
        assertThat(NovelLinkDomainDetector.subdomainNamedAfterService("teams-meet-join.sahyadri-recon.example",
                "sahyadri-recon.example")).isEqualTo("teams");
        assertThat(NovelLinkDomainDetector.subdomainNamedAfterService("outlook.acme.example", "acme.example")).isNull();
        assertThat(NovelLinkDomainDetector.imitatedBySubdomain("hongyao-tw.sign-envelope.example",
                "sign-envelope.example", java.util.Set.of("hongyao-tw.example"))).isEqualTo("hongyao-tw.example");
        // a service's customer space under a one-word brand is how help desks and portals work
        assertThat(NovelLinkDomainDetector.imitatedBySubdomain("hongyao-tw.zendesk.example", "zendesk.example",
                java.util.Set.of("hongyao-tw.example"))).isNull();
        assertThat(NovelLinkDomainDetector.imitatedSite("telereclam-signature.example", java.util.Set.of(
                "telereclam.example"), java.util.Set.of("telereclam.example"))).isEqualTo("telereclam.example");
        // the organisation's own space on a service is no imitation of it
        assertThat(NovelLinkDomainDetector.imitatedSite("lakeshoreoffice-my.sharepoint.com", java.util.Set.of(
                "lakeshoreoffice.example"), java.util.Set.of("lakeshoreoffice.example"))).isNull();
        assertThat(NovelLinkDomainDetector.imitatedSite("drmlyon.sharepoint.com", java.util.Set.of(
                "drm-lyon.example"), java.util.Set.of("drm-lyon.example"))).isNull();
        // a list's domain with a word added is just another site ("linux-laptop.net" and linux.ie)
        assertThat(NovelLinkDomainDetector.imitatedSite("linux-laptop.example", java.util.Set.of("linux.example"),
                java.util.Set.of())).isNull();
    }

    @Test
    void aPortalTheThreadAnnouncedIsNoImitation() {
        List<MailMessage> t = TestMail.conversation("kw", "Gavin Hughes", "gavin.hughes@pennanthealth.example",
                "Katarzyna Nowak", ME, "Q1 denial trends pack", "2025-05-07T11:40:00+01:00", (i, m) -> { },
                "Dana, from next month we move to a Kiteworks portal at secure.pennanthealth-files.example - you'll "
                        + "get a one-time code by text.", "Makes sense, please use my mobile for the code.", "Will do.");
        String href = "https://secure.pennanthealth-files.example/w/xZ0lAOu7oDVP";
        MailMessage r = mail("kw-r@pennanthealth.example").from("Gavin Hughes", "gavin.hughes@pennanthealth.example")
                .to("Katarzyna Nowak", ME).subject("RE: Q1 denial trends pack").date("2025-05-20T09:15:00+01:00")
                .text("Hi, the April claim-level extract is now on the portal as discussed:\n" + href
                        + "\n\nKind regards,\nGavin Hughes")
                .link(href, "secure.pennanthealth-files.example").replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "NOVEL_LINK_DOMAIN")).isLessThan(0.4);
    }

    private static MailMessage quoting(List<MailMessage> t, String id, String quote) {
        return mail(id).from("Julie Roy", "jroy@belangerroy.example").to("Katarzyna Nowak", ME)
                .subject("RE: Dostawa kruszywa 2025").date("2025-03-20T12:00:00+01:00")
                .text("Bonjour, voici le document.\n\nJulie\n\nDe : Katarzyna Nowak <" + ME + ">\nEnvoyé : lundi\n"
                        + "À : Julie Roy\nObjet : RE: Dostawa kruszywa 2025\n\n" + quote)
                .replyTo(t.get(t.size() - 1)).build();
    }

    @Test
    void wordsAddedInsideAParagraphOfTheUsersOwnQuotedMessageAreAnAlteredQuote() {
        String mine = "Bonjour Julie, c'est signé de notre côté aujourd'hui. Merci beaucoup pour votre aide!";
        List<MailMessage> t = thread("wm", "Julie Roy", "jroy@belangerroy.example",
                "Bonjour, voici le contrat à signer.", mine + "\n\nKatarzyna");
        MailMessage altered = quoting(t, "wm-r@belangerroy.example", "Bonjour Julie, c'est signé de notre côté "
                + "aujourd'hui. Pourriez-vous me renvoyer la version signée par message sécurisé? Merci beaucoup pour "
                + "votre aide!\n\nKatarzyna");
        assertThat(strength(t, altered, "QUOTE_MISMATCH")).isEqualTo(0.5);
        // an answer written between the user's paragraphs (inline) is no change to what the user wrote
        MailMessage inline = quoting(t, "wm-i@belangerroy.example", mine
                + "\n\nJulie: merci, bien reçu, je vous renvoie la version finale demain.\n\nKatarzyna");
        assertThat(strength(t, inline, "QUOTE_MISMATCH")).isLessThan(0.3);
    }

    @Test
    void anIbanWithoutBankWordsIsStillBankDetails() {
        List<MailMessage> t = thread("es", "Nerea Etxeberria", "nerea@casaluz.example",
                "Hola Lucía, te paso la cuenta del vendedor para las arras: ES91 2100 0418 4502 0005 1332.",
                "Gracias, Nerea. He hablado con Fernando y me ha confirmado la cuenta.", "Perfecto.");
        MailMessage r = mail("es-r@casaluz.example").from("Nerea Etxeberria", "nerea@casaluz.example")
                .to("Katarzyna Nowak", ME).subject("Re: Dostawa kruszywa 2025").date("2025-03-07T21:58:00+01:00")
                .text("Hola Lucía, el banco le ha bloqueado temporalmente la cuenta a Fernando. Nos pide que las arras "
                        + "se transfieran a su otra cuenta:\n\nES23 1583 0001 1710 9043 7725\n\nMil gracias")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "LURE_TEXT")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aSentenceAppendedToTheUsersQuotedParagraphIsAnAlteredQuote() {
        String mine = "Recebido, já consta no extrato do banco. Obrigado, Marcelo, pela confirmação.";
        List<MailMessage> t = thread("ap", "Marcelo Duarte", "marcelo@atlantica.example",
                "Rafael, efetuamos hoje a TED referente aos 50% do contrato.", mine + "\n\nRafael");
        MailMessage r = quoting(t, "ap-r@atlantica.example", "Recebido, já consta no extrato do banco. Fico no "
                + "aguardo do aditivo com o novo cronograma da segunda parcela para assinatura.\n\nRafael");
        assertThat(strength(t, r, "QUOTE_MISMATCH")).isGreaterThanOrEqualTo(0.35);
    }

    @Test
    void aNewNumberToBeReachedOnIsAPretext() {
        assertThat(Lexicon.pretexts(Lexicon.words("Troquei de número, me chama no WhatsApp: (35) 99877-1234")))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(Lexicon.pretexts(Lexicon.words("My new number is below, the old one still works."))).hasSize(1);
    }

    @Test
    void aLinkIntoAnotherOrganisationsSharePointWeighsMoreThanOneIntoTheSendersOwn() {
        List<MailMessage> t = thread("sp", "Tina Marchetti", "tmarchetti@lakeshoreoffice.example",
                "Hi, the lease schedule for the copiers is attached.", "Thanks Tina, received.", "You're welcome.");
        String foreign = "https://northfieldlandscapes-my.sharepoint.com/:o:/g/personal/j_doe/EaBcD";
        String own = "https://lakeshoreoffice-my.sharepoint.com/:x:/g/personal/tmarchetti/EaBcD";
        MailMessage a = mail("sp-a@lakeshoreoffice.example").from("Tina Marchetti", "tmarchetti@lakeshoreoffice.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-04-02T09:00:00+02:00")
                .text("Tina Marchetti shared a file with you.\n\nOpen: " + foreign)
                .link(foreign, "northfieldlandscapes-my.sharepoint.com").replyTo(t.get(t.size() - 1)).build();
        MailMessage b = mail("sp-b@lakeshoreoffice.example").from("Tina Marchetti", "tmarchetti@lakeshoreoffice.example")
                .to("Katarzyna Nowak", ME).subject("RE: Dostawa kruszywa 2025").date("2025-04-02T09:00:00+02:00")
                .text("Tina Marchetti shared a file with you.\n\nOpen: " + own)
                .link(own, "lakeshoreoffice-my.sharepoint.com").replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, a, "NOVEL_LINK_DOMAIN")).isGreaterThan(strength(t, b, "NOVEL_LINK_DOMAIN") + 0.1);
    }

    @Test
    void aCustomersNewAccountForTheDirectDebitIsNoDiversion() {
        assertThat(Lexicon.speaksOfDirectDebit(Lexicon.words("Bitte ziehen Sie Ihre Rechnungen vom neuen Konto ein, "
                + "das neue Lastschriftmandat liegt bei."))).isTrue();
        assertThat(Lexicon.speaksOfDirectDebit(Lexicon.words("Please pay the invoice to our new account."))).isFalse();
    }

    @Test
    void indianAccountsAndUpiAddressesArePaymentDestinations() {
        assertThat(Lexicon.bankTerms("Kindly remit to our alternate account. A/c no: 200015577310, IFSC: ESFB0004417"))
                .isNotEmpty();
        assertThat(Lexicon.paymentNumbers("A/c no: 200015577310")).containsExactly("200015577310");
        assertThat(Lexicon.paymentAddresses("Please approve the collect request from UPI ID balaji.refunds@okaxis"))
                .containsExactly("balaji.refunds@okaxis");
    }

    @Test
    void askingForLoginDetailsByNameIsASignInRequest() {
        assertThat(Lexicon.asksToSignIn("Vult u het formulier in, inclusief de inlog van het inkoopportaal")).isTrue();
        assertThat(Lexicon.asksToSignIn("Bitte senden Sie uns Ihre Zugangsdaten")).isTrue();
        assertThat(Lexicon.asksToSignIn("Vult u het formulier in voor vrijdag")).isFalse();
    }

    @Test
    void giftCardsAndSecrecyArePretextsInTheNordicLanguagesToo() {
        assertThat(Lexicon.pretexts(Lexicon.words("Kan du köpa ICA presentkort åt mig? Håll det mellan oss.")))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(Lexicon.pretexts(Lexicon.words("Tack för leveransen, fakturan kommer i morgon."))).isEmpty();
    }

    @Test
    void answeringTheUserInTheUsersLanguageIsNoSwitch() {
        List<MailMessage> t = TestMail.conversation("ls", "Rafael Oliveira", "rafael@geotec.example", "María López", ME,
                "Sondagens lote 3", "2025-07-01T09:00:00-03:00", (i, m) -> { },
                "Olá María, seguem os resultados das sondagens do lote 3. A campanha terminou ontem e o relatório "
                        + "final fica pronto na próxima semana.",
                "Hola Rafael, muchas gracias por los resultados. Quedo atenta al informe final de la próxima semana.",
                "Perfeito, obrigado. Assim que o relatório estiver pronto eu envio para vocês com as planilhas.");
        MailMessage r = mail("ls-r@geotec.example").from("Rafael Oliveira", "rafael@geotec.example").to("María López", ME)
                .subject("RE: Sondagens lote 3").date("2025-07-10T10:00:00-03:00")
                .text("María, perdón por el portuñol: el informe final ya está listo y se lo mando mañana con las "
                        + "planillas de campo. La cuenta para la factura es la misma del contrato.\n\nRafael")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(strength(t, r, "LANGUAGE_SWITCH")).isZero();
    }
}
