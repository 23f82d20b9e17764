package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.threadguard.heuristics.model.MailMessage;

/** Helpers of the wording tests: a small thread, the finding a detector gives on a reply, its translations. */
final class DeliveryThreadWording {
    static final String ME = "laura.weber@brightline.example";
    static final String ANNA = "anna.schmidt@nordhafen.example";
    static final Locale SPANISH = Locale.forLanguageTag("es");

    private DeliveryThreadWording() {
    }

    /** Four messages between Anna and the user about a delivery, one day apart from 2 March 2026. */
    static List<MailMessage> thread() {
        return TestMail.conversation("w", "Anna Schmidt", ANNA, "Laura Weber", ME, "Container delivery",
                "2026-03-02T09:15:00+01:00", (i, t) -> { },
                "Hello Laura, here is the list of containers for the delivery to Hamburg. Customs papers follow.",
                "Thanks Anna, I will wait for the customs papers before we book the truck.",
                "Laura, the customs papers are ready; the carrier collects them on Thursday morning.",
                "Perfect, then we plan the unloading for Friday morning at the harbour warehouse.");
    }

    /** A reply to the last message of {@code thread}, to be completed by the caller. */
    static TestMail reply(List<MailMessage> thread, String id) {
        return TestMail.mail(id).from("Anna Schmidt", ANNA).to("Laura Weber", ME).subject("RE: Container delivery")
                .date("2026-03-06T11:00:00+01:00").replyTo(thread.get(thread.size() - 1))
                .text("Laura, the truck arrives on Friday at 7. I will send the driver's phone number tomorrow.");
    }

    /** The finding with {@code code} on {@code reply}, judged after {@code earlier} in the user's mailbox. */
    static Finding finding(List<MailMessage> earlier, MailMessage reply, String code) {
        return TestMail.judgedAfter(earlier, reply, ME).verdict().findings().stream()
                .filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not found on " + reply.messageId()));
    }

    /**
     * Asserts that the text is a sentence from the bundles, rendered in German and Spanish as a translation (not
     * the English) that still shows the data.
     */
    static void assertTranslated(Text text, String german, String spanish, String... data) {
        assertThat(text.key()).isNotNull();
        String de = text.render(Locale.GERMAN);
        String es = text.render(SPANISH);
        assertThat(de).isNotEqualTo(text.english()).startsWith(german).contains(data);
        assertThat(es).isNotEqualTo(text.english()).startsWith(spanish).contains(data);
    }
}
