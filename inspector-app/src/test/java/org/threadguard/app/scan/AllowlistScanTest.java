package org.threadguard.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.imap.cache.AllowlistEntry;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;

/** "This sender's new link domain is fine": an allowlist entry in the cache turns the finding off for later scans. */
class AllowlistScanTest {
    @TempDir
    Path tmp;

    private static void eml(Path dir, String folder, String name, String from, String to, String id, String inReplyTo,
            String date, String subject, String body) throws Exception {
        Path f = dir.resolve(folder).resolve(name);
        Files.createDirectories(f.getParent());
        String refs = inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n";
        Files.writeString(f, "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nDate: " + date
                + "\r\nMessage-ID: " + id + "\r\n" + refs
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n", StandardCharsets.UTF_8);
    }

    private static Path mailbox(Path dir) throws Exception {
        String petra = "Petra Krause <petra@partner-logistics.com>";
        String laura = "Laura Weber <laura@brightline-example.com>";
        eml(dir, "INBOX", "1.eml", petra, laura, "<t1@partner-logistics.com>", null, "Mon, 3 Mar 2025 09:00:00 +0100",
                "Pallet count for March", "Hi Laura,\nhow many pallets do you expect for the March tour?\nPetra");
        eml(dir, "Sent", "2.eml", laura, petra, "<t2@brightline-example.com>", "<t1@partner-logistics.com>",
                "Mon, 3 Mar 2025 10:00:00 +0100", "Re: Pallet count for March",
                "Hi Petra,\nabout 40 pallets, same as February.\nLaura\n\n> how many pallets do you expect?");
        eml(dir, "INBOX", "3.eml", petra, laura, "<t3@partner-logistics.com>", "<t2@brightline-example.com>",
                "Tue, 4 Mar 2025 09:00:00 +0100", "Re: Pallet count for March",
                "Hi Laura,\nthanks. The updated pallet plan for March is here:\n"
                        + "https://sharepoint-pallet-plans.net/march/plan.pdf\nPetra\n\n> about 40 pallets, same as February.");
        return dir;
    }

    private static boolean novelLink(List<AnalysisResult> results) {
        return results.stream().filter(r -> r.message().messageId().equals("<t3@partner-logistics.com>")).findFirst()
                .orElseThrow().verdict().findings().stream().anyMatch(f -> f.code().equals("NOVEL_LINK_DOMAIN"));
    }

    @Test
    void anAllowlistedLinkDomainIsNoLongerAFinding() throws Exception {
        Path box = mailbox(tmp.resolve("box"));
        try (SqliteMessageCache cache = SqliteMessageCache.open(tmp.resolve("c.db"))) {
            ScanService s = new ScanService(cache);
            String account = ScanService.accountFor(box);
            s.importLocal(box, account, new ImportListener() {
            });
            assertThat(novelLink(s.analyze(account, Set.of()))).as("the new domain is noticed first").isTrue();

            cache.addAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "petra@partner-logistics.com",
                    "sharepoint-pallet-plans.net");
            assertThat(novelLink(s.analyze(account, Set.of()))).isFalse();

            cache.removeAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "petra@partner-logistics.com",
                    "sharepoint-pallet-plans.net");
            assertThat(novelLink(s.analyze(account, Set.of()))).as("undo brings it back").isTrue();

            // an entry for another sender does not help
            cache.addAllowlistEntry(AllowlistEntry.Kind.LINK_DOMAIN, "someone@else.com", "sharepoint-pallet-plans.net");
            assertThat(novelLink(s.analyze(account, Set.of()))).isTrue();
        }
    }
}
