package org.threadguard.heuristics.structure;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Senders;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.MailMessage;

/** Notices recipients who never took part in the thread or the mailbox (a new "finance" Cc). */
public final class RecipientChangeDetector implements Detector {
    public static final String CODE = "RECIPIENT_CHANGE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        if (ctx.thread().isEmpty()) {
            return List.of();
        }
        MailMessage m = ctx.message();
        String list = Senders.listAddress(m).orElse("");
        List<Address> recipients = new ArrayList<>(m.to());
        recipients.addAll(m.cc());
        List<EvidenceRow> rows = new ArrayList<>();
        double strength = 0;
        for (Address a : recipients) {
            String e = a.email();
            if (e.isEmpty() || e.equals(list) || ctx.thread().participants().contains(e) || ctx.mailbox().isOwn(e)
                    || ctx.thread().listAddresses().contains(e) || e.equals(ctx.facts().senderEmail())) {
                continue;
            }
            String domain = Domains.registrable(a.domain());
            boolean newDomain = !ctx.thread().participantDomains().contains(domain);
            boolean unknown = ctx.mailbox().addressCount(e) == 0;
            if (!newDomain && !unknown) {
                continue;
            }
            double s = newDomain && unknown ? 0.25 : newDomain ? 0.12 : 0.05;
            if (Senders.isMailingList(m)) {
                s *= 0.4; // people Cc each other on lists all the time
            }
            strength = Math.max(strength, s) + (rows.isEmpty() ? 0 : 0.03);
            rows.add(new EvidenceRow(Text.of(m.cc().contains(a) ? "RECIPIENT_CHANGE.newCc" : "RECIPIENT_CHANGE.newTo"),
                    Text.of("RECIPIENT_CHANGE.notInThread"), "", Text.literal(a.toString())));
        }
        if (rows.isEmpty() || strength < 0.05) {
            return List.of();
        }
        Text first = rows.get(0).suspiciousText();
        return List.of(Finding.of(CODE, Math.min(0.4, strength),
                Text.of("RECIPIENT_CHANGE.explanation", rows.size(), first),
                Text.of("RECIPIENT_CHANGE.participants", ctx.thread().participants().size()), "", first, rows));
    }
}
