package org.threadguard.heuristics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.detect.TestMail.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/**
 * End-to-end behaviour of the engine on small, realistic threads: each attack shape is flagged with
 * the finding that explains it, and the genuine hard cases stay consistent.
 */
class AnalyzerScenarioTest {
    private static final String ME = "laura.weber@brightline.example";
    private static final String ANNA = "anna.schmidt@nordhafen.example";

    /** A six-message German thread between Anna (Thunderbird, +01:00) and the user. */
    private static List<MailMessage> germanThread() {
        List<MailMessage> out = new ArrayList<>();
        String[] anna = {
            "Hallo Laura,\n\nwie besprochen schicke ich dir die Liste der Container für die Lieferung nach Hamburg. "
                    + "Die Zollpapiere kommen morgen.\n\nViele Grüße\nAnna",
            "Hallo Laura,\n\ndie Zollpapiere für die Container sind jetzt fertig, der Spediteur holt sie am Donnerstag "
                    + "ab. Bitte gib mir Bescheid, ob die Lieferadresse in Hamburg stimmt.\n\nViele Grüße\nAnna",
            "Hallo Laura,\n\ndanke für die Bestätigung der Lieferadresse. Der Spediteur hat den Termin am Donnerstag "
                    + "bestätigt, die Container werden um 8 Uhr geladen.\n\nViele Grüße\nAnna"};
        String[] laura = {
            "Hallo Anna,\n\nvielen Dank für die Liste. Ich warte dann auf die Zollpapiere.\n\nGruß\nLaura",
            "Hallo Anna,\n\ndie Lieferadresse in Hamburg stimmt, Lager 4 am Hafen. Danke dir!\n\nGruß\nLaura",
            "Hallo Anna,\n\nperfekt, dann planen wir die Entladung für Freitag früh.\n\nGruß\nLaura"};
        MailMessage prev = null;
        for (int i = 0; i < 3; i++) {
            TestMail a = mail("a" + i + "@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                    .subject(i == 0 ? "Lieferung Hamburg" : "AW: Lieferung Hamburg")
                    .date("2026-03-0" + (2 + 2 * i) + "T09:15:00+01:00").text(anna[i])
                    .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.8.0")
                    .header("Received", "from mail.nordhafen.example by mx.brightline.example; Mon, 2 Mar 2026")
                    .header("Received", "from [10.0.0.4] by mail.nordhafen.example; Mon, 2 Mar 2026");
            if (prev != null) {
                a.replyTo(prev);
            }
            MailMessage am = a.build();
            out.add(am);
            MailMessage lm = mail("l" + i + "@brightline.example").from("Laura Weber", ME).to("Anna Schmidt", ANNA)
                    .folder("Sent").subject("AW: Lieferung Hamburg").date("2026-03-0" + (3 + 2 * i) + "T10:00:00+01:00")
                    .text(laura[i] + "\n\nAm 02.03.2026 um 09:15 schrieb Anna Schmidt:\n> " + anna[i].replace("\n", "\n> "))
                    .replyTo(am).build();
            out.add(lm);
            prev = lm;
        }
        return out;
    }

    private static AnalysisResult judge(List<MailMessage> mailbox, MailMessage reply) {
        List<MailMessage> all = new ArrayList<>(mailbox);
        all.add(reply);
        return Analyzer.standard(Set.of(ME)).analyze(all).stream()
                .filter(r -> r.message().key().equals(reply.key())).findFirst().orElseThrow();
    }

    private static List<String> codes(AnalysisResult r) {
        return r.verdict().findings().stream().filter(f -> f.strength() >= 0.1).map(Finding::code).toList();
    }

    private static MailMessage last(List<MailMessage> thread) {
        return thread.get(thread.size() - 1);
    }

    @Test
    void genuineReplyInTheThreadStaysConsistent() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("a9@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.9.0")
                .header("Received", "from mail.nordhafen.example by mx.brightline.example; Mon, 9 Mar 2026")
                .header("Received", "from [10.0.0.4] by mail.nordhafen.example; Mon, 9 Mar 2026")
                .text("Hallo Laura,\n\nsuper, Freitag früh passt für die Entladung. Ich sage dem Spediteur "
                        + "Bescheid.\n\nViele Grüße\nAnna")
                .replyTo(last(thread)).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(r.reply()).isTrue();
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }

