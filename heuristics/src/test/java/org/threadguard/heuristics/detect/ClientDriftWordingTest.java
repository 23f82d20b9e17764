package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** CLIENT_DRIFT speaks the user's language: the sentence and the field names are translated, the values are data. */
class ClientDriftWordingTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aChangedClientIsExplainedInGermanAndSpanish() {
        List<MailMessage> thread = TestMail.conversation("cd", "Anna Schmidt", ANNA, "Laura Weber", ME,
                "Lieferung Hamburg", "2026-03-02T09:15:00+01:00",
                (i, t) -> t.header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Thunderbird/115.8.0"),
                "Die Liste der Container kommt morgen.", "Danke, ich warte darauf.",
                "Hier ist die Liste der Container.", "Danke, die Liste ist vollständig.",
                "Die Zollpapiere sind fertig.", "Perfekt, danke.", "Der Spediteur kommt am Donnerstag.");
        MailMessage reply = mail("ABCD1234EFGH5678@relay.other.example").from("Anna Schmidt", ANNA)
                .to("Laura Weber", ME).subject("RE: Lieferung Hamburg").date("2026-03-10T03:20:00-05:00")
                .header("X-Mailer", "Microsoft Outlook 16.0").text("Bitte öffnen Sie das Dokument.")
                .replyTo(thread.get(thread.size() - 1)).build();
        Finding f = TestMail.judgedAfter(thread, reply, ME).verdict().findings().stream()
                .filter(x -> x.code().equals("CLIENT_DRIFT")).findFirst().orElseThrow();

        assertThat(f.explanationText().key()).isNotNull();
        assertThat(f.explanation()).startsWith(
                "This reply was written or sent differently from the sender's 4 earlier messages: mail client and ");
        String de = f.explanationText().render(Locale.GERMAN);
        String es = f.explanationText().render(SPANISH);
        assertThat(de).startsWith("Diese Antwort wurde anders geschrieben oder versendet als die 4 früheren")
                .contains("Mail-Programm").doesNotContain("earlier");
        assertThat(es).startsWith("Esta respuesta se escribió o se envió de forma distinta a los 4 mensajes")
                .contains("cliente de correo").doesNotContain("earlier");
        EvidenceRow client = f.rows().get(0);
        assertThat(client.field()).isEqualTo("Mail client");
        assertThat(client.earlier()).isEqualTo("Thunderbird (4 of 4 earlier messages)");
        assertThat(client.fieldText().render(Locale.GERMAN)).isEqualTo("Mail-Programm");
        assertThat(client.earlierText().render(Locale.GERMAN)).isEqualTo("Thunderbird (4 von 4 früheren Nachrichten)");
        assertThat(client.suspiciousText().render(SPANISH)).isEqualTo("Outlook");
    }
}
