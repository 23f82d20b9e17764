package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.content.GenericVocabulary;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.nlp.LanguageGuesser;
import org.threadguard.heuristics.nlp.Tokens;
import org.threadguard.heuristics.quote.QuoteSplit;
import org.threadguard.heuristics.quote.QuoteSplitter;

/**
 * What the analysis derives once from a message: its sender, its new text and quoted history,
 * language, vocabulary and client fingerprint. Computed once, reused by every detector and by
 * every later message that compares itself with this one.
 */
public final class MessageFacts {
    private final MailMessage message;
    private final Address sender;
    private final QuoteSplit split;
    private final String newText;
    /** {@link #prose(String)} of the new text; released with the word bag once the message is judged. */
    private volatile String prose;
    /** The content words; released once the message is judged and indexed (see {@link #judged()}). */
    private volatile Map<String, Integer> bag;
    private final Optional<LanguageGuesser.Guess> language;
    private final Fingerprint fingerprint;
    private final List<Link> newLinks;
    private final List<Attachment> attachments;
    private final int wordCount;

    public MessageFacts(MailMessage message) {
        this.message = message;
        this.sender = Senders.effectiveSender(message);
        QuoteSplit s;
        try {
            s = QuoteSplitter.split(message.bodyText());
        } catch (RuntimeException e) {
            s = new QuoteSplit(message.bodyText(), "", message.bodyText().length(), List.of());
        }
        this.split = s;
        String nt;
        try {
            nt = org.threadguard.heuristics.quote.GatewayBanner.strip(QuoteSplitter.stripListFooter(s.newText()));
        } catch (RuntimeException e) {
            nt = s.newText();
        }
        this.newText = nt.length() > 20_000 ? nt.substring(0, 20_000) : nt;
        List<String> words = Tokens.words(newText);
        this.bag = Tokens.contentBag(words);
        this.wordCount = words.size();
        this.prose = prose(newText);
        this.language = LanguageGuesser.guess(prose);
        this.fingerprint = Fingerprint.of(message);
        List<Link> links = new ArrayList<>();
        for (Link l : message.links()) {
            if (l.quoted() || l.host().isEmpty() && !l.carriesContent()) {
                continue;
            }
            // a link written in the text counts as new only if it sits in the new text
            if (l.source() == org.threadguard.heuristics.model.LinkSource.TEXT && !message.text().isBlank()
                    && !newText.contains(l.href().substring(0, Math.min(l.href().length(), 24)))) {
                continue;
            }
            if (RASTER_IMAGES.contains(org.threadguard.heuristics.model.FileNames.extension(l.path()))) {
                // "[https://host/icons/zip_16x16.png]": a client's placeholder for an inline image, not a
                // place the reader is sent to
                continue;
            }
            links.add(l);
        }
        this.newLinks = List.copyOf(links);
        List<Attachment> atts = new ArrayList<>();
        for (Attachment a : message.attachments()) {
            boolean decorative = a.inline() && a.declaredType().startsWith("image/") && a.size() < 200_000;
            boolean signature = a.declaredType().contains("pgp-signature") || a.declaredType().contains("pkcs7-signature")
                    || a.declaredType().contains("x-pkcs7") || "asc".equals(a.extension()) || "p7s".equals(a.extension());
            boolean vcard = a.declaredType().contains("vcard") || "vcf".equals(a.extension())
                    || a.declaredType().equals("message/rfc822") && a.fileName().isEmpty() && a.archiveEntries().isEmpty();
            if (!decorative && !signature && !vcard) {
                atts.add(a);
            }
        }
        this.attachments = List.copyOf(atts);
    }

    /** The words the sender wrote: above the signature delimiter, without links, addresses and image tags. */
    public static String prose(String newText) {
        String above = Tokens.aboveSignature(newText);
        StringBuilder b = new StringBuilder(above.length());
        int n = above.length();
        int i = 0;
        while (i < n) {
            char c = above.charAt(i);
            if (Character.isWhitespace(c)) {
                b.append(c);
                i++;
                continue;
            }
            int end = i;
            if (above.startsWith("[image:", i)) {
                int close = above.indexOf(']', i);
                end = close < 0 ? n : close + 1;
            } else {
                boolean at = false;
                while (end < n && !Character.isWhitespace(c = above.charAt(end))) {
                    at |= c == '@';
                    end++;
                }
                char first = (char) (above.charAt(i) | 0x20);
                boolean link = first == 'h' && above.regionMatches(true, i, "http", 0, 4)
                        || first == 'w' && above.regionMatches(true, i, "www.", 0, 4)
                        || first == 'f' && above.regionMatches(true, i, "ftp://", 0, 6);
                if (!at && above.charAt(i) != '<' && !link) {
                    b.append(above, i, end);
                }
            }
            b.append(' ');
            i = end;
        }
        return b.toString();
    }

    private java.util.Map<Object, Object> derived;
    private java.util.Map<Object, Object> derivedForJudging;

    /**
     * Called once the message has been judged and added to the mailbox index: what only its own judging
     * reads (its word bag, now merged into its thread's vocabulary, and values derived with
     * {@link #derivedForJudging}) is released. A mailbox's facts stay in the index for every later
     * message, so this is most of the analysis's memory (ADR 0008).
     */
    synchronized void judged() {
        bag = Map.of();
        prose = null;
        derivedForJudging = null;
    }

