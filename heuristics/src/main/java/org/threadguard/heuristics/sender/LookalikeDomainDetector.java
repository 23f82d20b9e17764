package org.threadguard.heuristics.sender;

import com.ibm.icu.text.SpoofChecker;
import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;

/**
 * Notices a sender, Reply-To or new-recipient domain that imitates a participant's or the user's
 * own domain: a small edit distance, the same name under another suffix, or a confusable
 * spelling (ICU skeletons, punycode) — without being the same registrable domain.
 */
public final class LookalikeDomainDetector implements Detector {
    public static final String CODE = "LOOKALIKE_DOMAIN";
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        Set<String> reference = new LinkedHashSet<>(ctx.thread().participantDomains());
        reference.addAll(ctx.mailbox().ownDomains());
        reference.remove("");
        if (reference.isEmpty()) {
            return List.of();
        }
        Map<String, String> candidates = new LinkedHashMap<>();
        Address sender = ctx.facts().sender();
        if (sender != null) {
            candidates.put(Domains.registrable(sender.domain()), "Sender");
        }
        for (Address a : ctx.message().replyTo()) {
            if (ctx.facts().sender() == null || !Domains.isTenantOf(a.domain(), ctx.facts().sender().domain())) {
                candidates.putIfAbsent(Domains.registrable(a.domain()), "Reply-To");
            }
        }
        for (Address a : ctx.message().participants()) {
            candidates.putIfAbsent(Domains.registrable(a.domain()), "Recipient");
        }
        candidates.remove("");
        List<EvidenceRow> rows = new ArrayList<>();
        double strength = 0;
        String firstImitated = null;
        String firstDomain = null;
        if (sender != null) {
            String senderDomain = Domains.registrable(sender.domain());
            for (String p : ctx.thread().participants()) {
                String pd = Domains.registrableOfEmail(p);
                if (pd.equals(senderDomain) || pd.isEmpty() || p.equals(sender.email())
                        || !p.substring(0, p.lastIndexOf('@')).equals(sender.localPart())
                        || !imitates(ctx, senderDomain, pd)) {
                    continue;
                }
                String ld = Domains.mainLabel(senderDomain);
                String lr = Domains.mainLabel(pd);
                if (ld.equals(lr) || damerauLevenshtein(ld, lr) <= (lr.length() >= 5 ? 2 : 1)) {
                    strength = 0.75;
                    firstImitated = pd;
                    firstDomain = senderDomain;
                    rows.add(new EvidenceRow(Text.of("LOOKALIKE_DOMAIN.field.senderAddress"), Text.literal(p), "",
                            Text.of("LOOKALIKE_DOMAIN.sameMailbox", sender.email())));
                    candidates.remove(senderDomain);
                    break;
                }
            }
        }
        for (Map.Entry<String, String> c : candidates.entrySet()) {
            String domain = c.getKey();
            if (reference.contains(domain)) {
                continue;
            }
            // a domain the mailbox has long known on its own is not imitating anyone here
            if (ctx.mailbox().domainCount(domain) >= 5) {
                continue;
            }
            for (String ref : reference) {
                if (!imitates(ctx, domain, ref)) {
                    continue;
                }
                Resemblance why = resemblance(domain, ref);
                if (why != null) {
                    double s = switch (c.getValue()) {
                        case "Sender" -> 0.8;
                        case "Reply-To" -> 0.65;
                        default -> 0.5;
                    };
                    if (why.kind() == Resemblance.Kind.SAME_NAME) {
                        // organisations often own their name under several suffixes
                        s *= 0.4;
                    }
                    strength = Math.max(strength, s);
                    rows.add(new EvidenceRow(domainField(c.getValue()), Text.literal(Domains.registrable(ref)), "",
                            Text.of("LOOKALIKE_DOMAIN.domainWhy", domain, why.text())));
                    if (firstImitated == null) {
                        firstImitated = ref;
                        firstDomain = domain;
                    }
                    break;
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(CODE, strength, Text.of("LOOKALIKE_DOMAIN.explanation", firstDomain, firstImitated),
                Text.literal(firstImitated), "", Text.literal(firstDomain), rows));
    }

    /** The evidence row's field for a candidate domain, by the role it plays: "Sender domain", "Reply-To domain"... */
    private static Text domainField(String role) {
        return switch (role) {
            case "Sender" -> Text.of("LOOKALIKE_DOMAIN.field.senderDomain");
            case "Reply-To" -> Text.of("LOOKALIKE_DOMAIN.field.replyToDomain");
            default -> Text.of("LOOKALIKE_DOMAIN.field.recipientDomain");
        };
    }

    /**
     * How a domain resembles another.
     *
     * @param kind the kind of resemblance
     * @param changed how many characters of the name were changed, for {@link Kind#CHARACTERS_CHANGED}
     */
    public record Resemblance(Kind kind, int changed) {
        public enum Kind { CONFUSABLE, SAME_NAME, CHARACTERS_CHANGED, ADDITION }

        /** The resemblance in words: "confusable characters", "one character changed"... */
        Text text() {
            return switch (kind) {
                case CONFUSABLE -> Text.of("LOOKALIKE_DOMAIN.why.confusable");
                case SAME_NAME -> Text.of("LOOKALIKE_DOMAIN.why.sameName");
                case CHARACTERS_CHANGED -> Text.of("LOOKALIKE_DOMAIN.why.changed", changed);
                case ADDITION -> Text.of("LOOKALIKE_DOMAIN.why.addition");
            };
        }
    }

    /**
     * Whether {@code domain} can be the imitation of {@code ref}: the imitation is the rarer of the
     * two in the mailbox so far. Once a look-alike has joined a thread, the real domain must not in
     * turn look like an imitation of it.
     */
    static boolean imitates(AnalysisContext ctx, String domain, String ref) {
        int d = ctx.mailbox().domainCount(domain);
        int r = ctx.mailbox().domainCount(ref);
        return r == 0 && ctx.mailbox().ownDomains().contains(ref) || d < r;
    }

    /** Why {@code domain} resembles {@code ref}, or {@code null}. Both are registrable domains. */
    public static Resemblance resemblance(String domain, String ref) {
        if (domain.equals(ref)) {
            return null;
        }
        String d = unicode(domain);
        String r = unicode(ref);
        if (!domain.equals(d) || domain.contains("xn--")) {
            if (skeleton(d).equals(skeleton(r))) {
                return new Resemblance(Resemblance.Kind.CONFUSABLE, 0);
            }
        }
        String ld = Domains.mainLabel(domain);
        String lr = Domains.mainLabel(ref);
        if (lr.length() < 4) {
            return null;
        }
        if (ld.startsWith("xn--")) {
            // an internationalised name read without its accents: "brünner" (xn--brnner-...) for "brunner"
            String plain = org.threadguard.heuristics.nlp.Tokens.stripAccents(unicode(ld));
            String refPlain = org.threadguard.heuristics.nlp.Tokens.stripAccents(unicode(lr));
            if (!plain.equals(ld) && (plain.equals(refPlain)
                    || refPlain.length() >= 5 && damerauLevenshtein(plain, refPlain) == 1)) {
                return new Resemblance(Resemblance.Kind.CONFUSABLE, 0);
            }
        }
        if (ld.equals(lr)) {
            return new Resemblance(Resemblance.Kind.SAME_NAME, 0);
        }
        if (skeleton(ld).equals(skeleton(lr))) {
            return new Resemblance(Resemblance.Kind.CONFUSABLE, 0);
        }
        int dist = damerauLevenshtein(ld, lr);
        int allowed = lr.length() >= 9 ? 2 : lr.length() >= 5 ? 1 : 0;
        if (dist > 0 && dist <= allowed) {
            return new Resemblance(Resemblance.Kind.CHARACTERS_CHANGED, dist);
        }
        if (lr.length() >= 5 && (ld.startsWith(lr + "-") || ld.endsWith("-" + lr) || ld.startsWith(lr) && ld.length()
                <= lr.length() + 8 && !Character.isLetterOrDigit(ld.charAt(lr.length())))) {
            return new Resemblance(Resemblance.Kind.ADDITION, 0);
        }
        return null;
    }

    private static String unicode(String domain) {
        try {
            return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return domain;
        }
    }

    private static final java.util.Map<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String skeleton(String s) {
        String cached = SKELETONS.get(s);
        if (cached != null) {
            return cached;
        }
        String sk;
        try {
            synchronized (SPOOF) {
                sk = SPOOF.getSkeleton(s).replace("rn", "m").replace("vv", "w");
            }
        } catch (RuntimeException e) {
            sk = s;
        }
        if (SKELETONS.size() < 100_000) {
            SKELETONS.put(s, sk);
        }
        return sk;
    }

    static int damerauLevenshtein(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 3) {
            return 99;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
