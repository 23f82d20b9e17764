package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * CEO fraud carries no link and no file: a spoofed name checks that the reader is at hand and asks a
 * favour. The same words from the real colleague, in the conversation they belong to, are ordinary.
 */
class FraudPretextTest {
    private static final String ME = "nora.kim@brightwell-foods.example";
    private static final String BOSS = "g.alvarez@brightwell-foods.example";

    private static AnalysisResult judge(String name, String email, String text) {
        List<MailMessage> thread = TestMail.conversation("f", "Gabriel Alvarez", BOSS, "Nora Kim", ME, "Supplier payment run",
                "2026-06-01T09:15:00+02:00", (i, t) -> t.header("X-Mailer", "Microsoft Outlook 16.0"),
                "Nora, please prepare the supplier payment run for Thursday; the dairy invoices are approved.",
                "Will do, Gabriel. The run has 14 invoices, total 48,200 EUR; I will send the list tomorrow.",
                "Thanks. Add the packaging supplier too, their credit note arrived this morning.",
                "Added. The list with 15 invoices is in the shared folder.");
        MailMessage r = mail("f9@x.example").from(name, email).to("Nora Kim", ME).subject("RE: Supplier payment run")
                .date("2026-06-06T09:40:00+02:00").header("X-Mailer", "Microsoft Outlook 16.0").text(text)
                .replyTo(thread.get(thread.size() - 1)).build();
        return TestMail.judgedAfter(thread, r, ME);
    }

    @Test
    void aSpoofedNameAskingAFavourInPrivateIsFlaggedInEveryLanguage() {
        for (String text : new String[] {
            "Nora, are you at your desk? I need a quick favour, keep it between us for now. Gabriel",
            "Nora, ¿estás disponible? Necesito un favor, es confidencial. Gabriel",
            "Nora, bist du am Platz? Ich brauche einen Gefallen, bitte vertraulich. Gabriel",
            "Nora, es-tu disponible ? J'ai besoin d'un petit service, c'est confidentiel. Gabriel"}) {
            AnalysisResult r = judge("Gabriel Alvarez", "gabriel.alvarez.ceo@fastmail-box.example", text);
            assertThat(r.verdict().findings()).as(text).anyMatch(f -> f.code().equals("LURE_TEXT") && f.strength() >= 0.2);
            assertThat(r.verdict().level()).as(text).isNotEqualTo(Level.CONSISTENT);
        }
    }

    @Test
    void theRealColleagueAskingAFavourIsConsistent() {
        AnalysisResult r = judge("Gabriel Alvarez", BOSS,
                "Nora, are you at your desk? Quick favour: could you print the list of the 15 invoices for my 10:00 call?");
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }
}
