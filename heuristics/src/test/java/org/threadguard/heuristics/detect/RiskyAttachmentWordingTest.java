package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** The attachment finding speaks German and Spanish, with the file name, its type and its size as data. */
class RiskyAttachmentWordingTest {
    private static final String ME = "ruth.berg@alpenholz.example";
    private static final String P = "k.moser@moser-saegewerk.example";

    @Test
    void theExplanationIsTranslatedAndKeepsTheFileName() {
        List<MailMessage> thread = TestMail.conversation("rw", "Klaus Moser", P, "Ruth Berg", ME, "Spruce beams Innsbruck",
                "2026-04-01T10:00:00+02:00", (i, t) -> { },
                "Ruth, the spruce beams for the Innsbruck site are cut; delivery on Thursday.",
                "Thanks Klaus, please send the delivery note with the truck.", "Will do, the driver has it.");
        MailMessage r = mail("rw9@x.example").from("Klaus Moser", P).to("Ruth Berg", ME).subject("RE: Spruce beams Innsbruck")
                .date("2026-04-05T10:00:00+02:00").text("Hello,\nplease see the attached file. Password: 2291\nRegards")
                .replyTo(thread.get(thread.size() - 1))
                .attachment("Lieferschein_2291.zip", "application/zip", true, "Lieferschein_2291.pdf.exe").build();
        Finding f = TestMail.judgedAfter(thread, r, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("RISKY_ATTACHMENT")).findFirst().orElseThrow();

        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).startsWith("The attachment Lieferschein_2291.zip does not fit this conversation: ")
                .contains("an encrypted archive that virus scanners cannot open; the password (2291) is in the text");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(Locale.forLanguageTag("es"));
        assertThat(de).startsWith("Der Anhang Lieferschein_2291.zip passt nicht zu dieser Unterhaltung: ")
                .contains("das Passwort (2291) steht im Text").doesNotContain("attachment");
        assertThat(es).startsWith("El adjunto Lieferschein_2291.zip no encaja en esta conversación: ")
                .contains("la contraseña (2291) está en el texto").doesNotContain("attachment");
        // the size is data: no grouping in any language, as in the English
        assertThat(f.suspicious()).startsWith("Lieferschein_2291.zip [zip, 12345 bytes] — ");
        assertThat(f.suspiciousText().render(Locale.GERMAN)).startsWith("Lieferschein_2291.zip [zip, 12345 Bytes] — ");
        assertThat(f.rows().get(0).fieldText().render(Locale.forLanguageTag("es"))).isEqualTo("Adjunto");
    }
}
