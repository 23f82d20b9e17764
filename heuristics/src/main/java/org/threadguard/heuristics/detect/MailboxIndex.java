package org.threadguard.heuristics.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.nlp.Tokens;
import org.threadguard.heuristics.thread.ThreadIndex;
import org.threadguard.heuristics.thread.Threader;

/**
 * What the mailbox has shown up to a point in time. Messages are added in arrival order; a
 * message is analysed against the index as it was just before the message arrived, so a verdict
 * never depends on later mail (causality).
 *
 * <p>Threads are grown with a union-find over Message-IDs (including ids that are referenced but
 * not present), which is JWZ's grouping computed incrementally: the thread a message joins is
 * exactly what the earlier messages' References and In-Reply-To connect it to.
 */
public final class MailboxIndex {
    static final Comparator<MailMessage> ARRIVAL_ORDER = Comparator
            .comparing(MailMessage::arrival, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.date() == null ? null : m.date().toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MailMessage::key);
    static final Comparator<MessageFacts> ARRIVAL_ORDER_FACTS = Comparator.comparing(MessageFacts::message,
            ARRIVAL_ORDER);

    private static final int SENDER_HISTORY = 40;
    private static final int SHINGLE_SAMPLE = 2;

    private final Map<String, Integer> idToNode = new HashMap<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, ThreadState> states = new HashMap<>();
    private final Map<String, MessageFacts> byMessageId = new HashMap<>();
    private final Map<String, Integer> guidToNode = new HashMap<>();
    private final Map<String, Integer> subjectToNode = new HashMap<>();
    private final Map<String, Deque<MessageFacts>> senderHistory = new HashMap<>();
    /** Each organisation's recent messages (by the sender's registrable domain; free mail not), not flagged. */
    private final Map<String, Deque<MessageFacts>> organisationHistory = new HashMap<>();
    private static final int ORGANISATION_HISTORY = 60;
    private final Map<String, Map<String, Integer>> nameToAddresses = new HashMap<>();
    private final Map<String, Integer> knownAddresses = new HashMap<>();
    private final Map<String, Integer> knownDomains = new HashMap<>();
    private final LongSet shingles = new LongSet();
    private final Map<String, Integer> linkDomains = new HashMap<>();
    /** Hosts of services where anyone publishes (sites.google.com, a SharePoint tenant), by message count. */
    private final Map<String, Integer> platformHosts = new HashMap<>();
    private final Set<String> ownNames = new HashSet<>();
    private final Set<String> ownAddresses;
    private final Set<String> ownDomains = new HashSet<>();
    /** Message-IDs of messages added as flagged (they taught the index nothing). */
    private final Set<String> flaggedIds = new HashSet<>();
    /** Replies' new texts by their wording ({@link #replyWording}), flagged ones included: campaigns reuse them. */
    private final Map<Long, List<SentReply>> replyWordings = new HashMap<>();

    /** Where a reply's wording was seen: the conversation (normalised subject), who sent it, and when. */
    public record SentReply(String subject, String senderSide, java.time.Instant arrival, MessageFacts facts) {
    }
    private int size;

    public MailboxIndex(Set<String> ownAddresses) {
        this.ownAddresses = Set.copyOf(ownAddresses);
        for (String a : ownAddresses) {
            String d = Domains.registrableOfEmail(a);
            if (!d.isEmpty()) {
                ownDomains.add(d);
            }
        }
    }

    // ---- lookups (state before the message under analysis) ----

    /** The earlier message with this Message-ID, if the mailbox has it. */
    public Optional<MessageFacts> message(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }

    /** The sender's earlier messages (whole mailbox), oldest first, at most a bounded number. */
    public List<MessageFacts> senderHistory(String email) {
        Deque<MessageFacts> d = senderHistory.get(email);
        return d == null ? List.of() : List.copyOf(d);
    }

    /**
     * The recent messages of everyone writing from this registrable domain (an organisation's colleagues
     * together), oldest first; none for free-mail domains, whose users are strangers to each other.
     */
    public List<MessageFacts> organisationHistory(String registrable) {
        Deque<MessageFacts> d = organisationHistory.get(registrable);
        return d == null ? List.of() : List.copyOf(d);
    }

    /** Addresses that earlier messages used with this normalised display name, with counts. */
    public Map<String, Integer> addressesForName(String normalizedName) {
        return nameToAddresses.getOrDefault(normalizedName, Map.of());
    }

