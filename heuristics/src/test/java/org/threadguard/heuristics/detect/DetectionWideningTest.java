package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Regression tests for signals found missing on a probe mailbox (docs/probe/make-probe-corpus-6.py): a
 * company's answers diverted to a free webmail address, a document in a hacked site's WordPress folder,
 * and bank details that a message says stay unchanged.
 */
class DetectionWideningTest {
    private static final String ME = "laura.weber@acme-industrie.example";
    private static final String PARTNER = "lucia.fernandez@bodegas-fernandez.example";

    private static List<MailMessage> thread() {
        return TestMail.conversation("dw", "Lucía Fernández", PARTNER, "Laura Weber", ME, "Factura pedido 4512",
                "2025-03-03T09:00:00+01:00", (i, t) -> { },
                "Hola Laura, adjunto la factura del pedido 4512 de aceite de oliva, vencimiento a 30 días.",
                "Gracias Lucía, la pasamos hoy a contabilidad para el pago.",
                "Perfecto, gracias. Cualquier duda me dices.");
    }

    /** Lucía's answer to the last message of the thread, on 10 March. */
    private static TestMail answer(String id, String text) {
        return mail(id).from("Lucía Fernández", PARTNER).to("Laura Weber", ME).subject("RE: Factura pedido 4512")
                .date("2025-03-10T10:00:00+01:00").text(text);
    }

    private static Optional<Finding> finding(List<MailMessage> thread, MailMessage reply, String code) {
        return TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream().filter(f -> f.code().equals(code))
                .findFirst();
    }