    /**
     * A value derived from this message alone that only the judging of this message reads (a later reply
     * never asks for it), computed on first use and released when the message has been judged.
     */
    public synchronized <T> T derivedForJudging(Object key, java.util.function.Function<MessageFacts, T> compute) {
        if (derivedForJudging == null) {
            derivedForJudging = new java.util.HashMap<>(4);
        }
        return memo(derivedForJudging, key, compute);
    }

    /**
     * A value derived from this message alone by a detector, computed on first use and kept: later
     * replies compare themselves with the same earlier message many times (the sender's history).
     */
    public synchronized <T> T derived(Object key, java.util.function.Function<MessageFacts, T> compute) {
        if (derived == null) {
            derived = new java.util.HashMap<>(4);
        }
        return memo(derived, key, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(java.util.Map<Object, Object> values, Object key,
            java.util.function.Function<MessageFacts, T> compute) {
        Object v = values.get(key);
        if (v == null) {
            v = compute.apply(this);
            values.put(key, v);
        }
        return (T) v;
    }

    private static final int BODY_SAMPLE = 16_000;
    private static final java.util.Set<String> RASTER_IMAGES = java.util.Set.of("png", "gif", "jpg", "jpeg", "bmp",
            "webp", "ico");
    private volatile long[] bodyShingles;
    private String bodyWords;

    /**
     * Word 5-gram fingerprints of the whole body (new text and quotes, first 16,000 characters), sorted (for
     * {@link java.util.Arrays#binarySearch(long[], long)}), computed once.
     * Every message added to the index needs them, so the analysis computes them with the other facts, in
     * parallel ({@link #prepareForIndex()}).
     */
    public long[] bodyShingles() {
        long[] sh = bodyShingles;
        if (sh == null) {
            // two threads may both compute it: the same array content, published through the volatile field
            sh = Shingles.ofText(bodySample());
            java.util.Arrays.sort(sh);
            bodyShingles = sh;
        }
        return sh;
    }

    /** Computes now what adding this message to the mailbox index will read; returns this. */
    MessageFacts prepareForIndex() {
        bodyShingles();
        return this;
    }

    /** The whole body as normalised words joined by single spaces, computed once (for short-quote lookups). */
    public String bodyWords() {
        if (bodyWords == null) {
            bodyWords = String.join(" ", Shingles.words(bodySample()));
        }
        return bodyWords;
    }

    private String bodySample() {
        String body = message.bodyText();
        // the new text and the nearest quotes; deeper quotes are the earlier messages' own texts
        return body.length() > BODY_SAMPLE ? body.substring(0, BODY_SAMPLE) : body;
    }

    public MailMessage message() {
        return message;
    }

    /** The effective sender (see {@link Senders#effectiveSender}), may be {@code null}. */
    public Address sender() {
        return sender;
    }

    public String senderEmail() {
        return sender == null ? "" : sender.email();
    }

    public String senderDomain() {
        return sender == null ? "" : Domains.registrable(sender.domain());
    }

    public QuoteSplit split() {
        return split;
    }

    /** The new text, without quoted history and list footer. */
    public String newText() {
        return newText;
    }

    /** The new text's content words with counts; empty once the message has been judged and indexed. */
    public Map<String, Integer> bag() {
        return bag;
    }

    public int wordCount() {
        return wordCount;
    }

    /**
     * Whether the new text is a substantive, on-topic contribution: long enough to say something,
     * and sharing most of its content words with what the thread said before. Links and files in
     * such a text are what the conversation is about, so their novelty weighs less.
     */
    public boolean onTopic(ThreadState thread) {
        if (bag.isEmpty() || thread.isEmpty()) {
            return false;
        }
        if (wordCount < 25) {
            // A short text shares "please", "attached" and "invoice" with any business thread: only its
            // specific words count, and it needs at least two of them in the thread.
            // people's names (a greeting, a signature) are not a topic either
            Set<String> names = new HashSet<>();
            List<Address> people = new ArrayList<>(message.participants());
            if (sender != null) {
                people.add(sender);
            }
            for (Address a : people) {
                names.addAll(Tokens.words(a.displayName()));
            }
            for (String n : thread.participantNames().values()) {
                names.addAll(Tokens.words(n));
            }
            Set<String> specific = new HashSet<>();
            // the words the sender wrote, not those of a link's address (anyone can put the thread's words in a URL)
            String p = prose;
            for (String w : Tokens.words(p != null ? p : prose(newText))) {
                if (w.length() >= 3 && !Tokens.isNumber(w) && !GenericVocabulary.isGeneric(w) && !names.contains(w)) {
                    String k = Tokens.stripAccents(w);
                    specific.add(k.length() > 7 ? k.substring(0, 7) : k);
                }
            }
            int shared = 0;
            for (String k : specific) {
                if (thread.vocabulary().containsKey(k)) {
                    shared++;
                }
            }
            return shared >= 2 && shared >= 0.5 * specific.size();
        }
        int shared = 0;
        for (String k : bag.keySet()) {
            if (thread.vocabulary().containsKey(k)) {
                shared++;
            }
        }
        return shared >= 0.5 * bag.size();
    }

    public Optional<LanguageGuesser.Guess> language() {
        return language;
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** Links in the new text (not in the quoted history). */
    public List<Link> newLinks() {
        return newLinks;
    }

    /** Attachments that carry content (signature logos, PGP/S-MIME signatures and vCards left out). */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** A short key for an attachment's type: its extension, else its sniffed or declared type. */
    public static String typeKey(Attachment a) {
        String ext = a.extension();
        if (!ext.isEmpty() && ext.length() <= 6) {
            return ext;
        }
        return !a.sniffedType().isEmpty() ? a.sniffedType() : a.declaredType();
    }
}