    /** How often an address appeared in From/To/Cc earlier. */
    public int addressCount(String email) {
        return knownAddresses.getOrDefault(email, 0);
    }

    /** How often a registrable domain appeared in addresses earlier. */
    public int domainCount(String registrable) {
        return knownDomains.getOrDefault(registrable, 0);
    }

    /**
     * In how many earlier messages a link to this host of a service where anyone publishes appeared (for such a
     * service the host, not the provider's domain, says whose page it is).
     */
    public int platformHostCount(String host) {
        return platformHosts.getOrDefault(host.toLowerCase(java.util.Locale.ROOT), 0);
    }

    /** In how many earlier messages a registrable link domain appeared. */
    public int linkDomainCount(String registrable) {
        return linkDomains.getOrDefault(registrable, 0);
    }

    public Set<String> knownDomains() {
        return Collections.unmodifiableSet(knownDomains.keySet());
    }

    public boolean isOwn(String email) {
        return ownAddresses.contains(email);
    }

    public Set<String> ownAddresses() {
        return ownAddresses;
    }

    /** The user's own full names (normalised, two words or more) as their own addresses carried them. */
    public Set<String> ownNames() {
        return Collections.unmodifiableSet(ownNames);
    }

    public Set<String> ownDomains() {
        return ownDomains;
    }

    /** How many messages the index holds. */
    public int size() {
        return size;
    }

    /** The share of the text's shingles that appear in some earlier message (0..1), -1 if too short. */
    public double knownTextShare(String text) {
        long[] sh = Shingles.ofText(text);
        int sampled = 0;
        int hit = 0;
        for (long h : sh) {
            if (Math.floorMod(h, SHINGLE_SAMPLE) != 0) {
                continue;
            }
            sampled++;
            if (shingles.contains(h)) {
                hit++;
            }
        }
        return sampled < 2 ? -1 : hit / (double) sampled;
    }

    /**
     * Resolves the thread a message would join, without adding it.
     *
     * @return the thread so far and how it was found
     */
    public Resolution resolve(MailMessage m) {
        List<String> ids = referencedIds(m);
        int found = 0;
        Integer root = null;
        Set<Integer> roots = new HashSet<>();
        for (String id : ids) {
            Integer node = idToNode.get(id);
            if (node != null) {
                int r = find(node);
                roots.add(r);
                ThreadState st = states.get(r);
                if (st != null && !st.isEmpty()) {
                    root = r;
                }
                if (byMessageId.containsKey(id)) {
                    found++;
                }
            }
        }
        // an earlier message may have referenced this one (it arrived late)
        Integer self = idToNode.get(m.messageId());
        if (self != null) {
            int r = find(self);
            roots.add(r);
            if (root == null && states.get(r) != null) {
                root = r;
            }
        }
        if (roots.size() > 1) {
            ThreadState merged = new ThreadState();
            for (int r : roots) {
                ThreadState st = states.get(r);
                if (st != null) {
                    merged.mergeFrom(st);
                }
            }
            return new Resolution(merged, found, ids.size(), Link.REFERENCES, roots.size());
        }
        if (root != null) {
            return new Resolution(states.get(root), found, ids.size(), Link.REFERENCES, 1);
        }
        String guid = threadIndexGuid(m);
        if (guid != null && guidToNode.containsKey(guid)) {
            ThreadState st = states.get(find(guidToNode.get(guid)));
            if (st != null) {
                return new Resolution(st, 0, ids.size(), Link.THREAD_INDEX, 1);
            }
        }
        String subject = Threader.normalizeSubject(m.subject());
        if (subject.length() >= 4 && Threader.isReplySubject(m.subject())) {
            Integer node = subjectToNode.get(subject);
            if (node != null) {
                ThreadState st = states.get(find(node));
                if (st != null) {
                    return new Resolution(st, 0, ids.size(), Link.SUBJECT, 1);
                }
            }
        }
        return new Resolution(new ThreadState(), 0, ids.size(), Link.NONE, 0);
    }

    /** How a reply found its thread. */
    public enum Link { REFERENCES, THREAD_INDEX, SUBJECT, NONE }

    /**
     * The thread found for a message.
     *
     * @param thread the thread's state before the message
     * @param resolvedIds how many of the referenced ids are messages the mailbox has
     * @param referencedIds how many ids the message references
     * @param link how the thread was found
     * @param threadsJoined how many separate threads the references point into
     */
    public record Resolution(ThreadState thread, int resolvedIds, int referencedIds, Link link, int threadsJoined) {
    }

