package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** A password-protected document with its password in the text is what scanners cannot open; a plain one is not. */
class EncryptedDocumentTest {
    private static final String ME = "ruth.berg@alpenholz.example";
    private static final String P = "k.moser@moser-saegewerk.example";

    private static AnalysisResult judge(boolean encrypted, String text) {
        List<MailMessage> all = new ArrayList<>();
        MailMessage prev = null;
        String[] texts = {"Ruth, the spruce beams for the Innsbruck site are cut; delivery on Thursday.",
            "Thanks Klaus, please send the delivery note with the truck.", "Will do, the driver has it."};
        for (int i = 0; i < texts.length; i++) {
            boolean p = i % 2 == 0;
            TestMail t = mail("e" + i + "@x.example").from(p ? "Klaus Moser" : "Ruth Berg", p ? P : ME)
                    .to(p ? "Ruth Berg" : "Klaus Moser", p ? ME : P).folder(p ? "INBOX" : "Sent")
                    .subject((i == 0 ? "" : "RE: ") + "Spruce beams Innsbruck").date("2026-04-0" + (1 + i) + "T10:00:00+02:00")
                    .text(texts[i]);
            if (prev != null) {
                t.replyTo(prev);
            }
            prev = t.build();
            all.add(prev);
        }
        MailMessage r = mail("e9@x.example").from("Klaus Moser", P).to("Ruth Berg", ME).subject("RE: Spruce beams Innsbruck")
                .date("2026-04-05T10:00:00+02:00").text(text).replyTo(prev)
                .attachment("Dokument_2291.pdf", "application/pdf", encrypted).build();
        all.add(r);
        return Analyzer.standard(Set.of(ME)).analyze(all).stream().filter(x -> x.message().key().equals(r.key()))
                .findFirst().orElseThrow();
    }

    @Test
    void aProtectedDocumentWithItsPasswordIsRisky() {
        AnalysisResult r = judge(true, "Hello,\nplease see the attached document. Password: 2291\nRegards");
        Finding f = r.verdict().findings().stream().filter(x -> x.code().equals("RISKY_ATTACHMENT")).findFirst().orElseThrow();
        assertThat(f.explanation()).contains("password-protected document").doesNotContain("archive");
        assertThat(f.strength()).isGreaterThanOrEqualTo(0.6);
        assertThat(r.verdict().level()).isNotEqualTo(Level.CONSISTENT);
    }

    @Test
    void thePlainDocumentIsOrdinary() {
        AnalysisResult r = judge(false, "Ruth, attached is the delivery note for the spruce beams; the truck left at 7.");
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }
}
