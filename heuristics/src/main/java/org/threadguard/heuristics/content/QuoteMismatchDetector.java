package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
            // too short to compare as a whole ("Thanks!"), but the older messages quoted below it can be
            return alteredDetails(ctx, parent, split.quotedText());
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
            // a faithful quote, but maybe with one detail changed: the bank account, the amount, a link
            List<Finding> altered = alteredDetails(ctx, parent, split.quotedText());
            if (altered.isEmpty()) {
                altered = alteredLinks(ctx, parent, split);
            }
            return altered.isEmpty() ? wordsPutInUsersMouth(ctx, parent, split) : altered;
        }
        List<Finding> added = wordsPutInUsersMouth(ctx, parent, split);
        if (!added.isEmpty()) {
            return added; // the user's own paragraph with a sentence added: more telling than the share alone
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

    /**
     * A faithful quote of the user's own message with words added inside one of its paragraphs: the paragraph
     * begins and ends as the user wrote it, every word the user wrote is there in order, and a sentence more sits
     * in the middle ("c'est signé. Could you send the signed version by secure message? Merci"). The user's Sent
     * mail is the ground truth of what the user wrote; mail clients re-wrap quotes but do not add to a
     * paragraph, and inline answers go on lines of their own. Weighs more when the added words ask for something.
     */
    private static List<Finding> wordsPutInUsersMouth(AnalysisContext ctx, MessageFacts parent, QuoteSplit split) {
        if (!ctx.mailbox().isOwn(parent.senderEmail())
                && !org.threadguard.heuristics.detect.Senders.isSentFolder(parent.message().folder())) {
            return List.of();
        }
        String quoted = split.quotedMessages().isEmpty() ? split.quotedText() : split.quotedMessages().get(0).text();
        List<String> writtenRaw = paragraphs(parent.newText());
        List<List<String>> written = new ArrayList<>();
        for (String p : writtenRaw) {
            written.add(paragraphWords(p));
        }
        // words the user wrote anywhere in that message: a client that merges two of its paragraphs adds none
        java.util.Set<String> vocabulary = new java.util.HashSet<>();
        for (List<String> w : written) {
            vocabulary.addAll(w);
        }
        for (String qRaw : paragraphs(quoted.length() > 8_000 ? quoted.substring(0, 8_000) : quoted)) {
            List<String> q = paragraphWords(qRaw);
            for (int oi = 0; oi < written.size(); oi++) {
                List<String> o = written.get(oi);
                if (o.size() >= 6 && q.size() >= 6 && q.subList(0, 4).equals(o.subList(0, 4))) {
                    // (links left out: a gateway rewrites them in quotes, with tokens full of digits)
                    List<Finding> replaced = wordsReplaced(writtenRaw.get(oi), qRaw, linkFreeVocabulary(writtenRaw),
                            parent);
                    if (!replaced.isEmpty()) {
                        return replaced;
                    }
                }
                if (o.size() < 6 || q.size() < o.size() + 5 || !q.subList(0, 4).equals(o.subList(0, 4))) {
                    continue;
                }
                // inserted inside the paragraph (it still ends as written), or put after its first sentences
                // (the paragraph begins as written and then says something else)
                boolean inserted = q.subList(q.size() - 3, q.size()).equals(o.subList(o.size() - 3, o.size()))
                        && isSubsequence(o, q);
                List<String> added = inserted ? addedWords(o, q) : divergence(o, q);
                long foreign = added.stream().filter(w -> !vocabulary.contains(w)).count();
                if (foreign < 5) {
                    continue;
                }
                String addedText = String.join(" ", added);
                boolean asks = !Lexicon.actions(addedText).isEmpty() || !Lexicon.bankTerms(addedText).isEmpty()
                        || Lexicon.asksToSignIn(addedText)
                        || qRaw.chars().filter(c -> c == '?').count() > writtenRaw.get(oi).chars().filter(c -> c == '?').count();
                Text earlier = Text.literal(Evidence.excerpt(String.join(" ", o), 300));
                Text shown = Text.literal(Evidence.excerpt(String.join(" ", q), 300));
                List<EvidenceRow> rows = List.of(new EvidenceRow(Text.of("QUOTE_MISMATCH.addedWords"), earlier,
                        parent.message().messageId(), Text.literal(Evidence.excerpt(addedText, 200))));
                return List.of(Finding.of(CODE, asks ? 0.5 : 0.35,
                        Text.of("QUOTE_MISMATCH.wordsAdded", Evidence.excerpt(addedText, 120)), earlier,
                        parent.message().messageId(), shown, rows));
            }
        }
        return List.of();
    }

    /**
     * A paragraph of the user's own message quoted with some of its words replaced, a number among them (a delivery
     * address, a date, a quantity or an amount the user confirmed, changed in the "confirmation" the reply quotes
     * back): the user's Sent copy is the ground truth, and mail clients never change the digits they quote.
     */
    private static List<Finding> wordsReplaced(String written, String quotedParagraph, java.util.Set<String> vocabulary,
            MessageFacts parent) {
        List<String> o = paragraphWords(withoutLinks(written));
        List<String> q = paragraphWords(withoutLinks(quotedParagraph));
        java.util.Set<String> own = new java.util.HashSet<>(o);
        java.util.Set<String> shown = new java.util.HashSet<>(q);
        List<String> put = new ArrayList<>();
        boolean numberChanged = false;
        for (String w : new java.util.LinkedHashSet<>(q)) {
            if (!vocabulary.contains(w)) {
                put.add(w);
                numberChanged |= w.chars().anyMatch(Character::isDigit);
            }
        }
        long removed = own.stream().filter(w -> !shown.contains(w)).count();
        if (put.size() < 2 || removed < 2 || !numberChanged) {
            return List.of();
        }
        String putText = String.join(" ", put);
        // the paragraphs as written (their words, lower-cased, would hide what changed)
        Text earlier = Text.literal(Evidence.excerpt(written.strip(), 300));
        Text quotedAs = Text.literal(Evidence.excerpt(quotedParagraph.strip(), 300));
        List<EvidenceRow> rows = List.of(new EvidenceRow(Text.of("QUOTE_MISMATCH.replacedWords"), earlier,
                parent.message().messageId(), quotedAs));
        // (a diversion, like a changed account in a quote: a demand, so it counts as what the reply wants)
        return List.of(Finding.of(CODE, 0.6, Text.of("QUOTE_MISMATCH.wordsReplaced", Evidence.excerpt(putText, 120)),
                earlier, parent.message().messageId(), quotedAs, rows));
    }

    private static final java.util.regex.Pattern LINK_TEXT = java.util.regex.Pattern.compile(
            "(?i)<?\\b(?:https?://|www\\.|mailto:|cid:)[^\\s>\\]]*>?|\\[cid:[^\\]]*\\]");

    /** A paragraph without its links (as written, or wrapped by a gateway), e-mail addresses and inline-image ids. */
    private static String withoutLinks(String paragraph) {
        return LINK_TEXT.matcher(paragraph).replaceAll(" ").replaceAll("\\S+@\\S+", " ");
    }

    private static java.util.Set<String> linkFreeVocabulary(List<String> paragraphs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String p : paragraphs) {
            out.addAll(paragraphWords(withoutLinks(p)));
        }
        return out;
    }

    /** A text's paragraphs (separated by blank lines), quote markers removed, at most 200. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : (text + "\n\n").split("\\R", -1)) {
            String u = unquoted(line);
            if (u.isBlank()) {
                if (b.length() > 0 && out.size() < 200) {
                    out.add(b.toString());
                }
                b.setLength(0);
            } else {
                b.append(u).append(' ');
            }
        }
        return out;
    }

    /** A paragraph's lower-case words. */
    private static List<String> paragraphWords(String paragraph) {
        List<String> w = new ArrayList<>();
        for (String t : Tokens.words(paragraph)) {
            if (t.chars().anyMatch(Character::isLetterOrDigit)) {
                w.add(t);
            }
        }
        return w;
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (int j = 0; j < big.size() && i < small.size(); j++) {
            if (big.get(j).equals(small.get(i))) {
                i++;
            }
        }
        return i == small.size();
    }

    /** The words of {@code q} from where it stops following {@code o} word by word. */
    private static List<String> divergence(List<String> o, List<String> q) {
        int i = 0;
        while (i < o.size() && i < q.size() && o.get(i).equals(q.get(i))) {
            i++;
        }
        return q.subList(i, q.size());
    }

    /** The words of {@code big} left over when {@code small} is matched in order from both ends. */
    private static List<String> addedWords(List<String> small, List<String> big) {
        int head = 0;
        while (head < small.size() && small.get(head).equals(big.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < small.size() - head && small.get(small.size() - 1 - tail).equals(big.get(big.size() - 1 - tail))) {
            tail++;
        }
        return big.subList(head, big.size() - tail);
    }

    /** Words that make a changed number a changed payment detail. */
    private static final Pattern PAYMENT_WORDS = Pattern.compile("(?iu)\\b(iban|bic|swift|account|acct|a/c|routing"
            + "|sort\\s*code|bank|konto|kontonummer|bankverbindung|cuenta|conta|compte|rib|conto|rekening|rekeningnummer"
            + "|účet|účtu|číslo|hesap|rachunek|konta|kontonr|bankgiro|plusgiro|pix|agência|agencia|clabe|amount|total"
            + "|betrag|summe|importe|importo|montant|valor|bedrag|částka|tutar|kwota|belopp|invoice|rechnung|factura"
            + "|fattura|facture|fatura|faktura|factuur)\\b");

    /**
     * A quote that matches the real message except for a number: the quoted account, IBAN or amount is not the
     * one the earlier message gave. Genuine clients re-wrap and trim quotes; they do not change digits.
     */
    private static List<Finding> alteredDetails(AnalysisContext ctx, MessageFacts parent, String quoted) {
        // only numbers on lines that speak of payment matter (others change in quotes for harmless reasons: a
        // version, a date corrected inline); most quotes have none, and then nothing else is read
        List<String> quotedNumbers = new ArrayList<>();
        List<String> paymentLines = new ArrayList<>();
        // one pass over the characters of the nearest quotes (as for the body fingerprints, deeper quotes are
        // the earlier messages' own texts): only a line with four digits or more is cut out and read further
        int end = Math.min(quoted.length(), QUOTE_SAMPLE);
        int lineStart = 0;
        int digits = 0;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? quoted.charAt(i) : '\n';
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '\n' || c == '\r') {
                if (digits >= 4) {
                    String line = quoted.substring(lineStart, i);
                    List<String> ns = numbers(line);
                    if (!ns.isEmpty() && PAYMENT_WORDS.matcher(line).find()) {
                        quotedNumbers.addAll(ns);
                        paymentLines.add(line);
                    }
                }
                lineStart = i + 1;
                digits = 0;
            }
        }
        if (quotedNumbers.isEmpty()) {
            return List.of();
        }
        // the parent (whose own quotes hold the older messages as they were really sent) and the thread's recent
        // messages: a number any of them wrote is no change
        List<MessageFacts> sources = withLatest(parent, ctx, RECENT);
        java.util.Set<String> known = new java.util.HashSet<>();
        for (MessageFacts m : sources) {
            known.addAll(bodyNumbers(m));
        }
        boolean novel = false;
        for (String line : paymentLines) {
            novel |= !allKnown(line, known);
        }
        if (!novel) {
            return List.of();
        }
        // each line with the message that holds it (its own words first, then its quotes)
        List<String> originalLines = new ArrayList<>();
        List<MessageFacts> lineSources = new ArrayList<>();
        for (boolean ownWords : new boolean[] {true, false}) {
            for (MessageFacts m : sources) {
                String text = ownWords ? m.newText() : m.message().bodyText();
                text.lines().map(QuoteMismatchDetector::unquoted).filter(l -> !l.isBlank()).forEach(l -> {
                    originalLines.add(l);
                    lineSources.add(ownWords ? m : null);
                });
            }
        }
        // each line's words and numbers, computed once for all the quoted payment lines
        List<java.util.Set<String>> originalWords = new ArrayList<>(originalLines.size());
        List<java.util.Set<String>> originalNumbers = new ArrayList<>(originalLines.size());
        for (String o : originalLines) {
            originalWords.add(wordsWithoutNumbers(o));
            originalNumbers.add(new java.util.HashSet<>(numbers(o)));
        }
        List<EvidenceRow> rows = new ArrayList<>();
        String firstOriginal = null;
        String firstQuoted = null;
        MessageFacts firstSource = null;
        for (String line : paymentLines) {
            List<String> lineNumbers = numbers(line);
            if (allKnown(line, known)) {
                continue;
            }
            // the line of the real message this one was made from: the same words, other numbers
            java.util.Set<String> words = wordsWithoutNumbers(line);
            if (words.isEmpty()) {
                continue;
            }
            String best = null;
            MessageFacts bestSource = null;
            double bestSimilarity = 0;
            java.util.Set<String> lineNumberSet = new java.util.HashSet<>(lineNumbers);
            for (int li = 0; li < originalLines.size(); li++) {
                java.util.Set<String> ow = originalWords.get(li);
                java.util.Set<String> on = originalNumbers.get(li);
                if (ow.isEmpty() || on.isEmpty() || on.equals(lineNumberSet)) {
                    continue;
                }
                int common = 0;
                for (String w : words) {
                    if (ow.contains(w)) {
                        common++;
                    }
                }
                double similarity = common / (double) (words.size() + ow.size() - common);
                // two words in common, or the same label alone ("IBAN: ...", "BIC: ...")
                boolean sameLabel = common == words.size() && words.size() == ow.size();
                if ((common >= 2 || sameLabel) && similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = originalLines.get(li);
                    bestSource = lineSources.get(li);
                }
            }
            if (best == null || bestSimilarity < 0.4) {
                continue;
            }
            String ref = (bestSource != null ? bestSource : parent).message().messageId();
            if (firstOriginal == null) {
                firstOriginal = best.strip();
                firstQuoted = line.strip();
                firstSource = bestSource;
            }
            if (rows.size() < 4) {
                rows.add(new EvidenceRow(Text.of("QUOTE_MISMATCH.changedLine"),
                        Text.literal(Evidence.excerpt(best.strip(), 200)), ref,
                        Text.literal(Evidence.excerpt(line.strip(), 200))));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        // who really gave the details: the author of the message whose own words hold the original line
        String author = firstSource == null || firstSource.sender() == null ? null
                : firstSource.sender().displayName().isEmpty() ? firstSource.sender().email()
                        : firstSource.sender().displayName();
        Text explanation = author == null ? Text.of("QUOTE_MISMATCH.paymentChangedUnknown")
                : Text.of("QUOTE_MISMATCH.paymentChanged", author);
        return List.of(Finding.of(CODE, 0.65, explanation,
                Text.literal(Evidence.excerpt(firstOriginal, 200)), rows.get(0).earlierRef(),
                Text.literal(Evidence.excerpt(firstQuoted, 200)), rows));
    }

    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?m)^[>\\s]*[-_=*]{5,}\\s*$");
    private static final Pattern QUOTED_URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"')\\]]+");

    /**
     * A faithful quote whose link leads to a site that none of the quoted messages linked to: the real message
     * pointed to its file or folder, the quote now points elsewhere (the attacker kept the words and swapped
     * the link). Compared by registrable domain, and by host on services where anyone publishes.
     */
    private static List<Finding> alteredLinks(AnalysisContext ctx, MessageFacts answered, QuoteSplit split) {
        if (!split.quotedText().contains("://")) {
            return List.of();
        }
        // each quoted message on its own (the nearest and the older ones below it: hijackers quote the whole chain
        // and change a link deep in it), each compared with the message whose words it repeats
        List<String> quotes = new ArrayList<>();
        if (split.quotedMessages().isEmpty()) {
            quotes.add(split.quotedText());
        } else {
            for (int i = 0; i < Math.min(4, split.quotedMessages().size()); i++) {
                quotes.add(split.quotedMessages().get(i).text());
            }
        }
        for (String quoted : quotes) {
            List<Finding> found = alteredLink(ctx, answered, quoted);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<Finding> alteredLink(AnalysisContext ctx, MessageFacts answered, String quoted) {
        if (!quoted.contains("://")) {
            return List.of();
        }
        String sample = quoted.length() > QUOTE_SAMPLE ? quoted.substring(0, QUOTE_SAMPLE) : quoted;
        // up to the first separator line: below it come a list's footer or advertisement (which differ between
        // the copies a list delivers) and the older messages
        Matcher separator = SEPARATOR_LINE.matcher(sample);
        if (separator.find()) {
            sample = sample.substring(0, separator.start());
        }
        // the thread's sites, its people's and lists' domains, and whatever the answered message carried as the
        // reader received it (a list's footer, an advertisement a free-mail service appended)
        java.util.Set<String> hosts = org.threadguard.heuristics.links.NovelLinkDomainDetector.familiarHosts(ctx);
        java.util.Set<String> sites = org.threadguard.heuristics.links.NovelLinkDomainDetector.familiarDomains(ctx);
        Matcher m = QUOTED_URL.matcher(sample);
        int checked = 0;
        while (m.find() && checked++ < 20) {
            String url = m.group();
            String host = org.threadguard.heuristics.text.UrlHosts.hostOf(
                    org.threadguard.heuristics.text.LinkWrappers.unwrap(url)).toLowerCase(java.util.Locale.ROOT);
            String site = org.threadguard.heuristics.links.Domains.registrable(host);
            if (host.isEmpty() || site.isEmpty() || hosts.contains(host)) {
                continue;
            }
            boolean platform = org.threadguard.heuristics.links.Domains.isFileSharing(host);
            if (!platform && sites.contains(site) || host.equals("aka.ms") // Microsoft's notices in quoted banners
                    || org.threadguard.heuristics.text.LinkWrappers.isRedirect(url)
                    || org.threadguard.heuristics.links.Domains.isClickTracker(host) || namesKnownSite(url, sites)) {
                continue; // a security gateway's or tracker's rewrite of a link to a known site, not a new site
            }
            // the message the quote repeats: the answered one, or (a hijacker's habit) an older one of the thread;
            // it must have had links of its own for one to have been swapped
            MessageFacts source = quotedSource(ctx, answered, quoted);
            if (source == null) {
                return List.of(); // the quoted message is not in the mailbox: nothing to compare the link with
            }
            List<org.threadguard.heuristics.model.Link> original = source.newLinks();
            if (original.isEmpty() || carries(source, host, site, platform) || carries(answered, host, site, platform)) {
                return List.of();
            }
            if (!takesTheLinksPlace(sample, m.start(), m.end(), source.newText())) {
                continue; // a link added to the quote (pasted by the replier), not the real message's link replaced
            }
            String author = source.sender() == null ? null
                    : source.sender().displayName().isEmpty() ? source.sender().email() : source.sender().displayName();
            List<String> originalUrls = new ArrayList<>();
            for (org.threadguard.heuristics.model.Link l : original.subList(0, Math.min(3, original.size()))) {
                originalUrls.add(l.target());
            }
            Text earlier = Text.literal(Evidence.defang(String.join(", ", originalUrls)));
            Text shown = Text.literal(Evidence.defang(url));
            List<EvidenceRow> rows = List.of(new EvidenceRow(Text.of("QUOTE_MISMATCH.changedLink"), earlier,
                    source.message().messageId(), shown));
            return List.of(Finding.of(CODE, 0.65, author == null
                    ? Text.of("QUOTE_MISMATCH.linkChangedUnknown", Evidence.defangHost(host))
                    : Text.of("QUOTE_MISMATCH.linkChanged", author, Evidence.defangHost(host)), earlier,
                    source.message().messageId(), shown, rows));
        }
        return List.of();
    }

    /**
     * Whether the link at {@code start..end} of a quote stands where the real message had a link: the rest of its
     * line is a line of the real message that holds a link, or (a link alone on its line) the quote's line above
     * it is followed by a link in the real message.
     */
    static boolean takesTheLinksPlace(String quote, int start, int end, String real) {
        int ls = quote.lastIndexOf('\n', start - 1) + 1;
        int le = quote.indexOf('\n', end);
        le = le < 0 ? quote.length() : le;
        String rest = unquoted(quote.substring(ls, start) + " " + quote.substring(end, le)).strip();
        List<String> lines = new ArrayList<>();
        for (String l : real.split("\\R")) {
            String u = unquoted(l).strip();
            if (!u.isEmpty()) {
                lines.add(u);
            }
        }
        if (rest.length() >= 8) {
            for (String l : lines) {
                if (!hasLink(l)) {
                    continue;
                }
                String words = l.replaceAll("\\S*(?:://|www\\.)\\S*", " ").strip();
                if (l.contains(rest) || words.length() >= 8 && rest.contains(words)) {
                    return true;
                }
            }
            return false;
        }
        // alone on its line: the line above it in the quote, then a link in the real message
        String above = "";
        int p = ls - 1;
        while (p > 0 && above.isEmpty()) {
            int ps = quote.lastIndexOf('\n', p - 1) + 1;
            above = unquoted(quote.substring(ps, p)).strip();
            p = ps - 1;
        }
        if (above.length() < 8) {
            return false;
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).contains(above) || above.contains(lines.get(i)) && lines.get(i).length() >= 8) {
                if (hasLink(lines.get(i + 1)) || hasLink(lines.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLink(String line) {
        return line.contains("://") || line.contains("www.");
    }

    /** Whether a message (as received, footers included) linked to this host, or this site off a platform. */
    private static boolean carries(MessageFacts m, String host, String site, boolean platform) {
        // written out as text in the real message ("www.example.org" in a signature, which the replier's client
        // turned into a link)
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        if (m.message().bodyText().toLowerCase(java.util.Locale.ROOT).contains(bare)) {
            return true;
        }
        for (org.threadguard.heuristics.model.Link l : m.message().links()) {
            String h = l.host().toLowerCase(java.util.Locale.ROOT);
            if (h.equals(host) || !platform && org.threadguard.heuristics.links.Domains.registrable(h).equals(site)) {
                return true;
            }
            // a link whose address carries this one (a signature service's link with the picture's address in its
            // query: the plain-text part shows the inner address)
            if (l.href().length() > host.length() + 10 && (l.href().contains(host)
                    || l.href().contains("%") && decoded(l.href()).toLowerCase(java.util.Locale.ROOT).contains(host))) {
                return true;
            }
        }
        return false;
    }

    /** {@code first}, then the thread's latest {@code n} messages other than it. */
    private static List<MessageFacts> withLatest(MessageFacts first, AnalysisContext ctx, int n) {
        List<MessageFacts> out = new ArrayList<>(n + 1);
        out.add(first);
        List<MessageFacts> members = ctx.thread().members();
        for (int i = Math.max(0, members.size() - n); i < members.size(); i++) {
            if (members.get(i) != first) {
                out.add(members.get(i));
            }
        }
        return out;
    }

    /** How many of the thread's latest messages a quoted message is looked for in. */
    private static final int SOURCE_SEARCH = 30;

    /**
     * Of the answered message and the thread's latest ones, the one whose own words the quote repeats (at least
     * half of its word 5-grams), or {@code null} when none does (a quote of mail this mailbox does not have).
     */
    private static MessageFacts quotedSource(AnalysisContext ctx, MessageFacts answered, String quoted) {
        long[] q = Shingles.ofText(contentLines(quoted));
        if (q.length < MIN_SHINGLES) {
            return null;
        }
        List<MessageFacts> candidates = withLatest(answered, ctx, SOURCE_SEARCH);
        MessageFacts best = null;
        int bestFound = 0;
        for (MessageFacts c : candidates) {
            long[] own = Shingles.ofText(c.newText()).clone();
            java.util.Arrays.sort(own);
            int found = 0;
            for (long h : q) {
                if (java.util.Arrays.binarySearch(own, h) >= 0) {
                    found++;
                }
            }
            if (found > bestFound) {
                bestFound = found;
                best = c;
            }
        }
        return bestFound * 2 >= q.length ? best : null;
    }

    private static String decoded(String href) {
        try {
            return java.net.URLDecoder.decode(href.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    /** Whether a URL's path or query names one of the known sites ("urldefense.com/v3/__https:/files.x.com/..."). */
    private static boolean namesKnownSite(String url, java.util.Set<String> sites) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        int pathStart = lower.indexOf('/', lower.indexOf("//") + 2);
        if (pathStart < 0) {
            return false;
        }
        String rest = lower.substring(pathStart);
        for (String site : sites) {
            if (site.length() >= 4 && site.contains(".") && rest.contains(site)) {
                return true;
            }
        }
        return false;
    }

    private static final Object BODY_NUMBERS = new Object();
    /** How much of a quote the payment check reads. */
    private static final int QUOTE_SAMPLE = 16_000;

    /** The numbers of an earlier message's whole body, derived once: every later reply of the thread asks. */
    private static java.util.Set<String> bodyNumbers(MessageFacts m) {
        return m.derived(BODY_NUMBERS, f -> java.util.Set.copyOf(numbers(f.message().bodyText())));
    }

    /**
     * Whether every number of a quoted line was written in the real messages: exactly, or as the part of one that a
     * line wrap cut ("Till 5583" at the end of a line for "Till 5583 217", "217 or by transfer" on the next).
     */
    private static boolean allKnown(String line, java.util.Set<String> known) {
        List<String> ns = numbers(line);
        String content = unquoted(line).strip();
        for (int i = 0; i < ns.size(); i++) {
            String n = ns.get(i);
            if (known.contains(n)) {
                continue;
            }
            boolean cutAtEnd = i == ns.size() - 1 && !content.isEmpty()
                    && Character.isDigit(content.charAt(content.length() - 1));
            boolean cutAtStart = i == 0 && !content.isEmpty() && Character.isDigit(content.charAt(0));
            boolean wrapped = false;
            for (String k : known) {
                if (k.length() > n.length() && (cutAtEnd && k.startsWith(n) || cutAtStart && k.endsWith(n))) {
                    wrapped = true;
                    break;
                }
            }
            if (!wrapped) {
                return false;
            }
        }
        return true;
    }

    /** A line without its quote markers. */
    private static String unquoted(String line) {
        int from = 0;
        while (from < line.length() && (line.charAt(from) == '>' || Character.isWhitespace(line.charAt(from)))) {
            from++;
        }
        return line.substring(from);
    }

    /** The line's words that hold no digit, accent-free. */
    private static java.util.Set<String> wordsWithoutNumbers(String line) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Shingles.words(line)) {
            boolean digit = false;
            for (int i = 0; i < w.length() && !digit; i++) {
                digit = Character.isDigit(w.charAt(i));
            }
            if (!digit) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The numbers of a text that can identify an account or an amount, as their characters without separators:
     * runs of at least four digits, with spaces, dots, commas, dashes or slashes inside, and IBAN-like codes
     * (two letters, two digits, then letters and digits).
     */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean ibanStart = i + 3 < n && isUpperAscii(c) && isUpperAscii(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!ibanStart && !(c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                i++;
                continue;
            }
            StringBuilder b = new StringBuilder();
            int digits = 0;
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                if (d >= '0' && d <= '9' || ibanStart && isUpperAscii(d)) {
                    b.append(d);
                    digits += d >= '0' && d <= '9' ? 1 : 0;
                    j++;
                } else if ((d == ' ' || d == '.' || d == ',' || d == '-' || d == '/') && j + 1 < n
                        && (Character.isDigit(text.charAt(j + 1)) || ibanStart && isUpperAscii(text.charAt(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            if (digits >= 4 && b.length() <= 40) {
                out.add(b.toString());
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The quoted text without quote-header blocks and attribution lines. */
    public static String contentLines(String quoted) {
        StringBuilder b = new StringBuilder(quoted.length());
        for (String line : quoted.lines().toList()) {
            String l = unwrapLinks(unquoted(line));
            if (l.startsWith("-----") || l.startsWith("_____")
                    || l.indexOf(':') >= 0 && l.indexOf(':') <= 40 && HEADER_LINE.matcher(l).matches()
                    || endsLikeAttribution(l) && ATTRIBUTION.matcher(l).matches()) {
                continue;
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

    /**
     * The line with links a security gateway wrapped (Safe Links, Proofpoint, ...) replaced by what they wrap: the
     * reader's gateway rewrites the links of a quote, the real message has them as they were written.
     */
    private static String unwrapLinks(String line) {
        int at = line.indexOf("http");
        if (at < 0 || line.indexOf("://", at) < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line.length());
        int i = 0;
        while (at >= 0) {
            int end = at;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '>'
                    && line.charAt(end) != '"') {
                end++;
            }
            String url = line.substring(at, end);
            String target = org.threadguard.heuristics.text.LinkWrappers.unwrap(url);
            b.append(line, i, at).append(target == null || target.isEmpty() ? url : target);
            i = end;
            at = line.indexOf("http", end);
        }
        return b.append(line, i, line.length()).toString();
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