    @Test
    void emotetStyleDisplayNameSpoofWithEncryptedZipIsLikelyHijack() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("x1@webmail.random-host.example").from("Anna Schmidt", "k.lopez@random-host.example")
                .to("Laura Weber", ME).subject("AW: Lieferung Hamburg").date("2026-03-09T14:02:00+00:00")
                .text("Please see the attached document.\nPassword: 4471\n\nAm 05.03.2026 schrieb Laura:\n> "
                        + "Hallo Anna, perfekt, dann planen wir die Entladung für Freitag früh.")
                .attachment("Rechnung_0311.zip", "application/zip", true, "Rechnung_0311.doc.js")
                .replyTo(last(thread)).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(codes(r)).contains("DISPLAY_NAME_SPOOF", "RISKY_ATTACHMENT", "LURE_TEXT");
        assertThat(r.verdict().level()).isEqualTo(Level.LIKELY_HIJACK);
        assertThat(r.verdict().summary()).startsWith("This reply claims to come from Anna Schmidt");
    }

    @Test
    void serverHijackInEnglishWithNovelZipLinkIsFlagged() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("a10@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.8.0")
                .header("Received", "from mail.nordhafen.example by mx.brightline.example; Mon, 9 Mar 2026")
                .header("Received", "from [10.0.0.4] by mail.nordhafen.example; Mon, 9 Mar 2026")
                .text("Hello,\n\nplease review the document and confirm today: "
                        + "https://files.storage-hub.test/dl/doc_2291.zip\n\nThank you")
                .link("https://files.storage-hub.test/dl/doc_2291.zip", "files.storage-hub.test")
                .replyTo(last(thread)).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(codes(r)).contains("NOVEL_LINK_DOMAIN", "LANGUAGE_SWITCH", "LURE_TEXT");
        assertThat(r.verdict().flagged()).isTrue();
        assertThat(codes(r)).doesNotContain("CLIENT_DRIFT", "DISPLAY_NAME_SPOOF");
    }

    @Test
    void lookalikeDomainWithNewCcAndBankDetailsIsFlagged() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("p1@nordhafen-spedtion.example").from("Anna Schmidt", "anna.schmidt@nordhafen-spedtion.example")
                .to("Laura Weber", ME).cc("Buchhaltung", "finance@nordhafen-spedtion.example")
                .replyTo("finance@nordhafen-spedtion.example")
                .subject("AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .text("Hallo Laura,\n\nbitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Die offene "
                        + "Rechnung für die Container bitte auf das neue Konto überweisen, IBAN DE89 3704 0044 0532 "
                        + "0130 00.\n\nViele Grüße\nAnna")
                .replyTo(last(thread)).build();
        List<MailMessage> box = new ArrayList<>(thread);
        AnalysisResult r = judge(box, reply);
        assertThat(codes(r)).contains("LOOKALIKE_DOMAIN");
        assertThat(r.verdict().flagged()).isTrue();
    }

    @Test
    void fakeThreadFromStrangerWithInventedQuoteIsFlagged() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("f1@mailer.unknown.example").from("Accounts Payable", "ap@unknown.example")
                .to("Laura Weber", ME).subject("RE: Outstanding invoice").date("2026-03-09T03:20:00-04:00")
                .text("Hi,\n\nkindly review the outstanding invoice and confirm payment today.\n\n"
                        + "From: Laura Weber\nSent: Monday, March 2, 2026 10:00 AM\nTo: Accounts Payable\n"
                        + "Subject: Outstanding invoice\n\nPlease send me the overdue invoice for the January "
                        + "consignment so that I can release the payment this week.")
                .build();
        AnalysisResult r = judge(thread, reply);
        assertThat(codes(r)).contains("FAKE_REPLY");
        assertThat(r.verdict().flagged()).isTrue();
    }

    @Test
    void outOfOfficeReplyStaysConsistent() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("ooo@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("Automatische Antwort: AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .header("Auto-Submitted", "auto-replied")
                .text("Ich bin bis zum 20.03. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
                        + "dispo@nordhafen.example.")
                .replyTo(last(thread)).build();
        assertThat(judge(thread, reply).verdict().level()).isEqualTo(Level.CONSISTENT);
    }

    @Test
    void newColleagueFromTheSameCompanyStaysConsistent() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("t1@mail.nordhafen.example").from("Tobias Krüger", "tobias.krueger@nordhafen.example")
                .to("Laura Weber", ME).cc("Anna Schmidt", ANNA).subject("AW: Lieferung Hamburg")
                .date("2026-03-09T11:00:00+01:00")
                .text("Hallo Frau Weber,\n\nich übernehme ab heute die Disposition für Hamburg von Anna. Die "
                        + "Entladung am Freitag früh ist eingeplant, der Spediteur kommt um 7 Uhr.\n\nViele Grüße\n"
                        + "Tobias Krüger")
                .replyTo(last(thread)).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }

    @Test
    void linkToADomainTheThreadAlwaysUsedIsNotNovel() {
        List<MailMessage> thread = new ArrayList<>();
        MailMessage first = mail("s1@brightline.example").from("Laura Weber", ME).to("Anna Schmidt", ANNA)
                .folder("Sent").subject("Fotos Lager").date("2026-03-02T09:00:00+01:00")
                .text("Hallo Anna, hier die Fotos: https://brightline-my.sharepoint.example/p/fotos1")
                .link("https://brightline-my.sharepoint.example/p/fotos1", "brightline-my.sharepoint.example")
                .build();
        thread.add(first);
        MailMessage reply = mail("s2@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Fotos Lager").date("2026-03-02T11:00:00+01:00")
                .text("Danke Laura, hier meine Fotos vom Verladen: https://brightline-my.sharepoint.example/p/fotos2"
                        + "\n\nViele Grüße\nAnna")
                .link("https://brightline-my.sharepoint.example/p/fotos2", "brightline-my.sharepoint.example")
                .replyTo(first).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(codes(r)).doesNotContain("NOVEL_LINK_DOMAIN");
        assertThat(r.verdict().level()).isEqualTo(Level.CONSISTENT);
    }

    @Test
    void accountTakeoverFromAnotherClientShowsClientDrift() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("ABCD1234EFGH5678@outlook-relay.other.example").from("Anna Schmidt", ANNA)
                .to("Laura Weber", ME).subject("AW: Lieferung Hamburg").date("2026-07-09T03:20:00-05:00")
                .header("X-Mailer", "Microsoft Outlook 16.0")
                .header("Received", "from relay.other.example by mx.brightline.example; Thu, 9 Jul 2026")
                .header("Received", "from [203.0.113.9] by relay.other.example; Thu, 9 Jul 2026")
                .text("Hello, open the attached file to view the document.")
                .attachment("Lieferung.one", "application/onenote", false)
                .replyTo(last(thread)).build();
        AnalysisResult r = judge(thread, reply);
        assertThat(codes(r)).contains("CLIENT_DRIFT", "RISKY_ATTACHMENT", "DORMANT_THREAD");
        assertThat(r.verdict().level()).isEqualTo(Level.LIKELY_HIJACK);
        Finding drift = r.verdict().findings().stream().filter(f -> f.code().equals("CLIENT_DRIFT")).findFirst()
                .orElseThrow();
        assertThat(drift.rows()).extracting(EvidenceRow::field).contains("Mail client", "Message-ID host");
    }

    @Test
    void verdictOfAMessageDoesNotDependOnLaterMail() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("x1@webmail.random-host.example").from("Anna Schmidt", "k.lopez@random-host.example")
                .to("Laura Weber", ME).subject("AW: Lieferung Hamburg").date("2026-03-09T14:02:00+00:00")
                .text("Please see the attached document. Password: 4471")
                .attachment("Rechnung.zip", "application/zip", true, "Rechnung.doc.js")
                .replyTo(last(thread)).build();
        AnalysisResult before = judge(thread, reply);
        List<MailMessage> later = new ArrayList<>(thread);
        // Later mail from the same spoofed address and with the same attachment type must not change the verdict.
        later.add(mail("x2@webmail.random-host.example").from("Anna Schmidt", "k.lopez@random-host.example")
                .to("Laura Weber", ME).subject("AW: Lieferung Hamburg").date("2026-03-10T14:02:00+00:00")
                .text("Reminder").attachment("Rechnung.zip", "application/zip", true).replyTo(reply).build());
        AnalysisResult after = judge(later, reply);
        assertThat(after.verdict()).isEqualTo(before.verdict());
    }

    @Test
    void allowlistEntryTurnsALaterLinkFindingOff() {
        List<MailMessage> thread = germanThread();
        MailMessage reply = mail("a11@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .text("Hallo Laura,\n\nhier der Link zur Sendungsverfolgung: https://track.carrier-portal.example/t/88"
                        + "\n\nViele Grüße\nAnna")
                .link("https://track.carrier-portal.example/t/88", "track.carrier-portal.example")
                .replyTo(last(thread)).build();
        List<MailMessage> all = new ArrayList<>(thread);
        all.add(reply);
        AnalysisResult before = Analyzer.standard(Set.of(ME)).analyze(all).stream()
                .filter(r -> r.message().key().equals(reply.key())).findFirst().orElseThrow();
        assertThat(before.verdict().findings()).extracting(Finding::code).contains("NOVEL_LINK_DOMAIN");
        Allowlist allow = new Allowlist(Set.of(Allowlist.entry(ANNA, "carrier-portal.example")), Set.of());
        AnalysisResult after = Analyzer.standard(Set.of(ME)).withAllowlist(allow).analyze(all).stream()
                .filter(r -> r.message().key().equals(reply.key())).findFirst().orElseThrow();
        assertThat(after.verdict().findings()).extracting(Finding::code).doesNotContain("NOVEL_LINK_DOMAIN");
    }

    @Test
    void aFlaggedReplyDoesNotMakeTheNextAttackLookFamiliar() {
        List<MailMessage> thread = germanThread();
        MailMessage first = mail("a12@mail.nordhafen.example").from("Anna Schmidt", ANNA).to("Laura Weber", ME)
                .subject("AW: Lieferung Hamburg").date("2026-03-09T09:20:00+01:00")
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.8.0")
                .text("Hello,\n\nplease review the document and confirm today: "
                        + "https://files.storage-hub.test/dl/doc_2291.zip\n\nThank you")
                .link("https://files.storage-hub.test/dl/doc_2291.zip", "files.storage-hub.test")
                .replyTo(last(thread)).build();
        List<MailMessage> withFirst = new ArrayList<>(thread);
        withFirst.add(first);
        // the same campaign a day later, from another participant's address, to the same download site
        MailMessage second = mail("k9@webmail.random-host.example").from("Anna Schmidt", "k.lopez@random-host.example")
                .to("Laura Weber", ME).subject("AW: Lieferung Hamburg").date("2026-03-10T09:20:00+01:00")
                .text("Hello,\n\nthe document again: https://files.storage-hub.test/dl/doc_2292.zip\n\nThank you")
                .link("https://files.storage-hub.test/dl/doc_2292.zip", "files.storage-hub.test")
                .replyTo(first).build();
        assertThat(judge(thread, first).verdict().flagged()).isTrue();
        AnalysisResult r = judge(withFirst, second);
        assertThat(r.verdict().flagged()).isTrue();
        // the site and the address were only ever seen in the flagged reply: still novel, still a stranger
        assertThat(codes(r)).contains("NOVEL_LINK_DOMAIN", "DISPLAY_NAME_SPOOF");
        // once the user marked the first reply as safe, it counts as normal mail for the thread
        List<MailMessage> all = new ArrayList<>(withFirst);
        all.add(second);
        Allowlist safe = Allowlist.EMPTY.withSafeMessages(Set.of(first.key()));
        AnalysisResult afterMark = Analyzer.standard(Set.of(ME)).withAllowlist(safe).analyze(all).stream()
                .filter(x -> x.message().key().equals(second.key())).findFirst().orElseThrow();
        assertThat(afterMark.verdict().findings()).extracting(Finding::code).doesNotContain("NOVEL_LINK_DOMAIN");
    }
}
