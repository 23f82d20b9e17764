package org.threadguard.heuristics.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Senders;
import org.threadguard.heuristics.detect.Text;

/**
 * Notices SPF/DKIM/DMARC failures recorded by the receiving server (the topmost
 * Authentication-Results). Weak on its own: hijacked mail passes all three.
 */
public final class AuthFailureDetector implements Detector {
    public static final String CODE = "AUTH_FAILURE";
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(spf|dkim|dmarc)\\s*=\\s*([a-z]+)");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        List<String> results = ctx.message().headers("Authentication-Results");
        if (results.isEmpty()) {
            return List.of();
        }
        String top = results.get(0);
        boolean list = Senders.isMailingList(ctx.message());
        List<EvidenceRow> rows = new ArrayList<>();
        List<Text> failures = new ArrayList<>();
        double keep = 1;
        Matcher m = RESULT.matcher(top);
        while (m.find()) {
            String method = m.group(1).toLowerCase(Locale.ROOT);
            String result = m.group(2).toLowerCase(Locale.ROOT);
            boolean fail = result.equals("fail") || result.equals("softfail") || result.equals("permerror");
            if (!fail || list && method.equals("dkim")) {
                continue;
            }
            keep *= method.equals("dmarc") ? 0.8 : 0.9;
            String name = method.toUpperCase(Locale.ROOT);
            rows.add(new EvidenceRow(Text.literal(name), Text.of("AUTH_FAILURE.passExpected"), "",
                    Text.literal(result)));
            failures.add(Text.literal(name + " " + result));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        // "pass" and "fail" are the values of the Authentication-Results header: shown as they are
        return List.of(Finding.of(CODE, Math.min(0.25, 1 - keep),
                Text.of("AUTH_FAILURE.explanation", Text.join(", ", failures)), Text.literal("pass"), "",
                rows.get(0).suspiciousText(), rows));
    }
}
