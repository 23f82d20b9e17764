package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** A message attached to a reply is a container: what it carries counts like an archive's entries. */
class AttachedMessageTest {
    private static final String ME = "ines.voss@halde-bau.example";
    private static final String P = "t.kranz@kranz-elektro.example";

    private static AnalysisResult judge(String... entries) {
        List<MailMessage> thread = TestMail.conversation("am", "Tobias Kranz", P, "Ines Voss", ME, "Verteiler Baustelle Nord",
                "2026-02-02T08:00:00+01:00", (i, t) -> { },
                "Ines, die Verteilerkästen für die Baustelle Nord kommen am Mittwoch.",
                "Danke Tobias, wir sind ab 7 Uhr vor Ort.", "Gut, der Fahrer ruft vorher an.");
        MailMessage r = mail("am9@x.example").from("Tobias Kranz", P).to("Ines Voss", ME).subject("RE: Verteiler Baustelle Nord")
                .date("2026-02-06T08:00:00+01:00").text("Hallo,\nbitte die weitergeleitete Nachricht beachten.\nGruß")
                .replyTo(thread.get(thread.size() - 1)).attachment("", "message/rfc822", false, entries).build();
        return TestMail.judgedAfter(thread, r, ME);
    }

    @Test
    void anAttachedMessageCarryingAProgramIsRisky() {
        AnalysisResult r = judge("Rechnung_2291.zip", "Rechnung_2291.zip/Rechnung_2291.pdf.exe");
        Finding f = r.verdict().findings().stream().filter(x -> x.code().equals("RISKY_ATTACHMENT")).findFirst().orElseThrow();
        assertThat(f.explanation()).contains("attached message carrying programs");
        assertThat(r.verdict().level()).isNotEqualTo(Level.CONSISTENT);
    }

    @Test
    void anAttachedMessageWithNothingInsideIsIgnoredAsBefore() {
        AnalysisResult r = judge();
        assertThat(r.verdict().findings()).noneMatch(x -> x.code().equals("RISKY_ATTACHMENT"));
    }
}
