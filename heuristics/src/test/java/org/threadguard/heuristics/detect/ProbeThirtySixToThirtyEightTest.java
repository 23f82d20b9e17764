package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.links.NovelLinkDomainDetector;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Signals found missing, and false positives found, on three probe mailboxes written by engineers who did not
 * read the detectors (docs/probe/make-probe-corpus-36.py to -38.py: a Lyon notary's clerk, a Brisbane
 * accounting firm, a Dubai contractor's procurement engineer).
 */
class ProbeThirtySixToThirtyEightTest {
    private static final String CONSENT = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?"
            + "client_id=31775f04-fda7-4b41-a1fc-7724ff0b68bd&response_type=code&redirect_uri=https%3A%2F%2F"
            + "rcc-dossiers-sync.example%2Fauth%2Fcallback&scope=offline_access%20openid%20Mail.ReadWrite%20"
            + "Files.ReadWrite.All&prompt=consent";

    @Test
    void anOauthConsentForMailOrFilesIsJudgedByWhereTheGrantGoes() {
        assertThat(NovelLinkDomainDetector.consentRedirectHost(CONSENT)).isEqualTo("rcc-dossiers-sync.example");
        // signing in to an app that only wants to know who you are is no access to your mailbox
        assertThat(NovelLinkDomainDetector.consentRedirectHost("https://login.microsoftonline.com/common/oauth2/"
                + "v2.0/authorize?client_id=1&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=openid%20profile"))
                .isNull();
        assertThat(NovelLinkDomainDetector.consentRedirectHost("https://partner.example/docs?id=4")).isNull();
        // a code host's grant over repositories and the organisation (probe 43: a fake "security alert")
        assertThat(NovelLinkDomainDetector.consentRedirectHost("https://github.com/login/oauth/authorize?client_id=Ov23"
                + "&redirect_uri=https%3A%2F%2Fgh-securitylab.example%2Foauth%2Fcallback&scope=repo%2Cworkflow%2C"
                + "admin%3Aorg")).isEqualTo("gh-securitylab.example");
        assertThat(NovelLinkDomainDetector.consentRedirectHost("https://github.com/login/oauth/authorize?client_id=Ov23"
                + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=read%3Auser")).isNull();
    }

    @Test
    void aConsentLinkInAnOnTopicReplyIsStrong() {
        String me = "lea.fontaine@notaires.example";
        List<MailMessage> t = TestMail.conversation("pret", "Julien Marchand", "j.marchand@rcc-courtage.example",
                "Léa Fontaine", me, "Dossier de prêt Okafor", "2025-01-10T09:00:00+01:00", (i, m) -> { },
                "Bonjour, l'offre de prêt pour le dossier Okafor est en cours d'édition.",
                "Merci, j'attends l'offre et le tableau d'amortissement.", "Je vous les envoie dès réception.");
        MailMessage r = mail("pret-r@rcc-courtage.example").from("Julien Marchand", "j.marchand@rcc-courtage.example")
                .to("Léa Fontaine", me).subject("RE: Dossier de prêt Okafor").date("2025-02-03T10:12:00+01:00")
                .text("Bonjour, pour l'offre de prêt et le tableau d'amortissement du dossier Okafor, acceptez l'accès "
                        + "de l'application « RCC Dossiers » :\n" + CONSENT)
                .link(CONSENT, CONSENT).replyTo(t.get(t.size() - 1)).build();
        double s = TestMail.judgedAfter(t, r, me).verdict().findings().stream()
                .filter(f -> f.code().equals("NOVEL_LINK_DOMAIN")).mapToDouble(Finding::strength).max().orElse(0);
        assertThat(s).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aChangeWordOnlyCountsNextToThePaymentDetails() {
        assertThat(Lexicon.announcesBankChange("Our bank details:\nBank: Cairo Commerce Bank, New Cairo Branch\n"
                + "IBAN: EG680019000500000021304456128")).isFalse();
        assertThat(Lexicon.announcesBankChange("Our bank details are on the PI: IBAN AE460471010048823170001.\n\n"
                + "Also, please welcome Rinsha, our new Sales Coordinator.")).isFalse();
        assertThat(Lexicon.announcesBankChange("Please note our bank details have changed.")).isTrue();
        assertThat(Lexicon.announcesBankChange("Our new details are:\n\nIBAN: AE460471010048823170001")).isTrue();
        assertThat(Lexicon.announcesBankChange("Kindly use our New Account Details below. IBAN AE46047101004882317"))
                .isTrue();
        assertThat(Lexicon.announcesBankChange("Our bank details remain the same: IBAN AE460471010048823170001"))
                .isFalse();
        // the change in one sentence, the account in the next of the same paragraph
        assertThat(Lexicon.announcesBankChange("wij zijn deze maand overgestapt naar een nieuwe bank. Wil je factuur "
                + "2025-118 voortaan overmaken naar onderstaande rekening?")).isTrue();
        assertThat(Lexicon.announcesBankChange("Happy New Year! Our company is under audit and our Busan Bank account "
                + "is temporary restricted, please pay to our overseas account as per the corrected invoice.")).isTrue();
    }
}
