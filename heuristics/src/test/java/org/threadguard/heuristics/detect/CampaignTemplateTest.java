package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A campaign answers every thread it finds with the same words: the same reply, from another organisation, into
 * another conversation of the mailbox a few days earlier is a template, not a reply written for this thread.
 */
class CampaignTemplateTest {
    private static final String ME = "anna@plumbing.example";
    private static final String TEMPLATE = "Hello, as discussed please review the updated statement and confirm the "
            + "details before the end of the week. Kind regards";

    private static List<MailMessage> two(String secondSender, String secondText) {
        List<MailMessage> a = TestMail.conversation("caf", "Leo Marsh", "leo@cafe-north.example", "Anna Reed", ME,
                "Coffee machine lease", "2025-03-03T09:00:00+10:00", (i, m) -> { },
                "Hi Anna, the lease papers for the new machine are signed, copy attached next week.",
                "Thanks Leo, I'll put the lease into the asset register.", "Great, talk soon.");
        List<MailMessage> b = TestMail.conversation("phy", "Dr Mia Tan", "mia@physio-south.example", "Anna Reed", ME,
                "BAS March quarter", "2025-03-04T09:00:00+10:00", (i, m) -> { },
                "Hi Anna, the March quarter figures are in Xero now, the GST on the new table is included.",
                "Thanks Mia, I will prepare the BAS this week.", "Perfect, thank you.");
        List<MailMessage> all = new ArrayList<>(a);
        all.addAll(b);
        String href1 = "https://statement-view.north-docs.example/s/1";
        all.add(mail("caf-x@cafe-north.example").from("Leo Marsh", "leo@cafe-north.example").to("Anna Reed", ME)
                .subject("Re: Coffee machine lease").date("2025-03-20T10:00:00+10:00").text(TEMPLATE + "\n" + href1)
                .link(href1, href1).replyTo(a.get(a.size() - 1)).build());
        String href2 = "https://statement-view.north-docs.example/s/2";
        MailMessage r = mail("phy-x@x.example").from(secondSender.equals("mia") ? "Dr Mia Tan" : "Leo Marsh",
                        secondSender.equals("mia") ? "mia@physio-south.example" : "leo@cafe-north.example")
                .to("Anna Reed", ME).subject("Re: BAS March quarter").date("2025-03-22T10:00:00+10:00")
                .text(secondText + "\n" + href2).link(href2, href2).replyTo(b.get(b.size() - 1)).build();
        all.add(r);
        return all;
    }

    private static double lure(List<MailMessage> all) {
        MailMessage r = all.get(all.size() - 1);
        return TestMail.judgedAfter(all.subList(0, all.size() - 1), r, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("LURE_TEXT")).mapToDouble(Finding::strength).max().orElse(0);
    }

    @Test
    void theSameRepliesFromTwoOrganisationsIntoTwoConversationsAreATemplate() {
        assertThat(lure(two("mia", TEMPLATE))).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void oneSenderRepeatingHerselfOrAShortThanksIsNot() {
        assertThat(lure(two("leo", TEMPLATE))).as("the same person in two of her threads").isLessThan(0.5);
        assertThat(lure(two("mia", "Thanks, received, will check."))).isLessThan(0.5);
        assertThat(lure(two("mia", "Hi Anna, the amended BAS figures for March are attached, the GST on the physio "
                + "table is now split as you suggested."))).as("a reply written for its thread").isLessThan(0.5);
    }
}
