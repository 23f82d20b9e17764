package org.threadguard.heuristics.structure;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MailboxIndex;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;
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

    /** Whether a quote attribution names the mailbox owner (one of the user's own addresses). */
    static boolean namesUser(String author, AnalysisContext ctx) {
        String a = author.toLowerCase(java.util.Locale.ROOT);
        for (String own : ctx.mailbox().ownAddresses()) {
            if (a.contains(own)) {
                return true;
            }
        }
        // "On 31.03.2025 09:14, Sipho Dlamini wrote:": clients that write the name alone
        String name = org.threadguard.heuristics.nlp.Tokens.normalizeName(author);
        return author.indexOf('@') < 0 && ctx.mailbox().ownNames().contains(name);
    }

    /**
     * Whether the message comes from a mailing system (a List-Unsubscribe header or a no-reply sender) of the
     * organisation of one of the thread's participants.
     */
    static boolean mailingSystemOfParticipant(AnalysisContext ctx) {
        if (ctx.facts().sender() == null) {
            return false;
        }
        String local = ctx.facts().sender().localPart().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        boolean system = ctx.message().header("List-Unsubscribe").isPresent() || local.startsWith("noreply")
                || local.startsWith("donotreply") || local.equals("notifications") || local.equals("notification");
        String domain = ctx.facts().sender().domain();
        // a mailing list's copy is the list's, and a free-mail domain is everyone's: neither is an organisation's
        return system && ctx.message().header("List-Id").isEmpty()
                && !org.threadguard.heuristics.links.Domains.isFreeMail(domain)
                && ctx.thread().participantDomains().contains(org.threadguard.heuristics.links.Domains.registrable(domain));
    }

    /** Whether a quote attribution ("From: Anna Schmidt", "Anna wrote") names someone of the thread. */
    static boolean namesParticipant(String author, AnalysisContext ctx) {
        String a = org.threadguard.heuristics.nlp.Tokens.normalizeName(author);
        if (a.isEmpty()) {
            return false;
        }
        for (String name : ctx.thread().participantNames().values()) {
            String n = org.threadguard.heuristics.nlp.Tokens.normalizeName(name);
            if (!n.isEmpty() && n.length() >= 4 && (a.contains(n) || n.contains(a) && a.length() >= 4)) {
                return true;
            }
        }
        for (String email : ctx.thread().participants()) {
            if (author.toLowerCase(java.util.Locale.ROOT).contains(email)) {
                return true;
            }
        }
        return false;
    }

    /** A short quote (a few words) that no message of the thread contains. */
    static boolean shortQuoteMissing(String quoted, AnalysisContext ctx) {
        String q = String.join(" ", org.threadguard.heuristics.detect.Shingles.words(
                org.threadguard.heuristics.content.QuoteMismatchDetector.contentLines(quoted)));
        if (q.split(" ").length < 3) {
            return false;
        }
        for (org.threadguard.heuristics.detect.MessageFacts f : ctx.thread().members()) {
            if (f.bodyWords().contains(q)) {
                return false;
            }
        }
        return true;
    }

    /** How many specific (not topic-free) words the new text has, and how many of them the thread used. */
    private record Overlap(int specific, int shared) {
    }

    private static Overlap overlap(AnalysisContext ctx) {
        java.util.Map<String, Integer> vocabulary = ctx.thread().vocabulary();
        int specific = 0;
        int shared = 0;
        for (String k : ctx.facts().bag().keySet()) {
            if (org.threadguard.heuristics.content.GenericVocabulary.isGeneric(k)) {
                continue;
            }
            specific++;
            if (vocabulary.containsKey(k)) {
                shared++;
            }
        }
        return new Overlap(specific, shared);
    }

    /**
     * Whether the new text is about something else: no more than one specific word used in the
     * thread before, or — {@code byShare} — at least three specific words and at most one in ten of
     * them used before, which also holds for short texts ("Unlock cashback rewards with our quick
     * application").
     */
    static boolean unrelated(AnalysisContext ctx, boolean byShare) {
        Overlap o = overlap(ctx);
        return o.shared() <= 1 && ctx.facts().wordCount() >= 15
                || byShare && o.specific() >= 3 && o.shared() <= 0.1 * o.specific();
    }

    /**
     * Whether replies without reply headers are normal here: at least two of the earlier replies from
     * this sender or in this thread lacked them, and no more of them had them (an old Exchange server, a
     * client that never sets them, an archive that dropped them).
     */
    static boolean headerlessHabit(AnalysisContext ctx) {
        java.util.Set<MessageFacts> earlier = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        earlier.addAll(ctx.senderHistory());
        earlier.addAll(ctx.thread().members());
        int with = 0;
        int without = 0;
        for (MessageFacts f : earlier) {
            MailMessage e = f.message();
            if (!Threader.isReplySubject(e.subject()) && !f.split().hasQuote()) {
                continue;
            }
            if (e.hasReplyHeaders()) {
                with++;
            } else {
                without++;
            }
        }
        return without >= 2 && without >= with;
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
        String author = split.quotedMessages().isEmpty() ? "" : split.quotedMessages().get(0).author();
        boolean attributedToUser = !author.isEmpty() && namesUser(author, ctx);
        boolean attributedToParticipant = !author.isEmpty() && (attributedToUser || namesParticipant(author, ctx));
        boolean inventedQuote = knownShare >= 0 && knownShare < 0.2;
        if (!inventedQuote && knownShare < 0 && attributedToParticipant) {
            // too short for fingerprints: look for the exact words in what that thread really contains
            inventedQuote = shortQuoteMissing(quoted, ctx);
        }
        String senderEmail = ctx.facts().senderEmail();
        boolean stranger = !senderEmail.isEmpty() && ctx.mailbox().addressCount(senderEmail) == 0;
        double strength;
        List<Text> why = new ArrayList<>();
        if (noHeaders && headerlessHabit(ctx)) {
            // some clients and archives never carry reply headers: then their absence says nothing
            strength = 0.03;
            why.add(Text.of("FAKE_REPLY.noHeadersAsUsual"));
        } else if (noHeaders && mailingSystemOfParticipant(ctx)) {
            // a participant's organisation writing through its mailing system (a CRM, a newsletter tool: no-reply
            // sender, unsubscribe header), which threads by subject only
            strength = 0.08;
            why.add(Text.of("FAKE_REPLY.noHeaders"));
        } else if (noHeaders) {
            strength = 0.2;
            why.add(Text.of("FAKE_REPLY.noHeaders"));
        } else {
            strength = 0.08;
            why.add(Text.of("FAKE_REPLY.unknownParent"));
        }
        if (inventedQuote && attributedToUser) {
            // the user's own Sent mail is the ground truth of what the user wrote
            strength += 0.4;
            why.add(Text.of("FAKE_REPLY.quotesYou"));
        } else if (inventedQuote && attributedToParticipant) {
            strength += 0.3;
            why.add(Text.of("FAKE_REPLY.quotesParticipant", author));
        } else if (inventedQuote) {
            // the quoted message may simply be missing (the user joined later): weak on its own
            strength += noHeaders ? 0.15 : 0.1;
            why.add(Text.of("FAKE_REPLY.quoteNotFound"));
        }
        if (stranger) {
            strength += noHeaders ? 0.1 : 0.05;
            why.add(Text.of("FAKE_REPLY.stranger"));
            if (inventedQuote && attributedToUser) {
                // a sender the mailbox never saw, answering a message nobody has, "quoting" words the user's own
                // Sent mail shows the user never wrote: a fabricated thread, as surely as an unrelated text
                strength = Math.max(strength, 0.6);
            }
        }
        if (res.link() == MailboxIndex.Link.NONE && noHeaders) {
            strength += 0.05;
        }
        boolean enoughThread = ctx.thread().vocabulary().size() >= 30;
        if (enoughThread && unrelated(ctx, stranger)) {
            // from someone the mailbox knows, an unrelated text under an old subject is often just a
            // new topic in a reused message; from a stranger it is what fabricated threads look like
            strength += stranger ? 0.3 : 0.15;
            why.add(Text.of("FAKE_REPLY.unrelated"));
            if (stranger) {
                // three independent facts agree: no real parent, a sender the mailbox never saw, and a
                // text about something else. That is a fabricated thread, not a late joiner.
                strength = Math.max(strength, 0.6);
            }
        }
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow(Text.of("FAKE_REPLY.headersField"), Text.of("FAKE_REPLY.realReply"), "",
                noHeaders ? Text.of("FAKE_REPLY.none")
                        : Text.literal(String.join(" ", m.inReplyTo().isEmpty() ? m.references() : m.inReplyTo()))));
        if (split.hasQuote()) {
            rows.add(new EvidenceRow(Text.of("FAKE_REPLY.quoteField"),
                    knownShare < 0 ? Text.empty() : Text.of("FAKE_REPLY.knownShare", Math.round(knownShare * 100)), "",
                    Text.literal(Evidence.excerpt(quoted, 240))));
        }
        Text reasons = Text.join("; ", why);
        return List.of(Finding.of(CODE, Math.min(0.75, strength),
                replySubject ? Text.of("FAKE_REPLY.withSubject", Evidence.excerpt(m.subject(), 60), reasons)
                        : Text.of("FAKE_REPLY.explanation", reasons),
                Text.empty(), "", Text.of(noHeaders ? "FAKE_REPLY.noReplyHeaders" : "FAKE_REPLY.unknownParentShort"),
                rows));
    }
}
