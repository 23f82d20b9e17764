package org.threadguard.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The JSON Lines contract of {@code scan --json}: one object per analysed message. Fields are only
 * ever added, never renamed or removed (see docs/cli.md).
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    public static String line(AnalysisResult r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    public static Map<String, Object> toMap(AnalysisResult r) {
        return toMap(r, Locale.ENGLISH);
    }

    /**
     * The result with the engine's wording (summary, explanations, evidence) in a language: the Thunderbird
     * add-on asks for its UI language. English, the command line's contract, where the language has no
     * translation.
     */
    public static Map<String, Object> toMap(AnalysisResult r, Locale locale) {
        MailMessage m = r.message();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("messageId", m.messageId());
        o.put("folder", m.folder());
        o.put("date", m.date() == null ? null : m.date().toString());
        o.put("from", m.from() == null ? null : m.from().toString());
        o.put("subject", m.subject());
        o.put("score", r.verdict().score());
        o.put("verdict", r.verdict().level().id());
        o.put("summary", r.verdict().summaryText().renderOrEnglish(locale));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.verdict().findings()) {
            Map<String, Object> fo = new LinkedHashMap<>();
            fo.put("code", f.code());
            fo.put("severity", f.severity().id());
            fo.put("weight", f.weight());
            fo.put("explanation", f.explanationText().renderOrEnglish(locale));
            fo.put("earlier", f.earlierText().renderOrEnglish(locale));
            fo.put("earlierMessageId", f.earlierRef());
            fo.put("suspicious", f.suspiciousText().renderOrEnglish(locale));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (EvidenceRow row : f.rows()) {
                Map<String, Object> ro = new LinkedHashMap<>();
                ro.put("field", row.fieldText().renderOrEnglish(locale));
                ro.put("earlier", row.earlierText().renderOrEnglish(locale));
                ro.put("earlierMessageId", row.earlierRef());
                ro.put("suspicious", row.suspiciousText().renderOrEnglish(locale));
                rows.add(ro);
            }
            fo.put("evidence", rows);
            findings.add(fo);
        }
        o.put("findings", findings);
        o.put("key", m.key());
        o.put("threadMessagesBefore", r.threadSize());
        if (!m.parseProblems().isEmpty()) {
            o.put("parseProblems", m.parseProblems());
        }
        return o;
    }
}
