package org.threadguard.heuristics.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MailboxIndex;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.ThreadIndex;

/**
 * Notices reply headers that contradict each other or the thread: In-Reply-To missing from
 * References, references pointing into different conversations, or an Outlook Thread-Index whose
 * conversation GUID is not the thread's.
 */
public final class ParentMismatchDetector implements Detector {
    public static final String CODE = "PARENT_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MailMessage m = ctx.message();
        List<EvidenceRow> rows = new ArrayList<>();
        double keep = 1;
        List<Text> why = new ArrayList<>();
        if (!m.inReplyTo().isEmpty() && m.references().size() >= 2) {
            String irt = m.inReplyTo().get(m.inReplyTo().size() - 1);
            if (!m.references().contains(irt) && ctx.mailbox().message(irt).isPresent()) {
                keep *= 0.85;
                why.add(Text.of("PARENT_MISMATCH.inReplyToLeftOut"));
                rows.add(new EvidenceRow(Text.of("PARENT_MISMATCH.inReplyToField"),
                        Text.literal(String.join(" ", m.references())), "", Text.literal(irt)));
            }
        }
        MailboxIndex.Resolution res = ctx.resolution();
        if (res.threadsJoined() > 1) {
            keep *= 0.75;
            why.add(Text.of("PARENT_MISMATCH.conversations", res.threadsJoined()));
            rows.add(new EvidenceRow(Text.of("PARENT_MISMATCH.conversationsField"), Text.of("PARENT_MISMATCH.one"), "",
                    Text.literal(String.valueOf(res.threadsJoined()))));
        }
        Optional<ThreadIndex> ti = m.header("Thread-Index").flatMap(ThreadIndex::parse);
        if (ti.isPresent() && !ctx.thread().threadIndexGuids().isEmpty()
                && res.link() == MailboxIndex.Link.REFERENCES
                && !ctx.thread().threadIndexGuids().contains(ti.get().guid())) {
            keep *= 0.88; // mixed clients restart Thread-Index often: weak
            why.add(Text.of("PARENT_MISMATCH.threadIndex"));
            rows.add(new EvidenceRow(Text.of("PARENT_MISMATCH.threadIndexField"),
                    Text.literal(String.join(", ", ctx.thread().threadIndexGuids())), "",
                    Text.literal(ti.get().guid())));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(CODE, 1 - keep, Text.of("PARENT_MISMATCH.explanation", Text.join("; ", why)),
                rows.get(0).earlierText(), "", rows.get(0).suspiciousText(), rows));
    }
}
