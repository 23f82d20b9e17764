package org.threadguard.heuristics.sender;

import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Senders;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;

/** Notices a sender who never appeared in From/To/Cc earlier in the thread. Weak on its own. */
public final class NewSenderDetector implements Detector {
    public static final String CODE = "NEW_SENDER";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        Address sender = ctx.facts().sender();
        if (sender == null || sender.email().isEmpty() || ctx.thread().isEmpty()) {
            return List.of();
        }
        if (ctx.thread().participants().contains(sender.email()) || ctx.mailbox().isOwn(sender.email())) {
            return List.of();
        }
        boolean knownToMailbox = ctx.mailbox().addressCount(sender.email()) > 0;
        boolean colleague = ctx.thread().participantDomains().contains(Domains.registrable(sender.domain()));
        boolean list = Senders.isMailingList(ctx.message());
        double strength;
        String whyKey;
        if (!knownToMailbox) {
            strength = list ? 0.08 : 0.15;
            whyKey = "NEW_SENDER.unknown";
        } else {
            strength = list ? 0.03 : 0.08;
            whyKey = "NEW_SENDER.known";
        }
        if (colleague) {
            strength *= 0.5;
        }
        return List.of(Finding.of(CODE, strength,
                Text.of(whyKey, sender.email(), colleague ? Text.of("NEW_SENDER.colleague") : Text.empty()),
                Text.of("NEW_SENDER.participants", ctx.thread().participants().size()), "",
                Text.literal(sender.email()), List.of()));
    }
}
