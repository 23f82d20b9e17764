package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** The new-link finding speaks German and Spanish, with the site and the file type as data. */
class NovelLinkDomainWordingTest {
    private static final String ME = "sofia.brandt@kesselwerk.example";
    private static final String PARTNER = "t.nakamura@pacific-valves.example";

    private static Finding finding(TestMail reply) {
        List<MailMessage> thread = TestMail.conversation("w", "Takeshi Nakamura", PARTNER, "Sofia Brandt", ME,
                "DN80 pressure tests", "2026-05-04T08:30:00+09:00", (i, t) -> { },
                "Hello Sofia, following our call, the pressure test results for the DN80 valves are in the usual report.",
                "Thank you Takeshi. The results for batch 7 look fine; could you also send the certificate for batch 8?",
                "Batch 8 certificate will follow on Monday after the final inspection of the seals.");
        MailMessage r = reply.from("Takeshi Nakamura", PARTNER).to("Sofia Brandt", ME).subject("RE: DN80 pressure tests")
                .date("2026-05-09T08:30:00+09:00").replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, r, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("NOVEL_LINK_DOMAIN")).findFirst().orElseThrow();
    }

    @Test
    void theExplanationIsTranslatedAndKeepsTheSite() {
        Finding f = finding(mail("w9@x.example").text("Hello,\nplease download the document below.\nRegards")
                .htmlLink("https://files.brightmarsh.example/get/Document_0419.zip", "Document_0419"));
        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).startsWith("This reply links to files[.]brightmarsh[.]example, a site nobody in "
                + "this thread linked to before; the link downloads a .zip file");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(Locale.forLanguageTag("es"));
        assertThat(de).startsWith("Diese Antwort verlinkt auf files[.]brightmarsh[.]example, eine Website")
                .contains("der Link lädt eine .zip-Datei herunter").doesNotContain("This reply");
        assertThat(es).startsWith("Esta respuesta enlaza a files[.]brightmarsh[.]example, un sitio")
                .contains("el enlace descarga un archivo .zip").doesNotContain("This reply");
        EvidenceRow row = f.rows().get(0);
        assertThat(row.fieldText().render(Locale.GERMAN)).isEqualTo("Link");
        assertThat(row.earlierText().render(Locale.GERMAN)).isEqualTo("in diesem Verlauf nicht vorgekommen");
        assertThat(row.suspiciousText().render(Locale.forLanguageTag("es"))).contains("brightmarsh[.]example")
                .contains("(descarga un archivo .zip");
    }

    @Test
    void aDataLinkIsExplainedInEachLanguage() {
        Finding f = finding(mail("w9@x.example").text("Hello,\nplease sign in to view the shared report.\nRegards")
                .htmlLink("data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2V2aWwuZXhhbXBsZS8iPjwvZm9ybT4=",
                        "View report"));
        assertThat(f.explanationText().key()).isEqualTo("NOVEL_LINK_DOMAIN.dataLinkExplained");
        assertThat(f.explanation()).isEqualTo("This reply has a link that carries a page or file inside the link itself "
                + "(a data: link) instead of leading to a site.");
        assertThat(f.rows().get(0).suspicious()).startsWith("\"View report\" → data:").endsWith(" (carries a page or "
                + "file inside the link itself (a data: link) instead of leading to a site)");
        assertThat(f.explanationText().render(Locale.GERMAN)).contains("data:-Link");
        assertThat(f.explanationText().render(Locale.forLanguageTag("es"))).contains("enlace data:");
        assertThat(f.rows().get(0).suspiciousText().render(Locale.GERMAN)).startsWith("„View report“ → data:");
    }
}
