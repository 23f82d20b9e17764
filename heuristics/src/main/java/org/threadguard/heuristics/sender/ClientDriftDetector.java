package org.threadguard.heuristics.sender;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Fingerprint;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;

/**
 * Notices a reply whose technical fingerprint (client, Message-ID, time zone, sending host, DKIM,
 * MIME layout) departs from what the same sender's earlier messages consistently show. A sender
 * with too little history yields nothing.
 */
public final class ClientDriftDetector implements Detector {
    public static final String CODE = "CLIENT_DRIFT";
    static final int MIN_HISTORY = 3;
    private static final double STABLE_SHARE = 0.8;
    /** The sending hour, compared apart from the fingerprint: a habit with a range, not a value. */
    private static final String SENDING_HOUR = "sendingHour";
    private static final Map<String, Double> WEIGHTS = Map.of(
            Fingerprint.CLIENT, 0.3, Fingerprint.MSGID_HOST, 0.3, Fingerprint.MSGID_SHAPE, 0.2,
            Fingerprint.TZ, 0.15, Fingerprint.ORIGIN, 0.25, Fingerprint.DKIM_DOMAIN, 0.3,
            Fingerprint.DKIM_SELECTOR, 0.1, Fingerprint.BODY, 0.08, Fingerprint.CHARSET, 0.04,
            Fingerprint.ENCODING, 0.04);
    /**
     * The fingerprint's fields in the wording keys: {@code CLIENT_DRIFT.field.*} names a row,
     * {@code CLIENT_DRIFT.changed.*} the field inside a sentence.
     */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry(Fingerprint.CLIENT, "client"), Map.entry(Fingerprint.MSGID_HOST, "messageIdHost"),
            Map.entry(Fingerprint.MSGID_SHAPE, "messageIdShape"), Map.entry(Fingerprint.TZ, "timeZone"),
            Map.entry(Fingerprint.ORIGIN, "originHost"), Map.entry(Fingerprint.DKIM_DOMAIN, "dkimDomain"),
            Map.entry(Fingerprint.DKIM_SELECTOR, "dkimSelector"), Map.entry(Fingerprint.BODY, "bodyParts"),
            Map.entry(Fingerprint.CHARSET, "charset"), Map.entry(Fingerprint.ENCODING, "transferEncoding"),
            Map.entry(SENDING_HOUR, "sendingHour"));
    /** The values of {@link Fingerprint#BODY}, words rather than data. */
    private static final Set<String> BODY_KINDS = Set.of("plain", "html", "both", "none");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        List<MessageFacts> history = ctx.senderHistory();
        if (history.size() < MIN_HISTORY) {
            return List.of();
        }
        Fingerprint now = ctx.facts().fingerprint();
        List<EvidenceRow> rows = new ArrayList<>();
        double keep = 1;
        int strongFields = 0;
        String firstField = null;
        String ref = AnalysisContext.ref(history.get(history.size() - 1));
        for (String field : now.fields().keySet()) {
            String value = now.get(field);
            if (seenBefore(history, field, value)) {
                // the sender has written this way before: whatever the usual value is, no change to report
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (MessageFacts f : history) {
                counts.merge(f.fingerprint().get(field), 1, Integer::sum);
            }
            String mode = null;
            int modeCount = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > modeCount) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            if (mode == null || modeCount < MIN_HISTORY || modeCount < STABLE_SHARE * history.size()) {
                continue;
            }
            if (mode.isEmpty() && !Fingerprint.CLIENT.equals(field)) {
                continue;
            }
            if (Fingerprint.TZ.equals(field) && closeOffsets(mode, value)) {
                continue;
            }
            double w = WEIGHTS.getOrDefault(field, 0.05);
            keep *= 1 - w;
            if (w >= 0.2) {
                strongFields++;
            }
            if (firstField == null) {
                firstField = field;
            }
            rows.add(new EvidenceRow(label(field), Text.of("CLIENT_DRIFT.usual", show(field, mode), modeCount,
                    history.size()), ref, show(field, value)));
        }
        EvidenceRow hour = nightAfterDaytimeHabit(history, ctx.facts(), ref);
        if (hour != null) {
            keep *= 1 - NIGHT_WEIGHT;
            if (firstField == null) {
                firstField = SENDING_HOUR;
            }
            rows.add(hour);
        }
        double strength = 1 - keep;
        if (rows.isEmpty() || strongFields == 0 && strength < 0.2) {
            return List.of();
        }
        if (rows.size() == 1) {
            strength *= 0.6;
        }
        // People change machines and clients; a short history says less than a long one.
        strength *= history.size() >= 10 ? 0.7 : history.size() >= 5 ? 0.55 : 0.4;
        strength = Math.min(strength, 0.5);
        Text explanation = rows.size() > 1
                ? Text.of("CLIENT_DRIFT.explanationMore", history.size(), inSentence(firstField), rows.size() - 1)
                : Text.of("CLIENT_DRIFT.explanation", history.size(), inSentence(firstField));
        return List.of(Finding.of(CODE, strength, explanation, rows.get(0).earlierText(), ref,
                rows.get(0).suspiciousText(), rows));
    }

    private static final double NIGHT_WEIGHT = 0.15;
    /** Night in the sender's own clock: from midnight to this hour. */
    private static final int NIGHT_ENDS = 6;
    /** A daytime habit needs this many earlier messages, none of them at night. */
    private static final int MIN_HOURS_HISTORY = 5;

    /**
     * A reply written at night in the sender's own clock (the Date header's offset) when every one of at least
     * five earlier messages was written in the day: stolen credentials are used from other time zones.
     * People do work late, so it weighs little and only adds to other changes.
     */
    private static EvidenceRow nightAfterDaytimeHabit(List<MessageFacts> history, MessageFacts now, String ref) {
        if (history.size() < MIN_HOURS_HISTORY || now.message().date() == null) {
            return null;
        }
        int hourNow = now.message().date().getHour();
        if (hourNow >= NIGHT_ENDS) {
            return null;
        }
        int earliest = 24 * 60;
        int latest = 0;
        int dated = 0;
        for (MessageFacts h : history) {
            java.time.OffsetDateTime d = h.message().date();
            if (d == null) {
                continue;
            }
            if (d.getHour() < NIGHT_ENDS) {
                return null;
            }
            int minute = d.getHour() * 60 + d.getMinute();
            earliest = Math.min(earliest, minute);
            latest = Math.max(latest, minute);
            dated++;
        }
        if (dated < MIN_HOURS_HISTORY) {
            return null;
        }
        String range = String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", earliest / 60, earliest % 60, latest / 60,
                latest % 60);
        String at = String.format(Locale.ROOT, "%02d:%02d", hourNow, now.message().date().getMinute());
        return new EvidenceRow(label(SENDING_HOUR), Text.of("CLIENT_DRIFT.usual", range, dated, history.size()), ref,
                Text.literal(at));
    }

    /** The name of a fingerprint field in the evidence table ("Mail client"). */
    private static Text label(String field) {
        String key = FIELD_KEYS.get(field);
        return key == null ? Text.literal(Fingerprint.LABELS.getOrDefault(field, field))
                : Text.of("CLIENT_DRIFT.field." + key);
    }

    /** The name of a fingerprint field inside a sentence ("mail client"). */
    private static Text inSentence(String field) {
        String key = FIELD_KEYS.get(field);
        return key == null ? Text.literal(Fingerprint.LABELS.getOrDefault(field, field).toLowerCase(Locale.ROOT))
                : Text.of("CLIENT_DRIFT.changed." + key);
    }

    private static boolean seenBefore(List<MessageFacts> history, String field, String value) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).fingerprint().get(field).equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A field's value as shown: data, except for "(none)" and the body kinds, which are words. */
    private static Text show(String field, String v) {
        if (v == null || v.isEmpty()) {
            return Text.of("CLIENT_DRIFT.none");
        }
        if (Fingerprint.BODY.equals(field) && BODY_KINDS.contains(v)) {
            return Text.of("CLIENT_DRIFT.body." + v);
        }
        return Text.literal(v);
    }

    static boolean closeOffsets(String a, String b) {
        try {
            int x = ZoneOffset.of(a).getTotalSeconds();
            int y = ZoneOffset.of(b).getTotalSeconds();
            return Math.abs(x - y) <= 3600;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
