package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** A password-protected document with its password in the text is what scanners cannot open; a plain one is not. */
class EncryptedDocumentTest {
    private static final String ME = "ruth.berg@alpenholz.example";
    private static final String P = "k.moser@moser-saegewerk.example";

    private static AnalysisResult judge(boolean encrypted, String text) {
        List<MailMessage> thread = TestMail.conversation("e", "Klaus Moser", P, "Ruth Berg", ME, "Spruce beams Innsbruck",
                "2026-04-01T10:00:00+02:00", (i, t) -> { },
                "Ruth, the spruce beams for the Innsbruck site are cut; delivery on Thursday.",
                "Thanks Klaus, please send the delivery note with the truck.", "Will do, the driver has it.");
        MailMessage r = mail("e9@x.example").from("Klaus Moser", P).to("Ruth Berg", ME).subject("RE: Spruce beams Innsbruck")
                .date("2026-04-05T10:00:00+02:00").text(text).replyTo(thread.get(thread.size() - 1))
                .attachment("Dokument_2291.pdf", "application/pdf", encrypted).build();
        return TestMail.judgedAfter(thread, r, ME);
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

    @Test
    void aProtectedPayslipWhosePasswordTheMailDoesNotGiveIsOrdinary() {
        AnalysisResult r = judge(true, "Ruth, your payslip for March is attached as a protected PDF; the password is "
                + "the one we agreed on the phone.");
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
        double s = r.verdict().findings().stream().filter(x -> x.code().equals("RISKY_ATTACHMENT"))
                .mapToDouble(Finding::strength).max().orElse(0);
        assertThat(s).isLessThan(0.4); // a new file type in the thread, no more
    }

    @Test
    void anArchiveWhoseEntriesCannotBeReadIsEncryptedWhenThePasswordIsInTheText() {
        List<MailMessage> thread = TestMail.conversation("rar", "Klaus Moser", P, "Ruth Berg", ME, "Spruce beams Innsbruck",
                "2026-03-02T09:00:00+01:00", (i, m) -> { }, "Ruth, the offer for the beams follows.", "Thanks Klaus.",
                "You're welcome.");
        MailMessage r = mail("rar-r@x.example").from("Klaus Moser", P).to("Ruth Berg", ME).subject("RE: Spruce beams Innsbruck")
                .date("2026-04-05T10:00:00+02:00").text("Hello,\nthe order is attached. Password: Nkl@2025\nRegards")
                .replyTo(thread.get(thread.size() - 1)).attachment("Order_2025.rar", "application/x-rar-compressed", false)
                .build();
        double s = TestMail.judgedAfter(thread, r, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("RISKY_ATTACHMENT")).mapToDouble(Finding::strength).max().orElse(0);
        assertThat(s).isGreaterThanOrEqualTo(0.6);
    }
}
