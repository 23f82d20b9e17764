package org.threadguard.heuristics.sender;

import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Senders;
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
        String why;
        if (!knownToMailbox) {
            strength = list ? 0.08 : 0.15;
            why = "has never written to or been written to by this mailbox before";
        } else {
            strength = list ? 0.03 : 0.08;
            why = "is known to the mailbox but never took part in this thread";
        }
        if (colleague) {
            strength *= 0.5;
            why += " (same organisation as a participant)";
        }
        return List.of(Finding.of(CODE, strength,
                "The sender " + sender.email() + " " + why + ".",
                ctx.thread().participants().size() + " earlier participants", "", sender.email(), List.of()));
    }
}
