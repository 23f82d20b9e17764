package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.links.NovelLinkDomainDetector;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Signals found missing on three probe mailboxes written by engineers who did not read the detectors
 * (docs/probe/make-probe-corpus-33.py to -35.py: a Piraeus ship agency, an Aberdeen research lab, a Monterrey
 * auto-parts plant), each with the genuine case it must leave alone.
 */
class ProbeThirtyThreeToThirtyFiveTest {
    private static final String ME = "morag.findlay@abdn.example";

    @Test
    void aFileServicesNameInAHyphenatedDomainImitatesIt() {
        assertThat(NovelLinkDomainDetector.namedAfterService("box-securelink.example")).isEqualTo("box");
        assertThat(NovelLinkDomainDetector.namedAfterService("sharefile-docs.example")).isEqualTo("sharefile");
        assertThat(NovelLinkDomainDetector.namedAfterService("box.com")).isNull();
        assertThat(NovelLinkDomainDetector.namedAfterService("boxhill-surveys.example")).isNull();
    }

    @Test
    void theOrganisationsOwnLoginAskedForIsASignInRequest() {
        assertThat(Lexicon.asksToSignIn("Box now asks for your institutional login before the files open")).isTrue();
        assertThat(Lexicon.asksToSignIn("Please confirm with your university credentials")).isTrue();
        assertThat(Lexicon.asksToSignIn("The files are in the shared folder, same as last time")).isFalse();
    }

    @Test
    void aLinkToALookAlikeFileServiceWithALoginAskIsNotExcusedForItsTopicalWords() {
        List<MailMessage> t = TestMail.conversation("ctd", "Jon Leclerc", "jon.leclerc@dal.example", "Morag Findlay", ME,
                "Scotian Shelf CTD and nutrient data", "2024-10-01T09:00:00-03:00", (i, m) -> { },
                "Hi Morag, the 2023 CTD casts and nutrient data are on Box: https://app.box.com/s/abc123",
                "Thanks Jon, the nutrient calibration looks fine; could you add the reprocessed 2024 casts?",
                "Will do once the reprocessing is finished.", "Perfect, thank you.");
        String href = "https://dal.box-securelink.example/s/9x2lk4vq0m3ppr7tq1";
        MailMessage r = mail("ctd-r@dal.example").from("Jon Leclerc", "jon.leclerc@dal.example").to("Morag Findlay", ME)
                .subject("Re: Scotian Shelf CTD and nutrient data").date("2025-03-19T19:27:00+01:00")
                .text("Hi Morag,\n\nI've added the reprocessed 2024 CTD casts and the updated nutrient calibration to the "
                        + "shared folder. Box now asks for your institutional login before the files open:\n\n" + href
                        + "\n\nCheers,\nJon")
                .link(href, href).replyTo(t.get(t.size() - 1)).build();
        double s = TestMail.judgedAfter(t, r, ME).verdict().findings().stream()
                .filter(f -> f.code().equals("NOVEL_LINK_DOMAIN")).mapToDouble(Finding::strength).max().orElse(0);
        assertThat(s).isGreaterThanOrEqualTo(0.4);
    }
}
