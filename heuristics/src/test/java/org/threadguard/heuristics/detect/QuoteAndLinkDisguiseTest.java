package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Regression tests for signals found missing on a probe mailbox (docs/probe/make-probe-corpus-7.py): a faithful
 * quote with the bank account swapped, and a link that shows a site the thread knows but leads elsewhere.
 */
class QuoteAndLinkDisguiseTest {
    private static final String ME = "laura.weber@acme-industrie.example";
    private static final String PARTNER = "fernanda.lima@couros-lima.example";
    private static final String BANK_DETAILS = "Claro! Seguem os dados:\n\nCouros Lima Artefatos de Couro Ltda.\n"
            + "Banco Itaú (341) – agência 1290 – conta corrente 40917-2\n\nValor: R$ 9.600,00\nBeijos\nFernanda";

    private static List<MailMessage> thread() {
        return TestMail.conversation("qd", "Fernanda Lima", PARTNER, "Laura Weber", ME, "Pedido 331",
                "2025-03-24T09:00:00-03:00", (i, t) -> { },
                "Oi Laura, 150 porta-cartões com gravação: R$ 64,00 cada, total R$ 9.600,00. Veja também o catálogo "
                        + "em https://www.couros-lima.example/catalogo",
                "Fechado, pedido 331. Pode me passar os dados bancários?",
                BANK_DETAILS,
                "Obrigada! O pagamento sai na próxima segunda, dia 7.");
    }

    /** Fernanda's answer to the last message of the thread, quoting it and, below it, her bank details. */
    private static MailMessage answerQuoting(String id, String bankLine) {
        List<MailMessage> t = thread();
        String quotedDetails = BANK_DETAILS.replace("Banco Itaú (341) – agência 1290 – conta corrente 40917-2", bankLine)
                .lines().map(l -> "> > " + l).reduce("", (a, b) -> a + b + "\n");
        return mail(id).from("Fernanda Lima", PARTNER).to("Laura Weber", ME).subject("RE: Pedido 331")
                .date("2025-04-03T10:55:00-03:00")
                .text("Oi Laura, só confirmando os dados para o pagamento do pedido 331, conforme abaixo.\nFernanda\n\n"
                        + "On 25.03.25 05:03, Laura Weber wrote:\n> Obrigada! O pagamento sai na próxima segunda, dia 7.\n"
                        + ">\n> On 24.03.25 14:47, Fernanda Lima wrote:\n" + quotedDetails)
                .replyTo(t.get(t.size() - 1)).build();
    }

    private static Optional<Finding> finding(MailMessage reply, String code) {
        return TestMail.judgedAfter(thread(), reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals(code)).findFirst();
    }

