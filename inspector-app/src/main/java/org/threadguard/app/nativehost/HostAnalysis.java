package org.threadguard.app.nativehost;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.parse.MimeParser;

/**
 * Judges one message against the context the add-on collected from Thunderbird (the messages it
 * refers to and a sample of the sender's earlier mail). The analyser is causal, so context mail
 * that arrived after the target cannot influence its verdict.
 */
public final class HostAnalysis {
    private HostAnalysis() {
    }

    /** A raw message and the folder it was found in ("INBOX", "Sent", ...). */
    public record RawMessage(byte[] raw, String folder) {
    }

    public static AnalysisResult analyse(RawMessage target, List<RawMessage> context, Set<String> ownAddresses,
            String keyPrefix) {
        MailMessage t = MimeParser.parse(target.raw(), keyPrefix + "/target", target.folder());
        List<MailMessage> all = new ArrayList<>(context.size() + 1);
        int i = 0;
        for (RawMessage c : context) {
            MailMessage m = MimeParser.parse(c.raw(), keyPrefix + "/context/" + i++, c.folder());
            if (!t.messageId().isEmpty() && t.messageId().equals(m.messageId())) {
                continue; // the target itself (e.g. in the sender sample): judged once, as the target
            }
            all.add(m);
        }
        all.add(t);
        Set<String> own = new HashSet<>(Analyzer.ownAddressesOf(all));
        for (String a : ownAddresses) {
            own.add(a.toLowerCase(Locale.ROOT).trim());
        }
        AnalysisResult[] found = new AnalysisResult[1];
        Analyzer.standard(own).analyze(all, r -> {
            if (r.message() == t) {
                found[0] = r;
            }
        });
        if (found[0] == null) {
            throw new IllegalStateException("The analyser returned no result for the target message");
        }
        return found[0];
    }
}
