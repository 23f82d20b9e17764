package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A mailbox whose replies never carry In-Reply-To or References (an old Exchange server, an archive
 * export): the missing headers are the norm there, not a sign of a fabricated reply.
 */
class HeaderlessMailboxTest {
    private static final String ME = "kay.marsh@energy.example";
    private static final String BEN = "ben.jacobs@energy.example";

    private static List<MailMessage> thread() {
        String[] texts = {
            "Kay, attached is the latest draft of the turbine contract for the two units. Please look at section 12.",
            "Ben, section 12 is fine, but the delivery date for unit 2 should be June 15. I marked it up.",
            "Agreed on June 15. I will send the clean version to the manufacturer tomorrow.",
            "Thanks. Please copy Sheila on the clean version."};
        List<MailMessage> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean ben = i % 2 == 0;
            String quote = i == 0 ? "" : "\n\n -----Original Message-----\nFrom: \t" + (ben ? "Marsh, Kay" : "Jacobs, Ben")
                    + "\nSent:\tMonday, October 2, 2000 9:00 AM\nTo:\t" + (ben ? "Jacobs, Ben" : "Marsh, Kay")
                    + "\nSubject:\tTurbine contract\n\n" + texts[i - 1];
            out.add(mail("t" + i + "@energy.example").from(ben ? "Ben Jacobs" : "Kay Marsh", ben ? BEN : ME)
                    .to(ben ? "Kay Marsh" : "Ben Jacobs", ben ? ME : BEN).folder(ben ? "INBOX" : "Sent")
                    .subject((i == 0 ? "" : "RE: ") + "Turbine contract").date("2000-10-0" + (2 + i) + "T09:00:00-07:00")
                    .text(texts[i] + quote).build());
        }
        return out;
    }

    private static Finding fakeReply(List<MailMessage> mailbox, MailMessage reply) {
        List<MailMessage> all = new ArrayList<>(mailbox);
        all.add(reply);
        return Analyzer.standard(Set.of(ME)).analyze(all).stream().filter(r -> r.message().key().equals(reply.key()))
                .findFirst().orElseThrow().verdict().findings().stream().filter(f -> f.code().equals("FAKE_REPLY"))
                .findFirst().orElse(null);
    }

    @Test
    void aReplyWithoutHeadersWhereNoReplyHasThemIsNotAFakeReply() {
        MailMessage reply = mail("t9@energy.example").from("Ben Jacobs", BEN).to("Kay Marsh", ME)
                .subject("RE: Turbine contract").date("2000-10-09T09:00:00-07:00")
                .text("Kay, Sheila has the clean version now; the manufacturer signs on Friday.\n\n -----Original Message-----\n"
                        + "From: \tMarsh, Kay\nSent:\tThursday, October 5, 2000 9:00 AM\nTo:\tJacobs, Ben\n"
                        + "Subject:\tRE: Turbine contract\n\nThanks. Please copy Sheila on the clean version.")
                .build();
        Finding f = fakeReply(thread(), reply);
        assertThat(f == null ? 0 : f.strength()).isLessThan(0.1);
    }

    @Test
    void inAMailboxWhereRepliesHaveHeadersTheirAbsenceStillCounts() {
        List<MailMessage> withHeaders = new ArrayList<>();
        MailMessage prev = null;
        for (MailMessage m : thread()) {
            TestMail t = mail(m.messageId().replace("<", "").replace(">", "") + ".h").from(m.from().displayName(),
                    m.from().email()).to(m.to().get(0).displayName(), m.to().get(0).email()).folder(m.folder())
                    .subject(m.subject()).date(m.date().toString()).text(m.bodyText());
            if (prev != null) {
                t.replyTo(prev);
            }
            prev = t.build();
            withHeaders.add(prev);
        }
        MailMessage reply = mail("t9@energy.example").from("Ben Jacobs", BEN).to("Kay Marsh", ME)
                .subject("RE: Turbine contract").date("2000-10-09T09:00:00-07:00")
                .text("Kay, Sheila has the clean version now; the manufacturer signs on Friday.").build();
        assertThat(fakeReply(withHeaders, reply)).isNotNull().satisfies(f -> assertThat(f.strength()).isGreaterThanOrEqualTo(0.2));
    }
}
