package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A fake reply whose payload is a link inside an attached PDF (Qakbot's 2023 shape: "please see the
 * attached", a one-page PDF with an "Open" button to a zip), against genuine documents: a partner's
 * PDF that links to their own site, and a paper that cites many sites.
 */
class DocumentLinksTest {
    private static final String ME = "sofia.brandt@kesselwerk.example";
    private static final String PARTNER = "t.nakamura@pacific-valves.example";

    private static AnalysisResult judge(TestMail reply) {
        List<MailMessage> thread = TestMail.conversation("d", "Takeshi Nakamura", PARTNER, "Sofia Brandt", ME,
                "DN80 pressure tests", "2026-05-04T08:30:00+09:00", (i, t) -> { },
                "Hello Sofia, following our call, the pressure test results for the DN80 valves are in the usual report.",
                "Thank you Takeshi. The results for batch 7 look fine; could you also send the certificate for batch 8?",
                "Batch 8 certificate will follow on Monday after the final inspection of the seals.",
                "Great, then we plan the installation for the week after.");
        MailMessage r = reply.from("Takeshi Nakamura", PARTNER).to("Sofia Brandt", ME).subject("RE: DN80 pressure tests")
                .date("2026-05-09T08:30:00+09:00").replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, r, ME);
    }

    @Test
    void aPdfWhoseButtonLeadsToAnArchiveOnANewSiteIsFlagged() {
        AnalysisResult r = judge(mail("d9@x.example").text("Hello,\nplease see the attached document and confirm.\nRegards")
                .pdf("Document_0419.pdf", "https://cdn-files.brightmarsh.example/get/Document_0419.zip"));
        Finding f = r.verdict().findings().stream().filter(x -> x.code().equals("NOVEL_LINK_DOMAIN")).findFirst().orElseThrow();
        assertThat(f.rows()).anySatisfy(row -> assertThat(row.suspicious()).contains("attached document"));
        assertThat(r.verdict().level()).isNotEqualTo(Level.CONSISTENT);
    }

    @Test
    void aPartnersCertificateLinkingToTheirOwnSiteIsNot() {
        AnalysisResult r = judge(mail("d9@x.example")
                .text("Sofia, attached is the batch 8 certificate after the seal inspection. The DN80 valves passed.")
                .pdf("Certificate_batch8.pdf", "https://www.pacific-valves.example/quality"));
        assertThat(r.verdict().findings()).noneMatch(x -> x.code().equals("NOVEL_LINK_DOMAIN"));
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }

    @Test
    void aDocumentCitingManySitesIsNotALure() {
        AnalysisResult r = judge(mail("d9@x.example")
                .text("Sofia, for the installation planning: the attached paper compares seal materials for DN80 valves.")
                .pdf("seal-materials.pdf", "https://doi.example.org/10.1000/182", "https://standards.example.net/iso-5208",
                        "https://www.materials-journal.example/a/77", "https://university-lab.example.edu/seals"));
        assertThat(r.verdict().findings()).noneMatch(x -> x.code().equals("NOVEL_LINK_DOMAIN"));
    }

    @Test
    void aLinkThatCarriesItsOwnPageIsFlagged() {
        String href = "data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2V2aWwuZXhhbXBsZS8iPjwvZm9ybT4=";
        AnalysisResult r = judge(mail("d9@x.example").text("Hello,\nplease sign in to view the shared report.\nRegards")
                .htmlLink(href, "View report"));
        Finding f = r.verdict().findings().stream().filter(x -> x.code().equals("NOVEL_LINK_DOMAIN")).findFirst().orElseThrow();
        assertThat(f.explanation()).contains("data: link");
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.45);
        assertThat(r.verdict().level()).isNotEqualTo(Level.CONSISTENT);
        // a picture inline is no such link
        assertThat(new org.threadguard.heuristics.model.Link("data:image/png;base64,iVBORw0KGgo=", "", "",
                org.threadguard.heuristics.model.LinkSource.HTML, false).carriesContent()).isFalse();
    }
}
