package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threadguard.heuristics.model.Address;

/**
 * Combines findings into a score and a verdict. Each finding's strength is the probability-like
 * weight of that evidence alone; independent evidence combines as {@code 1 - prod(1 - s)}, so two
 * medium findings outweigh one, and no pile of weak findings behaves like a strong one. See
 * docs/detection.md for the reasons behind the weights and thresholds.
 */
public final class Scorer {
    /** At or above: suspicious. */
    public static final int SUSPICIOUS = 40;
    /** At or above: likely hijack. */
    public static final int LIKELY_HIJACK = 70;
    /** A finding at least this strong counts as independent corroboration. */
    static final double CORROBORATING = 0.2;
    /** Findings about what the reply wants from the reader. */
    static final java.util.Set<String> INTENT = java.util.Set.of("LURE_TEXT", "NOVEL_LINK_DOMAIN", "RISKY_ATTACHMENT",
            "REPLY_TO_DIVERT");
    /** Findings about who really sends the reply, or whether it belongs to the conversation at all. */
    static final java.util.Set<String> IDENTITY = java.util.Set.of("DISPLAY_NAME_SPOOF", "LOOKALIKE_DOMAIN",
            "FAKE_REPLY");

    public Verdict score(MessageFacts facts, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(Finding::strength).reversed().thenComparing(Finding::code));
        double keep = 1;
        for (Finding f : sorted) {
            keep *= 1 - f.strength();
        }
        int score = (int) Math.round(100 * (1 - keep));
        // A verdict needs corroboration: one finding below "high" alone stays consistent (genuine mail
        // has one oddity often: a new link, a reworded quote, a new machine), and one high finding alone
        // (an encrypted archive with its password, a look-alike domain) makes at most "suspicious".
        long corroborating = sorted.stream().filter(f -> f.strength() >= CORROBORATING).count();
        double top = sorted.isEmpty() ? 0 : sorted.get(0).strength();
        // What the reply asks for, seen twice in weak ways (a lure text and a link to a new site), together
        // corroborates a finding that the reply lies about who sends it or about the conversation it
        // belongs to, or that it was written on another client and network than the sender's usual one
        // (a taken-over account), or in a language neither the thread nor the sender uses (the attacker's
        // template, SquirrelWaffle's English inside a German thread); each alone is too common in genuine
        // mail to count. A late answer or a
        // changed style is not enough for that: those describe people's lives.
        if (corroborating == 1 && sorted.stream().anyMatch(f -> IDENTITY.contains(f.code()) && f.strength() >= 0.4
                        || f.code().equals("CLIENT_DRIFT") && f.strength() >= CORROBORATING
                        || f.code().equals("LANGUAGE_SWITCH") && f.strength() >= 0.4)
                && sorted.stream().filter(f -> INTENT.contains(f.code()) && f.strength() < CORROBORATING).count() >= 2) {
            double keepIntent = 1;
            for (Finding f : sorted) {
                if (INTENT.contains(f.code()) && f.strength() < CORROBORATING) {
                    keepIntent *= 1 - f.strength();
                }
            }
            if (1 - keepIntent >= 0.25) {
                corroborating = 2;
            }
        }
        // A thread woken after a silence far beyond its own rhythm, by a reply that carries something clearly
        // risky (a new site with a sign-in, a file that runs code): the way hijackers reuse old conversations
        // (Emotet, Qakbot). A late answer alone, one with a weak ask, or an invoice to bank details (changes are
        // verified and then invoiced weeks later) stays as it is.
        // (not on a mailing list, where anyone revives any thread)
        if (corroborating == 1 && facts.message().headers("List-Id").isEmpty()
                && sorted.stream().anyMatch(f -> f.code().equals("DORMANT_THREAD")
                && f.strength() >= 0.15) && sorted.stream().anyMatch(f -> (f.code().equals("NOVEL_LINK_DOMAIN")
                        || f.code().equals("RISKY_ATTACHMENT")) && f.strength() >= 0.35)) {
            corroborating = 2;
        }
        if (corroborating <= 1) {
            score = Math.min(score, top >= 0.6 ? LIKELY_HIJACK - 1 : SUSPICIOUS - 1);
        }
        // A hijacked reply wants something from the reader (open, download, pay, answer elsewhere) or
        // lies about who sends it. Oddities of context alone (a new machine, a late answer, a changed
        // style) describe people's lives, not attacks.
        // (a quote whose account or amount was changed is a payment diversion, so it counts as intent)
        boolean intent = sorted.stream().anyMatch(f -> INTENT.contains(f.code()) && f.strength() >= 0.15
                || f.code().equals("QUOTE_MISMATCH") && f.strength() >= 0.6);
        boolean identity = sorted.stream().anyMatch(f -> IDENTITY.contains(f.code()) && f.strength() >= 0.4);
        if (!intent && !identity) {
            score = Math.min(score, SUSPICIOUS - 1);
        }
        Level level = score >= LIKELY_HIJACK ? Level.LIKELY_HIJACK : score >= SUSPICIOUS ? Level.SUSPICIOUS
                : Level.CONSISTENT;
        return new Verdict(score, level, sorted, summary(facts, level, sorted));
    }

    static Text summary(MessageFacts facts, Level level, List<Finding> findings) {
        Address sender = facts.sender();
        Text who = sender == null ? Text.of("summary.unknownSender")
                : sender.hasDisplayName() ? Text.of("summary.nameAndAddress", sender.displayName(), sender.email())
                        : Text.literal(sender.email());
        if (level == Level.CONSISTENT) {
            return findings.isEmpty() ? Text.of("summary.fits", who) : Text.of("summary.minor", who);
        }
        List<Text> reasons = new ArrayList<>();
        for (Finding f : findings) {
            if (reasons.size() == 3 || f.strength() < 0.1) {
                break;
            }
            reasons.add(Text.clause(f.explanationText()));
        }
        Text advice = Text.of(level == Level.LIKELY_HIJACK ? "summary.adviceHijack" : "summary.adviceCheck");
        return Text.of("summary.claims", who, Text.of("summary.reasons" + reasons.size(), reasons.toArray()), advice);
    }
}
