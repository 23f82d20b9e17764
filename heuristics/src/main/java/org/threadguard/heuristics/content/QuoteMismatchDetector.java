package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Shingles;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.nlp.Tokens;
import org.threadguard.heuristics.quote.QuoteSplit;

/**
 * Notices a quoted history that differs from what the quoted message really said. The quote and
 * the real earlier messages are compared as word 5-grams, so re-wrapping, quote markers, header
 * blocks and trimming do not count; invented or altered sentences do. A quote that matches some
 * other message of the mailbox, or that its attribution line gives to someone else, is a reply
 * quoting another message — common and weak — not an altered quote.
 */
public final class QuoteMismatchDetector implements Detector {
    public static final String CODE = "QUOTE_MISMATCH";
    private static final int MIN_SHINGLES = 8;
    private static final int RECENT = 6;
    /** Header lines of quote blocks ("From: x", "Sent: y", "Von:", "Enviado el:", ...) and attribution lines. */
    private static final Pattern HEADER_LINE = Pattern.compile("(?iu)^\\s*\\*?\\s*(from|sent|to|cc|bcc|subject|date"
            + "|von|gesendet|an|betreff|datum|de|enviado|enviada|para|asunto|assunto|envoyé|à|objet|da|inviato|a"
            + "|oggetto|van|verzonden|aan|onderwerp|reply-to)\\s*\\*?\\s*:.*$");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)^.{0,200}(wrote|schrieb|escribió|a écrit"
            + "|ha scritto|escreveu|schreef|skrev)\\s*:?\\s*$");

    @Override
    public String code() {
        return CODE;
    }

    private static final int MAX_WORDS = 3000;

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        QuoteSplit split = ctx.facts().split();
        if (!split.hasQuote() || ctx.parent().isEmpty() || !ctx.message().hasReplyHeaders()) {
            return List.of(); // compare only with a message the reply names, never a guessed one
        }
        MessageFacts parent = ctx.parent().get();
        String quotedRaw = split.quotedMessages().isEmpty() ? split.quotedText() : split.quotedMessages().get(0).text();
        String quoted = contentLines(quotedRaw);
        // the fingerprints of the first 3,000 words (one pass over the text, as Shingles.of(words) would give them)
        long[] quotedShingles = Shingles.ofText(quoted);
        if (quotedShingles.length > MAX_WORDS - Shingles.N + 1) {
            quotedShingles = java.util.Arrays.copyOf(quotedShingles, MAX_WORDS - Shingles.N + 1);
        }
        if (quotedShingles.length < MIN_SHINGLES) {
            return List.of();
        }
        // the parent and the thread's recent messages: nested quotes come from them (bounded work per reply)
        // (each message's shingles are sorted once; searching them beats building a set per reply)
        List<long[]> reference = new ArrayList<>(RECENT + 1);
        reference.add(parent.bodyShingles());
        List<MessageFacts> members = ctx.thread().members();
        for (int i = Math.max(0, members.size() - RECENT); i < members.size(); i++) {
            if (members.get(i) != parent) {
                reference.add(members.get(i).bodyShingles());
            }
        }
        java.util.function.LongPredicate inReference = h -> {
            for (long[] sorted : reference) {
                if (java.util.Arrays.binarySearch(sorted, h) >= 0) {
                    return true;
                }
            }
            return false;
        };
        int found = 0;
        for (long h : quotedShingles) {
            if (inReference.test(h)) {
                found++;
            }
        }
        double share = found / (double) quotedShingles.length;
        if (share >= 0.5) {
            return List.of();
        }
        String author = split.quotedMessages().isEmpty() ? "" : split.quotedMessages().get(0).author();
        boolean attributedToParent = author.isEmpty() || names(author, parent.sender());
        double elsewhere = ctx.mailbox().knownTextShare(quoted);
        double strength;
        Text explanation;
        // the earlier message's author by name (data); without one, the sentences say "the earlier message"
        String parentName = parent.sender() == null ? null
                : parent.sender().displayName().isEmpty() ? parent.sender().email() : parent.sender().displayName();
        if (elsewhere >= 0.5 || !attributedToParent) {
            // Quoting another message than the one answered: common in genuine threads (replying to the
            // digest, to the list copy, to an older message), so it weighs little.
            strength = 0.1;
            if (parentName == null) {
                explanation = author.isEmpty() ? Text.of("QUOTE_MISMATCH.otherMessageUnknown")
                        : Text.of("QUOTE_MISMATCH.otherMessageUnknownAttributed", author);
            } else {
                explanation = author.isEmpty() ? Text.of("QUOTE_MISMATCH.otherMessage", parentName)
                        : Text.of("QUOTE_MISMATCH.otherMessageAttributed", parentName, author);
            }
        } else {
            strength = share < 0.15 ? 0.35 : share < 0.3 ? 0.3 : 0.2;
            long percent = Math.round(share * 100);
            if (parentName == null) {
                explanation = author.isEmpty() ? Text.of("QUOTE_MISMATCH.differsUnknown", percent)
                        : Text.of("QUOTE_MISMATCH.differsUnknownAttributed", percent, author);
            } else {
                explanation = author.isEmpty() ? Text.of("QUOTE_MISMATCH.differs", parentName, percent)
                        : Text.of("QUOTE_MISMATCH.differsAttributed", parentName, percent, author);
            }
        }
        Text earlier = Text.literal(Evidence.excerpt(parent.newText(), 300));
        Text quotedExcerpt = Text.literal(Evidence.excerpt(quoted, 300));
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow(Text.of("QUOTE_MISMATCH.reallySent"), earlier, parent.message().messageId(),
                quotedExcerpt));
        List<String> alien = alienLines(quoted, inReference);
        for (String line : alien.subList(0, Math.min(4, alien.size()))) {
            rows.add(new EvidenceRow(Text.of("QUOTE_MISMATCH.alienLine"), Text.empty(), parent.message().messageId(),
                    Text.literal(Evidence.excerpt(line, 200))));
        }
        return List.of(Finding.of(CODE, strength, explanation, earlier, parent.message().messageId(), quotedExcerpt,
                rows));
    }

    /** The quoted text without quote-header blocks and attribution lines. */
    public static String contentLines(String quoted) {
        StringBuilder b = new StringBuilder(quoted.length());
        for (String line : quoted.lines().toList()) {
            int from = 0;
            while (from < line.length() && (line.charAt(from) == '>' || Character.isWhitespace(line.charAt(from)))) {
                from++;
            }
            String l = line.substring(from);
            if (l.startsWith("-----") || l.startsWith("_____")
                    || l.indexOf(':') >= 0 && l.indexOf(':') <= 40 && HEADER_LINE.matcher(l).matches()
                    || endsLikeAttribution(l) && ATTRIBUTION.matcher(l).matches()) {
                continue;
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

    private static final String[] ATTRIBUTION_VERBS = {"wrote", "schrieb", "escribió", "a écrit", "ha scritto",
        "escreveu", "schreef", "skrev"};

    /** A cheap test before {@link #ATTRIBUTION}: the line ends with one of its verbs (and maybe a colon). */
    private static boolean endsLikeAttribution(String l) {
        int end = l.length();
        while (end > 0 && (Character.isWhitespace(l.charAt(end - 1)) || l.charAt(end - 1) == ':')) {
            end--;
        }
        if (end == 0 || end > 260) {
            return false;
        }
        String tail = l.substring(Math.max(0, end - 12), end).toLowerCase(java.util.Locale.ROOT);
        for (String v : ATTRIBUTION_VERBS) {
            if (tail.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attribution ("Anna Schmidt <anna@x>", "anna@x") names this sender. */
    static boolean names(String author, Address sender) {
        if (sender == null) {
            return false;
        }
        String a = Tokens.stripAccents(author.toLowerCase(Locale.ROOT));
        if (!sender.email().isEmpty() && a.contains(sender.email())) {
            return true;
        }
        String local = sender.localPart();
        if (local.length() >= 3 && a.contains(local)) {
            return true;
        }
        for (String part : Tokens.words(Tokens.stripAccents(sender.displayName().toLowerCase(Locale.ROOT)))) {
            if (part.length() >= 3 && a.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> alienLines(String quoted, java.util.function.LongPredicate reference) {
        List<String> out = new ArrayList<>();
        for (String line : quoted.split("\\R")) {
            List<String> w = Shingles.words(line);
            if (w.size() < Shingles.N + 1) {
                continue;
            }
            int hit = 0;
            for (long h : Shingles.of(w)) {
                if (reference.test(h)) {
                    hit++;
                }
            }
            if (hit == 0) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
