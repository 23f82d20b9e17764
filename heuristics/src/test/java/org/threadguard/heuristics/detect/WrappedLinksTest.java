package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.text.UrlHosts;

/**
 * In a mailbox behind a gateway that rewrites every link (Microsoft Safe Links here), every link
 * of every message goes to the gateway's site. A reply's link to a site nobody used must still stand
 * out, and a link to a site the thread used must not.
 */
class WrappedLinksTest {
    private static final String ME = "li.wei@harbour-freight.example";
    private static final String PARTNER = "m.ortiz@coastline-parts.example";

    private static String safeLink(String url) {
        return "https://eur03.safelinks.protection.outlook.com/?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + "&data=05%7C02%7Cli.wei%40harbour-freight.example%7C1f2e&sdata=Zm9v&reserved=0";
    }

    private static AnalysisResult judge(String text, String url) {
        String[] texts = {
            "Hi Li, the revised crane spare parts list is on our portal, please check the two hydraulic pumps.",
            "Thanks Marco, the pumps look right. Can you confirm the delivery window for the Rotterdam yard?",
            "Delivery window is week 14. The updated schedule is on the portal as well.",
            "Week 14 works for us. I will book the yard slot."};
        List<MailMessage> thread = TestMail.conversation("w", "Marco Ortiz", PARTNER, "Li Wei", ME, "Crane spare parts",
                "2026-03-02T10:00:00+01:00", (i, t) -> {
                    if (i % 2 == 0) { // the partner's messages link to their portal, rewritten by the gateway
                        String href = safeLink("https://portal.coastline-parts.example/lists/" + (100 + i));
                        t.text(texts[i] + "\n<" + href + ">").link(href, UrlHosts.hostOf(href));
                    }
                }, texts);
        String href = safeLink(url);
        MailMessage reply = mail("w9@x.example").from("Marco Ortiz", PARTNER).to("Li Wei", ME)
                .subject("RE: Crane spare parts").date("2026-03-08T10:00:00+01:00").text(text + "\n<" + href + ">")
                .replyTo(thread.get(thread.size() - 1)).link(href, UrlHosts.hostOf(href)).build();
        return TestMail.judgedAfter(thread, reply, ME);
    }

    @Test
    void aWrappedLinkToANewSiteIsNovel() {
        AnalysisResult r = judge("Please review the document below.", "https://docs-viewer.storage-eu.example/f/8812.zip");
        Finding f = r.verdict().findings().stream().filter(x -> x.code().equals("NOVEL_LINK_DOMAIN")).findFirst()
                .orElseThrow();
        assertThat(f.explanation()).contains("storage-eu[.]example").doesNotContain("outlook");
        assertThat(f.rows()).anySatisfy(row -> assertThat(row.suspicious()).contains("safelinks"));
        assertThat(r.verdict().level()).isNotEqualTo(Level.CONSISTENT);
    }

    @Test
    void aWrappedLinkToTheThreadsSiteIsNot() {
        AnalysisResult r = judge("Li, the yard slot confirmation for week 14 is on the portal next to the parts list.",
                "https://portal.coastline-parts.example/lists/107");
        assertThat(r.verdict().findings()).noneMatch(x -> x.code().equals("NOVEL_LINK_DOMAIN"));
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }
}
