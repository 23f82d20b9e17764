package org.threadguard.heuristics.structure;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MailboxIndex;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.quote.QuoteSplit;
import org.threadguard.heuristics.thread.Threader;

/**
 * Notices a message that looks like a reply (a reply subject or a quoted history) but is not one:
 * it has no In-Reply-To/References, or they name no message in the mailbox, or the "previous
 * message" it quotes is not in the mailbox. A missing parent alone is common in genuine mail
 * (the user joined later, an off-list reply), so it weighs little unless the quote is invented too.
 */
public final class FakeReplyDetector implements Detector {
    public static final String CODE = "FAKE_REPLY";

    /** No specific word of the new text was used in the thread before. */
    static boolean unrelated(AnalysisContext ctx) {
        java.util.Map<String, Integer> vocabulary = ctx.thread().vocabulary();
        int shared = 0;
        for (String k : ctx.facts().bag().keySet()) {
            if (vocabulary.containsKey(k) && !org.threadguard.heuristics.content.GenericVocabulary.isGeneric(k)) {
                shared++;
            }
        }
        return shared <= 1;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MailMessage m = ctx.message();
        QuoteSplit split = ctx.facts().split();
        boolean replySubject = Threader.isReplySubject(m.subject());
        if (!replySubject && !split.hasQuote()) {
            return List.of();
        }
        MailboxIndex.Resolution res = ctx.resolution();
        boolean noHeaders = !m.hasReplyHeaders();
        boolean unresolved = !noHeaders && res.resolvedIds() == 0;
        if (!noHeaders && !unresolved) {
            return List.of();
        }
        String quoted = split.quotedMessages().isEmpty() ? split.quotedText() : split.quotedMessages().get(0).text();
        double knownShare = split.hasQuote() ? ctx.mailbox().knownTextShare(quoted) : -1;
        boolean inventedQuote = knownShare >= 0 && knownShare < 0.2;
        String senderEmail = ctx.facts().senderEmail();
        boolean stranger = !senderEmail.isEmpty() && ctx.mailbox().addressCount(senderEmail) == 0;
        double strength;
        List<String> why = new ArrayList<>();
        if (noHeaders) {
            strength = 0.2;
            why.add("it has no In-Reply-To or References header");
        } else {
            strength = 0.08;
            why.add("the message it answers is not in the mailbox");
        }
        if (inventedQuote) {
            strength += noHeaders ? 0.3 : 0.1;
            why.add("the quoted \"previous message\" is not in the mailbox");
        }
        if (stranger) {
            strength += noHeaders ? 0.1 : 0.05;
            why.add("the sender never wrote to this mailbox before");
        }
        if (res.link() == MailboxIndex.Link.NONE && noHeaders) {
            strength += 0.05;
        }
        if (!ctx.thread().isEmpty() && ctx.facts().wordCount() >= 15 && unrelated(ctx)) {
            strength += 0.2;
            why.add("its text has nothing to do with the conversation it claims to continue");
        }
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow("Reply headers", "a real reply names the message it answers", "",
                noHeaders ? "(none)" : String.join(" ", m.inReplyTo().isEmpty() ? m.references() : m.inReplyTo())));
        if (split.hasQuote()) {
            rows.add(new EvidenceRow("Quoted history", knownShare < 0 ? "" : Math.round(knownShare * 100)
                    + "% found in earlier mail", "", Evidence.excerpt(quoted, 240)));
        }
        return List.of(Finding.of(CODE, Math.min(0.55, strength),
                "This message presents itself as a reply" + (replySubject ? " (\"" + Evidence.excerpt(m.subject(), 60)
                        + "\")" : "") + ", but " + String.join(", and ", why) + ".",
                "", "", noHeaders ? "no reply headers" : "unknown parent", rows));
    }
}