    // ---- growth ----

    /** Adds a message after it was analysed. */
    public void add(MessageFacts f) {
        add(f, resolve(f.message()));
    }

    /** Adds a message after it was analysed, with the resolution computed for its analysis. */
    public void add(MessageFacts f, Resolution res) {
        add(f, res, false);
    }

    /**
     * Adds a message after it was analysed. A flagged message (its verdict was suspicious or worse)
     * takes its place in its thread, but teaches the index nothing about what is normal: its sender
     * does not become known, its links and texts do not become familiar, and it does not join the
     * sender's history. Mail the analysis distrusted must not vouch for the next attack.
     */
    public void add(MessageFacts f, Resolution res, boolean flagged) {
        MailMessage m = f.message();
        String id = m.messageId().isEmpty() ? "<no-id:" + m.key() + ">" : m.messageId();
        int node = node(id);
        List<String> ids = referencedIds(m);
        for (String ref : ids) {
            union(node, node(ref));
        }
        String guid = threadIndexGuid(m);
        if (res.link() == Link.THREAD_INDEX && guid != null) {
            union(node, guidToNode.get(guid));
        } else if (res.link() == Link.SUBJECT) {
            Integer subjNode = subjectToNode.get(Threader.normalizeSubject(m.subject()));
            if (subjNode != null) {
                union(node, subjNode);
            }
        }
        int root = find(node);
        ThreadState st = states.get(root);
        if (st == null) {
            st = new ThreadState();
            states.put(root, st);
        }
        st.add(f, guid, flagged);
        if (guid != null) {
            guidToNode.putIfAbsent(guid, node);
        }
        String subject = Threader.normalizeSubject(m.subject());
        if (subject.length() >= 4) {
            subjectToNode.putIfAbsent(subject, node);
        }
        MessageFacts parentFacts = m.inReplyTo().isEmpty() ? null : byMessageId.get(m.inReplyTo().get(0));
        byMessageId.putIfAbsent(id, f);
        size++;
        long wording = replyWording(f);
        if (wording != 0 && !Senders.isAutoReply(m) && m.headers("List-Id").isEmpty()) {
            List<SentReply> sent = replyWordings.computeIfAbsent(wording, k -> new ArrayList<>(1));
            if (sent.size() < 8) {
                sent.add(new SentReply(subject, senderSide(f), m.arrival(), f));
            }
        }
        if (flagged) {
            flaggedIds.add(id);
            return;
        }
        if (f.sender() != null && !f.senderEmail().isEmpty()) {
            Deque<MessageFacts> d = senderHistory.computeIfAbsent(f.senderEmail(), k -> new ArrayDeque<>());
            d.addLast(f);
            if (d.size() > SENDER_HISTORY) {
                d.removeFirst();
            }
            String org = f.senderDomain();
            if (!org.isEmpty() && !Domains.isFreeMail(org) && !ownAddresses.contains(f.senderEmail())) {
                Deque<MessageFacts> o = organisationHistory.computeIfAbsent(org, k -> new ArrayDeque<>());
                o.addLast(f);
                if (o.size() > ORGANISATION_HISTORY) {
                    o.removeFirst();
                }
            }
        }
        for (Address a : participantsOf(f)) {
            if (a.email().isEmpty()) {
                continue;
            }
            knownAddresses.merge(a.email(), 1, Integer::sum);
            knownDomains.merge(Domains.registrable(a.domain()), 1, Integer::sum);
            String name = Tokens.normalizeName(a.displayName());
            if (!name.isEmpty()) {
                nameToAddresses.computeIfAbsent(name, k -> new HashMap<>()).merge(a.email(), 1, Integer::sum);
                if (ownAddresses.contains(a.email()) && name.indexOf(' ') > 0) {
                    ownNames.add(name);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (org.threadguard.heuristics.model.Link l : m.links()) {
            String reg = Domains.registrable(l.host());
            if (!reg.isEmpty() && seen.add(reg)) {
                linkDomains.merge(reg, 1, Integer::sum);
            }
            String host = l.host().toLowerCase(java.util.Locale.ROOT);
            if (!host.isEmpty() && !host.equals(reg) && Domains.isFileSharing(host) && seen.add(host)) {
                platformHosts.merge(host, 1, Integer::sum);
            }
        }
        addShingles(f.bodyShingles(), parentFacts == null || parentFacts == f
                || flaggedIds.contains(parentFacts.message().messageId()) ? new long[0] : parentFacts.bodyShingles());
    }

    private static final Object WORDING = new Object();
    /** Fewer words than this (without numbers) and a text is too common to tell a template by. */
    static final int MIN_WORDING_WORDS = 10;

    /**
     * A fingerprint of a reply's own words (above the signature, the first 80 words, numbers left out: templates
     * vary them), or 0 for a message that is not a reply of the user's correspondents or says too little.
     */
    static long replyWording(MessageFacts f) {
        if (Senders.isSentFolder(f.message().folder()) || !Analyzer.isReply(f.message(), f)) {
            return 0;
        }
        return f.derived(WORDING, x -> {
            long h = 1125899906842597L;
            int n = 0;
            for (String w : Tokens.words(Tokens.aboveSignature(x.newText()))) {
                if (n == 80) {
                    break;
                }
                if (w.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                h = 31 * h + Tokens.stripAccents(w).hashCode();
                h ^= h >>> 29;
                n++;
            }
            return n < MIN_WORDING_WORDS || h == 0 ? 0L : h;
        });
    }

    /** Who sent a message, as one side: the organisation's domain, or the address on a free-mail service. */
    private static String senderSide(MessageFacts f) {
        String domain = f.senderDomain();
        return domain.isEmpty() || Domains.isFreeMail(domain) ? f.senderEmail() : domain;
    }

    /**
     * The earlier replies, from another sender's side into another conversation, whose own words were the same as
     * this reply's, within the last 30 days: the template of a campaign that answers every thread it finds in
     * hijacked mailboxes. Empty when the reply says too little to tell.
     */
    public List<SentReply> sameWordingElsewhere(MessageFacts f) {
        long wording = replyWording(f);
        List<SentReply> seen = wording == 0 ? null : replyWordings.get(wording);
        if (seen == null) {
            return List.of();
        }
        String subject = Threader.normalizeSubject(f.message().subject());
        String side = senderSide(f);
        java.time.Instant since = f.message().arrival().minus(java.time.Duration.ofDays(30));
        List<SentReply> out = new ArrayList<>();
        for (SentReply r : seen) {
            if (!r.subject().equals(subject) && !r.senderSide().equals(side) && !r.arrival().isBefore(since)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Adds the sampled body fingerprints, skipping those of the parent message (a reply mostly quotes it):
     * the parent's were added when it arrived, so the set ends up the same, with far fewer lookups in a
     * table too large for the processor's caches. Both arrays are sorted, so one merge walk finds them.
     */
    private void addShingles(long[] body, long[] parentBody) {
        int p = 0;
        for (long h : body) {
            if (Math.floorMod(h, SHINGLE_SAMPLE) != 0) {
                continue;
            }
            while (p < parentBody.length && parentBody[p] < h) {
                p++;
            }
            if (p < parentBody.length && parentBody[p] == h) {
                continue;
            }
            shingles.add(h);
        }
    }

    private static List<Address> participantsOf(MessageFacts f) {
        List<Address> out = new ArrayList<>(f.message().participants());
        if (f.sender() != null) {
            out.add(f.sender());
        }
        return out;
    }

    static List<String> referencedIds(MailMessage m) {
        List<String> ids = new ArrayList<>(m.references());
        for (String id : m.inReplyTo()) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.remove(m.messageId());
        return ids;
    }

    static String threadIndexGuid(MailMessage m) {
        return m.header("Thread-Index").flatMap(ThreadIndex::parse).map(ThreadIndex::guid).orElse(null);
    }

    private int node(String id) {
        Integer n = idToNode.get(id);
        if (n == null) {
            n = parent.size();
            parent.add(n);
            idToNode.put(id, n);
        }
        return n;
    }

    private int find(int x) {
        int r = x;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        while (parent.get(x) != r) {
            int next = parent.get(x);
            parent.set(x, r);
            x = next;
        }
        return r;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        ThreadState sa = states.get(ra);
        ThreadState sb = states.get(rb);
        int sizeA = sa == null ? 0 : sa.members().size();
        int sizeB = sb == null ? 0 : sb.members().size();
        int keep = sizeA >= sizeB ? ra : rb;
        int drop = keep == ra ? rb : ra;
        parent.set(drop, keep);
        ThreadState keepState = states.get(keep);
        ThreadState dropState = states.remove(drop);
        if (dropState != null) {
            if (keepState == null) {
                states.put(keep, dropState);
            } else {
                keepState.mergeFrom(dropState);
            }
        }
    }
}
