package org.threadguard.heuristics.sender;

import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Senders;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;

/**
 * Notices a Reply-To that sends the answer to someone outside the thread and the sender's domain; weighs up
 * a company sender whose answers would go to a free webmail address nobody in the mailbox used.
 */
public final class ReplyToDivertDetector implements Detector {
    public static final String CODE = "REPLY_TO_DIVERT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        Address sender = ctx.facts().sender();
        if (sender == null) {
            return List.of();
        }
        String senderDomain = Domains.registrable(sender.domain());
        String fromDomain = ctx.message().from() == null ? "" : Domains.registrable(ctx.message().from().domain());
        String list = Senders.listAddress(ctx.message()).orElse("");
        for (Address r : ctx.message().replyTo()) {
            String email = r.email();
            if (email.isEmpty() || email.equals(sender.email()) || email.equals(list)
                    || ctx.thread().participants().contains(email) || ctx.thread().listAddresses().contains(email)
                    || ctx.mailbox().isOwn(email)) {
                continue;
            }
            boolean addressed = ctx.message().to().stream().anyMatch(a -> a.email().equals(email))
                    || ctx.message().cc().stream().anyMatch(a -> a.email().equals(email));
            boolean listHeaders = ctx.message().header("List-Id").map(v -> v.toLowerCase(java.util.Locale.ROOT)
                    .contains(r.localPart())).orElse(false);
            if (addressed || listHeaders) {
                continue;
            }
            String domain = Domains.registrable(r.domain());
            if (domain.equals(senderDomain) || domain.equals(fromDomain)
                    || ctx.thread().participantDomains().contains(domain)
                    || Domains.isTenantOf(r.domain(), sender.domain())) {
                continue; // the sender's own organisation, or its help desk's space on a hosted service
            }
            boolean unknown = ctx.mailbox().addressCount(email) == 0;
            double strength = unknown ? 0.5 : 0.3;
            // answers of a company's mail diverted to a private webmail address nobody here used: the
            // payment-diversion pattern (the attacker reads the replies there, the sender never sees them)
            if (unknown && Domains.isFreeMail(r.domain()) && !Domains.isFreeMail(sender.domain())) {
                strength = 0.6;
            }
            Text from = Text.literal(sender.email());
            Text to = Text.literal(email);
            return List.of(Finding.of(CODE, strength, Text.of("REPLY_TO_DIVERT.explanation", email), from, "", to,
                    List.of(new EvidenceRow(Text.of("REPLY_TO_DIVERT.replyGoesTo"), from, "", to))));
        }
        return List.of();
    }
}
