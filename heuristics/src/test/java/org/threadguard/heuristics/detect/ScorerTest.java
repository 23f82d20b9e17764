package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corroboration rules of the scorer (ADR 0003), on findings of known strength. */
class ScorerTest {
    private final MessageFacts facts = new MessageFacts(mail("s1@lead-partners.example")
            .from("Daniel Brooks", "d.brooks@lead-partners.example").to("Laura Weber", "laura@acme.example")
            .subject("RE: Pending invoice approval").date("2025-03-11T08:12:00Z").text("Please review it here.").build());

    private static Finding f(String code, double strength) {
        return Finding.of(code, strength, code + " explanation.", "", "", "", List.of());
    }

    private Verdict score(Finding... findings) {
        return new Scorer().score(facts, List.of(findings));
    }

    @Test
    void oneMediumFindingAloneStaysConsistent() {
        Verdict v = score(f("FAKE_REPLY", 0.5));
        assertThat(v.level()).isEqualTo(Level.CONSISTENT);
        assertThat(v.score()).isEqualTo(Scorer.SUSPICIOUS - 1);
    }

    @Test
    void aLureAndANewLinkTogetherCorroborateAnIdentityFinding() {
        // a stranger's fabricated thread asking the reader to "review it here" on a site nobody used
        Verdict v = score(f("FAKE_REPLY", 0.5), f("LURE_TEXT", 0.17), f("NOVEL_LINK_DOMAIN", 0.15));
        assertThat(v.level()).isEqualTo(Level.SUSPICIOUS);
        assertThat(v.score()).isEqualTo(65);
        assertThat(v.summary()).startsWith("This reply claims to come from Daniel Brooks");
    }

    @Test
    void aLureAndANewLinkTogetherCorroborateAChangedClient() {
        // a taken-over account: another client and network, a generic ask and a link to a new site
        assertThat(score(f("CLIENT_DRIFT", 0.27), f("LURE_TEXT", 0.19), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.SUSPICIOUS);
        // a client change too small to say much does not
        assertThat(score(f("CLIENT_DRIFT", 0.15), f("LURE_TEXT", 0.19), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.CONSISTENT);
    }

    @Test
    void aLureAndANewLinkTogetherCorroborateALanguageNeitherThreadNorSenderUses() {
        // SquirrelWaffle's template: English (or French) inside a thread that was always in another language
        assertThat(score(f("LANGUAGE_SWITCH", 0.45), f("LURE_TEXT", 0.19), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.SUSPICIOUS);
        // a weak language doubt does not
        assertThat(score(f("LANGUAGE_SWITCH", 0.3), f("LURE_TEXT", 0.19), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.CONSISTENT);
        // nor a language switch with a single weak ask (a colleague answering in English with a link)
        assertThat(score(f("LANGUAGE_SWITCH", 0.45), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.CONSISTENT);
    }

    @Test
    void weakIntentDoesNotCorroborateContextOddities() {
        // a late answer and a changed style are not signs of another sender: the weak intent stays weak
        assertThat(score(f("DORMANT_THREAD", 0.35), f("LURE_TEXT", 0.17), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.CONSISTENT);
        assertThat(score(f("STYLE_DRIFT", 0.3), f("LURE_TEXT", 0.17), f("NOVEL_LINK_DOMAIN", 0.15)).level())
                .isEqualTo(Level.CONSISTENT);
        // nor does a single weak intent finding, or two that are too weak together
        assertThat(score(f("FAKE_REPLY", 0.5), f("LURE_TEXT", 0.17)).level()).isEqualTo(Level.CONSISTENT);
        assertThat(score(f("FAKE_REPLY", 0.5), f("LURE_TEXT", 0.1), f("NOVEL_LINK_DOMAIN", 0.1)).level())
                .isEqualTo(Level.CONSISTENT);
    }

    @Test
    void aConsistentVerdictDoesNotClaimAHistoryItDidNotSee() {
        assertThat(score(f("NEW_SENDER", 0.08)).summary())
                .isEqualTo("Nothing in this reply from Daniel Brooks (d.brooks@lead-partners.example) is a strong sign of"
                        + " a hijacked conversation; the differences noticed are minor on their own.");
        assertThat(score().summary()).contains("fits its thread");
    }

    @Test
    void aDormantThreadWokenByARiskyLinkOrFileIsCorroborated() {
        assertThat(score(f("NOVEL_LINK_DOMAIN", 0.36), f("DORMANT_THREAD", 0.18)).flagged()).isTrue();
        assertThat(score(f("RISKY_ATTACHMENT", 0.4), f("DORMANT_THREAD", 0.18)).flagged()).isTrue();
        // a weak ask, or bank details (verified changes are invoiced weeks later), stays unflagged
        assertThat(score(f("NOVEL_LINK_DOMAIN", 0.2), f("DORMANT_THREAD", 0.18)).flagged()).isFalse();
        assertThat(score(f("LURE_TEXT", 0.45), f("DORMANT_THREAD", 0.18)).flagged()).isFalse();
        // on a mailing list anyone revives any thread
        MessageFacts list = new MessageFacts(mail("s2@lead-partners.example")
                .from("Daniel Brooks", "d.brooks@lead-partners.example").to("users", "users@lists.example")
                .header("List-Id", "<users.lists.example>").subject("Re: build fails")
                .date("2025-03-11T08:12:00Z").text("See here.").build());
        assertThat(new Scorer().score(list, List.of(f("NOVEL_LINK_DOMAIN", 0.36), f("DORMANT_THREAD", 0.18)))
                .flagged()).isFalse();
    }
}