    @Test
    void answersDivertedToAPrivateWebmailAddressWeighAsMuchAsASuspiciousVerdict() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r@bodegas-fernandez.example",
                "Hola Laura, ¿me confirmas la fecha del pago respondiendo a este correo? Gracias, Lucía")
                .replyTo("lucia.fernandez.bodegas@hotmail.es")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "REPLY_TO_DIVERT").orElseThrow();
        assertThat(f.strength()).isEqualTo(0.6);
        assertThat(TestMail.judgedAfter(t, r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void aReplyToAnotherCompanyAddressStaysAsBefore() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r2@bodegas-fernandez.example",
                "Hola Laura, nuestra gestoría lleva ahora la facturación. Gracias, Lucía")
                .replyTo("facturacion@gestoria-lopez.example")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(finding(t, r, "REPLY_TO_DIVERT").orElseThrow().strength()).isEqualTo(0.5);
    }

    @Test
    void freeMailIsKnownByProviderAcrossCountries() {
        assertThat(Domains.isFreeMail("gmail.com")).isTrue();
        assertThat(Domains.isFreeMail("hotmail.es")).isTrue();
        assertThat(Domains.isFreeMail("yahoo.co.uk")).isTrue();
        assertThat(Domains.isFreeMail("mail.web.de")).isTrue();
        assertThat(Domains.isFreeMail("bodegas-fernandez.example")).isFalse();
        assertThat(Domains.isFreeMail("outlook.office365.com")).isFalse();
    }

    @Test
    void aDocumentInAWordPressFolderIsNamedAsSuch() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r3@bodegas-fernandez.example",
                "Hola,\nle envío el certificado:\nhttps://clinica-dental-sol.example/wp-content/uploads/2025/03/"
                        + "Certificado_4512.pdf\nSaludos")
                .link("https://clinica-dental-sol.example/wp-content/uploads/2025/03/Certificado_4512.pdf",
                        "clinica-dental-sol.example")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "NOVEL_LINK_DOMAIN").orElseThrow();
        assertThat(f.explanation()).contains("content-management folder (/wp-content/...)");
    }

    @Test
    void aPageThatBuildsAFileInTheBrowserIsRiskyEvenInTheThreadsOwnWords() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r4@bodegas-fernandez.example",
                "Hola Laura, adjunto la factura del pedido 4512 de aceite de oliva, ábrala en el navegador.")
                .smugglingPage("Factura_4512.svg", "image/svg+xml", "Factura_4512.zip")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "RISKY_ATTACHMENT").orElseThrow();
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(f.explanation()).contains("its script builds the file Factura_4512.zip inside the browser");
        assertThat(TestMail.judgedAfter(t, r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void aSignInPageSentAsAFileIsRiskyEvenInTheThreadsOwnWords() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r6@bodegas-fernandez.example",
                "Hola Laura, adjunto la factura del pedido 4512 de aceite de oliva, ábrala en el navegador.")
                .signInPage("Factura_4512.html", "login-secure.quartzline.example")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "RISKY_ATTACHMENT").orElseThrow();
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(f.explanation()).contains("a sign-in form that sends a password to login-secure.quartzline.example");
        assertThat(TestMail.judgedAfter(t, r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void anEncryptedZipOfDocumentsWeighsLessThanOneOfMacroSheetsWithItsPassword() {
        List<MailMessage> t = thread();
        MailMessage drawings = answer("dw-r7@bodegas-fernandez.example",
                "Hola Laura, adjunto los planos del pedido 4512 cifrados; la contraseña va en otro correo.")
                .attachment("Planos_4512.zip", "application/zip", true, "Plano_4512_A.pdf", "Plano_4512_B.dwg")
                .replyTo(t.get(t.size() - 1)).build();
        Finding d = finding(t, drawings, "RISKY_ATTACHMENT").orElseThrow();
        assertThat(d.strength()).isLessThan(0.6);
        assertThat(d.explanation()).contains("its entries are named as documents");
        MailMessage sheets = answer("dw-r8@bodegas-fernandez.example",
                "Hola Laura, adjunto la factura del pedido 4512 de aceite de oliva. Contraseña: 4417")
                .attachment("Factura_4512.zip", "application/zip", true, "Factura_4512.xls")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, sheets, "RISKY_ATTACHMENT").orElseThrow();
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(f.explanation()).contains("the password (4417) is in the text");
    }

    @Test
    void aLinkInAQrCodePictureIsANewLinkAndSaysWhereItHides() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r5@bodegas-fernandez.example",
                "Hola Laura, escanee el código con su móvil para firmar la factura del pedido 4512.")
                .qrCode("https://firma-docs.quartzline.example/s/7Hk2")
                .replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "NOVEL_LINK_DOMAIN").orElseThrow();
        assertThat(f.explanation()).contains("is hidden in a QR code picture");
        assertThat(f.strength()).isGreaterThan(0.2);
    }

    @Test
    void bankDetailsThatStayUnchangedAreNotAnnouncedAsChanged() {
        assertThat(Lexicon.announcesChange("Please note our new bank details: IBAN DE12 ...")).isTrue();
        assertThat(Lexicon.announcesChange("Nuova firma, ma le coordinate bancarie restano invariate.")).isFalse();
        assertThat(Lexicon.announcesChange("New signature; our bank details remain the same.")).isFalse();
        assertThat(Lexicon.announcesChange("Neue Signatur, die Bankverbindung bleibt unverändert.")).isFalse();
    }

    @Test
    void aScriptInAnUploadFolderThatNamesTheReaderIsEnoughForAVerdictOnItsOwn() {
        List<MailMessage> t = thread();
        String href = "https://clinica-dental-sol.example/wp-content/uploads/2025/03/factura.php?id=laura.weber";
        MailMessage r = answer("dw-r7@bodegas-fernandez.example",
                "Hola Laura, la factura del pedido 4512 de aceite de oliva está aquí:\n" + href + "\nSaludos")
                .link(href, "clinica-dental-sol.example").replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "NOVEL_LINK_DOMAIN").orElseThrow();
        assertThat(f.explanation()).contains("a program run from a website's upload folder")
                .contains("carries your own address");
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(TestMail.judgedAfter(t, r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void aDownloadScriptOutsideAnUploadFolderAndARoleAddressAreNotNamedSo() {
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.isUploadedScript(
                "/wp-content/uploads/2025/03/x.php", "php")).isTrue();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.isUploadedScript(
                "/download.php", "php")).isFalse();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.isUploadedScript(
                "/wp-content/uploads/2025/03/x.pdf", "pdf")).isFalse();
        List<org.threadguard.heuristics.model.Address> to = List.of(
                new org.threadguard.heuristics.model.Address("Laura Weber", ME));
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namesRecipient(
                "https://x.example/a?email=laura.weber%40acme-industrie.example", to, List.of())).isTrue();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namesRecipient(
                "https://x.example/a#" + java.util.Base64.getEncoder().encodeToString(ME.getBytes()), to, List.of()))
                .isTrue();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namesRecipient(
                "https://x.example/a?section=info", List.of(
                        new org.threadguard.heuristics.model.Address("", "info@acme-industrie.example")), List.of()))
                .isFalse();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namesRecipient(
                "https://x.example/laura.weber/profile", to, List.of())).isFalse();
    }

    @Test
    void answersToTheSendersOwnHelpDeskSpaceAreNoDivert() {
        List<MailMessage> t = thread();
        MailMessage r = answer("dw-r8@bodegas-fernandez.example",
                "Hola Laura, hemos abierto la incidencia 48213 sobre el pedido 4512; le respondemos aquí. Lucía")
                .replyTo("soporte+id48213@bodegas-fernandez.zendesk.com")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(finding(t, r, "REPLY_TO_DIVERT")).isEmpty();
        assertThat(finding(t, r, "LOOKALIKE_DOMAIN")).isEmpty();
        MailMessage other = answer("dw-r9@bodegas-fernandez.example",
                "Hola Laura, hemos abierto la incidencia 48213 sobre el pedido 4512; le respondemos aquí. Lucía")
                .replyTo("soporte+id48213@bodegas-ferreira.zendesk.com")
                .replyTo(t.get(t.size() - 1)).build();
        assertThat(finding(t, other, "REPLY_TO_DIVERT")).isPresent();
        assertThat(org.threadguard.heuristics.links.Domains.isTenantOf("bodegas-fernandez.zendesk.com",
                "mail.bodegas-fernandez.example")).isTrue();
        assertThat(org.threadguard.heuristics.links.Domains.isTenantOf("bodegas-fernandez.example",
                "bodegas-fernandez.example")).isFalse();
    }

    @Test
    void aFormOnAPublicPlatformThatAsksForThePasswordIsEnoughForAVerdict() {
        List<MailMessage> t = thread();
        String href = "https://docs.google.com/forms/d/e/1FAIpQLSf3k2/viewform";
        MailMessage r = answer("dw-r10@bodegas-fernandez.example",
                "Hola Laura, para el pedido 4512 necesitamos su confirmación en el portal nuevo. Inicie sesión con su "
                        + "correo y contraseña en el formulario:\n" + href + "\nGracias, Lucía")
                .link(href, "docs.google.com").replyTo(t.get(t.size() - 1)).build();
        Finding f = finding(t, r, "NOVEL_LINK_DOMAIN").orElseThrow();
        assertThat(f.explanation()).contains("asks you to sign in or give your password");
        assertThat(f.strength()).as(f.explanation()).isGreaterThanOrEqualTo(0.6);
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namedFileExtension(
                "/file/3rfc/NOLA_Trip_Pics.zip/file", "")).isEqualTo("zip");
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.namedFileExtension(
                "/s/abc/report.pdf", "pdf")).isEqualTo("pdf");
    }

    @Test
    void aLinkToASiteSpelledLikeAKnownOneImitatesIt() {
        java.util.Set<String> known = java.util.Set.of("sentrywall.example", "acme-industrie.example");
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.imitatedSite("sentrywa11.example", known))
                .isEqualTo("sentrywall.example");
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.imitatedSite("acme-lndustrie.example",
                known)).isEqualTo("acme-industrie.example");
        // the organisation's own second domains: an added word, another suffix
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.imitatedSite(
                "sentrywall-downloads.example", known)).isNull();
        assertThat(org.threadguard.heuristics.links.NovelLinkDomainDetector.imitatedSite("sentrywall.com", known))
                .isNull();
    }

    @Test
    void aParticipantsOrganisationWritingThroughItsMailingSystemIsNoFabricatedReply() {
        List<MailMessage> t = thread();
        // the winery's CRM: no-reply sender, unsubscribe header, a reply subject but no reply headers
        MailMessage crm = mail("dw-r11@crm.bodegas-fernandez.example").from("Bodegas Fernández",
                "noreply@bodegas-fernandez.example").to("Laura Weber", ME).subject("RE: Factura pedido 4512")
                .date("2025-03-10T10:00:00+01:00").header("List-Unsubscribe", "<https://crm.example/u/1>")
                .text("Su pedido 4512 ha salido hoy de nuestra bodega. Gracias por su confianza.").build();
        assertThat(finding(t, crm, "FAKE_REPLY").map(Finding::strength).orElse(0.0)).isLessThan(0.2);
        MailMessage stranger = mail("dw-r12@promo.example").from("Bodegas Promo", "noreply@promo.example")
                .to("Laura Weber", ME).subject("RE: Factura pedido 4512").date("2025-03-10T10:00:00+01:00")
                .header("List-Unsubscribe", "<https://promo.example/u/1>")
                .text("Su pedido 4512 ha salido hoy de nuestra bodega. Gracias por su confianza.").build();
        assertThat(finding(t, stranger, "FAKE_REPLY").orElseThrow().strength()).isGreaterThanOrEqualTo(0.2);
    }

    @Test
    void anArchiveThatRunsCodeIsNewInAThreadWhoseArchivesHeldOnlyLogs() {
        List<MailMessage> t = new java.util.ArrayList<>(thread());
        MailMessage logs = answer("dw-z1@bodegas-fernandez.example", "Hola Laura, los registros del pedido 4512.")
                .attachment("registros.zip", "application/zip", false, "pedido.log", "envio.txt")
                .replyTo(t.get(t.size() - 1)).build();
        t.add(logs);
        MailMessage script = answer("dw-z2@bodegas-fernandez.example", "Hola Laura, los registros nuevos del pedido 4512.")
                .attachment("registros2.zip", "application/zip", false, "pedido.js")
                .replyTo(logs).build();
        assertThat(finding(t, script, "RISKY_ATTACHMENT").orElseThrow().strength()).isGreaterThanOrEqualTo(0.6);
    }
}