    @Test
    void aQuoteWithTheBankAccountSwappedIsAPaymentDiversion() {
        MailMessage r = answerQuoting("qd-r1@couros-lima.example",
                "Banco Inter (077) – agência 0001 – conta corrente 8812043-7");
        Finding f = finding(r, "QUOTE_MISMATCH").orElseThrow();
        assertThat(f.strength()).isEqualTo(0.65);
        assertThat(f.explanation()).isEqualTo("The quote matches the real messages of this thread, except for the payment "
                + "details Fernanda Lima really gave: the quote shows another account or amount.");
        assertThat(f.rows()).anySatisfy(row -> {
            assertThat(row.earlier()).contains("40917-2");
            assertThat(row.suspicious()).contains("8812043-7");
        });
        assertThat(TestMail.judgedAfter(thread(), r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void theSameQuoteUnchangedIsNoFinding() {
        MailMessage r = answerQuoting("qd-r2@couros-lima.example",
                "Banco Itaú (341) – agência 1290 – conta corrente 40917-2");
        assertThat(finding(r, "QUOTE_MISMATCH")).isEmpty();
    }

    private static MailMessage answerWithLink(String id, String href, String shown) {
        List<MailMessage> t = thread();
        return mail(id).from("Fernanda Lima", PARTNER).to("Laura Weber", ME).subject("RE: Pedido 331")
                .date("2025-04-03T10:55:00-03:00")
                .text("Oi Laura, o catálogo novo do pedido 331 com os porta-cartões está no nosso portal: " + shown
                        + "\nBeijos\nFernanda")
                .htmlLink(href, shown).replyTo(t.get(t.size() - 1)).build();
    }

    @Test
    void aLinkShowingTheThreadsSiteButLeadingElsewhereIsADisguise() {
        MailMessage r = answerWithLink("qd-r3@couros-lima.example",
                "https://couros-lima-portal.pages.dev/catalogo", "www.couros-lima.example/catalogo");
        Finding f = finding(r, "NOVEL_LINK_DOMAIN").orElseThrow();
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(f.explanation()).contains("a site this conversation knows");
        assertThat(TestMail.judgedAfter(thread(), r, ME).verdict().flagged()).isTrue();
    }

    @Test
    void aTrackerThatCarriesTheShownSiteIsNoDisguise() {
        MailMessage r = answerWithLink("qd-r4@couros-lima.example",
                "https://t.clicks-example-crm.example/c/5/abc?t=https%3A%2F%2Fwww.couros-lima.example%2Fcatalogo",
                "www.couros-lima.example/catalogo");
        assertThat(finding(r, "NOVEL_LINK_DOMAIN")).hasValueSatisfying(f -> {
            assertThat(f.strength()).isLessThan(0.6);
            assertThat(f.explanation()).doesNotContain("a site this conversation knows");
        });
    }

    @Test
    void aGatewaysOpaqueRewriteIsNoDisguise() {
        MailMessage r = answerWithLink("qd-r5@couros-lima.example",
                "https://protect-eu.mimecast.com/s/Xk9sC1wZjT7qLmN?domain=couros-lima.example",
                "www.couros-lima.example/catalogo");
        assertThat(finding(r, "NOVEL_LINK_DOMAIN").map(Finding::explanation).orElse(""))
                .doesNotContain("a site this conversation knows");
        assertThat(TestMail.judgedAfter(thread(), r, ME).verdict().flagged()).isFalse();
    }

    @Test
    void aQuotesLinksAreComparedAsWrittenNotAsTheReadersGatewayWrappedThem() {
        String quoted = "> Veja o catálogo em https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                + "www.couros-lima.example%2Fcatalogo&data=05%7C02%7Claura%40acme.example%7C3a3e&reserved=0 hoje";
        assertThat(org.threadguard.heuristics.content.QuoteMismatchDetector.contentLines(quoted))
                .isEqualTo("Veja o catálogo em https://www.couros-lima.example/catalogo hoje\n");
    }

    /** Fernanda follows up on her own message with the folder link, quoting it with {@code quotedUrl} in place. */
    private static Optional<Finding> followUpQuoting(String id, String quotedUrl) {
        List<MailMessage> t = new java.util.ArrayList<>(thread());
        String url = "https://files.couros-lima.example/s/8812";
        String own = "Oi Laura, as fotos das amostras de couro para o pedido 331 estão na nossa pasta:\n" + url
                + "\nA senha é a de sempre. Beijos\nFernanda";
        MailMessage parent = mail("qd-p@couros-lima.example").from("Fernanda Lima", PARTNER).to("Laura Weber", ME)
                .subject("RE: Pedido 331").date("2025-04-01T10:00:00-03:00").text(own).link(url, url)
                .replyTo(t.get(t.size() - 1)).build();
        t.add(parent);
        String quoted = own.replace(url, quotedUrl).lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
        MailMessage reply = mail(id).from("Fernanda Lima", PARTNER).to("Laura Weber", ME).subject("RE: Pedido 331")
                .date("2025-04-03T10:55:00-03:00")
                .text("Oi Laura, conseguiu abrir a pasta? Preciso da sua escolha até sexta.\nFernanda\n\n"
                        + "On 01.04.25 10:00, Fernanda Lima wrote:\n" + quoted)
                .link(quotedUrl, quotedUrl).replyTo(parent).build();
        return TestMail.judgedAfter(t, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("QUOTE_MISMATCH")).findFirst();
    }

    @Test
    void aFaithfulQuoteWhoseLinkWasSwappedIsAnAlteredQuote() {
        Finding f = followUpQuoting("qd-l1@couros-lima.example", "https://couros-lima-share.glitch.me/s/8812")
                .orElseThrow();
        assertThat(f.strength()).isEqualTo(0.65);
        assertThat(f.explanation()).contains("except for a link").contains("couros-lima-share[.]glitch[.]me");
    }

    @Test
    void aFaithfulQuoteWithTheRealLinkIsNot() {
        assertThat(followUpQuoting("qd-l2@couros-lima.example", "https://files.couros-lima.example/s/8812")
                .map(Finding::strength).orElse(0.0)).isLessThan(0.6);
    }
}
