package org.threadguard.heuristics.thread;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.threadguard.heuristics.model.MailMessage;

/**
 * Groups messages of all folders into threads.
 *
 * <ol>
 *   <li>JWZ / RFC 5256 REFERENCES: messages are deduplicated by Message-ID (the copy that arrived
 *       first is kept; ties broken by key), References plus In-Reply-To build parent links
 *       without loops, empty containers are pruned as JWZ does (a dummy root stays only when it
 *       joins two or more messages).</li>
 *   <li>Outlook Thread-Index: a root message without References/In-Reply-To whose Thread-Index
 *       shares a conversation GUID with an earlier thread joins it ({@link ThreadLink#THREAD_INDEX}),
 *       under the message whose index is its longest proper prefix, else under the latest
 *       earlier message of the conversation. Differing Thread-Topic headers veto the link.</li>
 *   <li>Subject: a root message with a reply-like subject joins an earlier thread whose root has
 *       the same normalised subject ({@link ThreadLink#SUBJECT}), under that thread's latest
 *       earlier message; never for generic subjects, and never between two threads that both
 *       have a References structure.</li>
 * </ol>
 *
 * <p>Messages of a thread are ordered by {@link MailMessage#arrival()}, then Date, then key.
 * A message whose parent is missing has no parent; it is linked {@link ThreadLink#ROOT} when it
 * is its thread's structural root, else {@link ThreadLink#REFERENCES} (a sibling under a missing
 * common parent, JWZ's dummy root; the thread id is then the missing parent's Message-ID). Duplicate copies (same Message-ID) other than the kept one are not part of
 * any thread; see {@link #representativeKeys(Collection)}.
 *
 * <p>Runs in O(n log n) for n messages (plus the depth of reference chains for loop checks).
 */
public final class Threader {

    /** Orders messages by arrival, then Date, then key; unknown times last. */
    public static final Comparator<MailMessage> TIME_ORDER = Comparator
            .comparing(MailMessage::arrival, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(m -> m.date() == null ? null : m.date().toInstant(),
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(MailMessage::key)
            .thenComparing(MailMessage::folder);

    /** Threads the messages. Threads are returned in order of their first message. */
    public List<MailThread> thread(Collection<MailMessage> messages) {
        return new Run(messages).execute();
    }

    /** See {@link Subjects#normalize(String)}. */
    public static String normalizeSubject(String subject) {
        return Subjects.normalize(subject);
    }

    /** Whether the subject starts (after list tags) with a reply prefix such as Re:, AW:, SV:, RES:, Antw:. */
    public static boolean isReplySubject(String subject) {
        return Subjects.isReply(subject);
    }

    /** Whether the subject starts (after list tags) with a forward prefix such as Fwd:, WG:, TR:, Enc:, Doorst:. */
    public static boolean isForwardSubject(String subject) {
        return Subjects.isForward(subject);
    }

    /**
     * Maps every message key to the key of the copy that represents its Message-ID in threads
     * (itself when it is not a duplicate).
     */
    public static Map<String, String> representativeKeys(Collection<MailMessage> messages) {
        Map<String, String> out = new HashMap<>();
        Map<String, MailMessage> byId = new HashMap<>();
        List<MailMessage> sorted = new ArrayList<>(messages);
        sorted.sort(TIME_ORDER);
        for (MailMessage m : sorted) {
            String id = cleanId(m.messageId());
            MailMessage kept = id.isEmpty() ? m : byId.computeIfAbsent(id, k -> m);
            out.put(m.key(), kept.key());
        }
        return out;
    }

    static String cleanId(String id) {
        return id == null ? "" : id.strip();
    }

    /** A JWZ container: a message id, maybe a message, and a parent pointer. */
    private static final class Container {
        final String id;
        MailMessage message;
        Container parent;
        List<Container> children;
        int rank;
        Group group;

        Container(String id) {
            this.id = id;
        }

        boolean hasAncestor(Container c) {
            for (Container p = this; p != null; p = p.parent) {
                if (p == c) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A thread under construction; merged groups point to the group that absorbed them. */
    private static final class Group {
        final String id;
        final Container top;
        final MailMessage topMessage;
        boolean referenceStructure;
        TreeSet<Integer> ranks = new TreeSet<>();
        Group mergedInto;

        Group(String id, Container top, MailMessage topMessage) {
            this.id = id;
            this.top = top;
            this.topMessage = topMessage;
        }

        Group find() {
            Group g = this;
            while (g.mergedInto != null) {
                g = g.mergedInto;
            }
            Group r = g;
            g = this;
            while (g.mergedInto != null) {
                Group next = g.mergedInto;
                g.mergedInto = r;
                g = next;
            }
            return r;
        }
    }

    /** One threading run over a fixed set of messages. */
    private static final class Run {
        private final List<MailMessage> ordered;
        private final Map<String, Container> idTable = new HashMap<>();
        private final List<Container> byRank = new ArrayList<>();
        private final Map<String, MailMessage> parents = new HashMap<>();
        private final Map<String, ThreadLink> links = new HashMap<>();

        Run(Collection<MailMessage> messages) {
            List<SortKey> keys = new ArrayList<>(messages.size());
            for (MailMessage m : messages) {
                if (m != null) {
                    keys.add(SortKey.of(m));
                }
            }
            keys.sort(null);
            ordered = new ArrayList<>(keys.size());
            for (SortKey k : keys) {
                ordered.add(k.message());
            }
        }

        /** {@link #TIME_ORDER} with the times computed once per message. */
        private record SortKey(Instant arrival, Instant date, MailMessage message) implements Comparable<SortKey> {
            static SortKey of(MailMessage m) {
                return new SortKey(m.arrival(), m.date() == null ? null : m.date().toInstant(), m);
            }

            @Override
            public int compareTo(SortKey o) {
                int c = compareNullsLast(arrival, o.arrival);
                if (c == 0) {
                    c = compareNullsLast(date, o.date);
                }
                if (c == 0) {
                    c = message.key().compareTo(o.message.key());
                }
                return c != 0 ? c : message.folder().compareTo(o.message.folder());
            }

            private static int compareNullsLast(Instant a, Instant b) {
                if (a == null || b == null) {
                    return a == b ? 0 : a == null ? 1 : -1;
                }
                return a.compareTo(b);
            }
        }

        List<MailThread> execute() {
            register();
            linkReferences();
            List<Group> groups = buildGroups();
            linkThreadIndex();
            linkSubjects(groups);
            return emit(groups);
        }

        /** Step 1A: one container per Message-ID; the earliest copy wins, others are dropped. */
        private void register() {
            int synthetic = 0;
            for (MailMessage m : ordered) {
                String id = cleanId(m.messageId());
                if (id.isEmpty()) {
                    id = "\u0000synthetic:" + (synthetic++) + ":" + m.key();
                }
                Container c = idTable.computeIfAbsent(id, Container::new);
                if (c.message != null) {
                    continue;
                }
                c.message = m;
                c.rank = byRank.size();
                byRank.add(c);
            }
        }

        private Container container(String id) {
            return idTable.computeIfAbsent(id, Container::new);
        }

        private static List<String> referenceIds(MailMessage m) {
            List<String> refs = new ArrayList<>(m.references().size() + 1);
            for (String r : m.references()) {
                String id = cleanId(r);
                if (!id.isEmpty()) {
                    refs.add(id);
                }
            }
            String irt = "";
            for (String r : m.inReplyTo()) {
                String id = cleanId(r);
                if (!id.isEmpty()) {
                    irt = id;
                }
            }
            if (!irt.isEmpty() && (refs.isEmpty() || !refs.get(refs.size() - 1).equals(irt))) {
                refs.add(irt);
            }
            return refs;
        }

        /** Steps 1B and 1C: links between referenced ids, then each message under its last reference. */
        private void linkReferences() {
            List<List<String>> allRefs = new ArrayList<>(byRank.size());
            for (Container c : byRank) {
                List<String> refs = referenceIds(c.message);
                allRefs.add(refs);
                Container prev = null;
                for (String id : refs) {
                    if (id.equals(c.id)) {
                        continue;
                    }
                    Container cur = container(id);
                    if (prev != null && prev != cur && cur.parent == null && !prev.hasAncestor(cur)) {
                        cur.parent = prev;
                    }
                    prev = cur;
                }
            }
            for (int i = 0; i < byRank.size(); i++) {
                Container c = byRank.get(i);
                List<String> refs = allRefs.get(i);
                Container last = null;
                for (int j = refs.size() - 1; j >= 0 && last == null; j--) {
                    if (!refs.get(j).equals(c.id)) {
                        last = idTable.get(refs.get(j));
                    }
                }
                if (last == null) {
                    c.parent = null;
                } else if (!last.hasAncestor(c)) {
                    c.parent = last;
                }
            }
        }

        /** Step 4 (prune) and grouping: one group per root container that still holds messages. */
        private List<Group> buildGroups() {
            List<Container> roots = new ArrayList<>();
            for (Container c : idTable.values()) {
                if (c.parent == null) {
                    roots.add(c);
                } else {
                    if (c.parent.children == null) {
                        c.parent.children = new ArrayList<>(2);
                    }
                    c.parent.children.add(c);
                }
            }
            List<Group> groups = new ArrayList<>();
            for (Container root : roots) {
                List<Container> members = new ArrayList<>();
                Map<Container, Container> messageParent = new HashMap<>();
                Deque<Container[]> stack = new ArrayDeque<>();
                stack.push(new Container[] {root, null});
                while (!stack.isEmpty()) {
                    Container[] e = stack.pop();
                    Container c = e[0];
                    Container nearest = e[1];
                    if (c.message != null) {
                        members.add(c);
                        if (nearest != null) {
                            messageParent.put(c, nearest);
                        }
                        nearest = c;
                    }
                    if (c.children != null) {
                        for (Container child : c.children) {
                            stack.push(new Container[] {child, nearest});
                        }
                    }
                }
                if (members.isEmpty()) {
                    continue;
                }
                Group g;
                if (root.message != null) {
                    g = new Group(threadId(root), root, root.message);
                } else {
                    List<Container> tops = new ArrayList<>();
                    for (Container c : members) {
                        if (!messageParent.containsKey(c)) {
                            tops.add(c);
                        }
                    }
                    g = tops.size() == 1
                            ? new Group(threadId(tops.get(0)), tops.get(0), tops.get(0).message)
                            : new Group(root.id, root, null);
                }
                g.referenceStructure = g.topMessage == null || g.topMessage.hasReplyHeaders() || members.size() > 1;
                for (Container c : members) {
                    c.group = g;
                    g.ranks.add(c.rank);
                    Container p = messageParent.get(c);
                    if (p != null) {
                        parents.put(c.message.key(), p.message);
                        links.put(c.message.key(), ThreadLink.REFERENCES);
                    }
                }
                groups.add(g);
            }
            groups.sort(Comparator.comparingInt(g -> g.ranks.first()));
            return groups;
        }

        private static String threadId(Container c) {
            String id = cleanId(c.message.messageId());
            return id.isEmpty() ? c.message.key() : id;
        }

        private record Indexed(Container container, ThreadIndex index) {
        }

        /** Outlook Thread-Index for root messages without reply headers. */
        private void linkThreadIndex() {
            Map<String, Indexed> byHex = new HashMap<>();
            Map<String, List<Indexed>> byGuid = new HashMap<>();
            List<Indexed> candidates = new ArrayList<>();
            for (Container c : byRank) {
                Optional<ThreadIndex> ti = c.message.header("Thread-Index").flatMap(ThreadIndex::parse);
                if (ti.isEmpty()) {
                    continue;
                }
                Indexed ix = new Indexed(c, ti.get());
                byHex.putIfAbsent(ix.index().hex(), ix);
                byGuid.computeIfAbsent(ix.index().guid(), k -> new ArrayList<>()).add(ix);
                if (!c.message.hasReplyHeaders() && ix.index().childCount() > 0 && c.group != null
                        && c.group.topMessage == c.message) {
                    candidates.add(ix);
                }
            }
            candidates.sort(Comparator.comparingInt((Indexed ix) -> ix.index().childCount())
                    .thenComparingInt(ix -> ix.container().rank));
            for (Indexed ix : candidates) {
                Container parent = threadIndexParent(ix, byHex, byGuid.get(ix.index().guid()));
                if (parent != null) {
                    attach(ix.container(), parent, ThreadLink.THREAD_INDEX);
                }
            }
        }

        private Container threadIndexParent(Indexed ix, Map<String, Indexed> byHex, List<Indexed> conversation) {
            Group own = ix.container().group.find();
            for (int levels = 1; levels <= ix.index().childCount(); levels++) {
                Indexed p = byHex.get(ix.index().ancestor(levels).orElseThrow().hex());
                if (p != null && p.container().group.find() != own && topicsAgree(ix.container(), p.container())) {
                    return p.container();
                }
            }
            // conversation is in rank order: take the latest earlier message in another thread
            for (int i = conversation.size() - 1; i >= 0; i--) {
                Indexed p = conversation.get(i);
                if (p.container().rank < ix.container().rank && p.container().group.find() != own
                        && topicsAgree(ix.container(), p.container())) {
                    return p.container();
                }
            }
            return null;
        }

        private static boolean topicsAgree(Container a, Container b) {
            Optional<String> ta = a.message.header("Thread-Topic");
            Optional<String> tb = b.message.header("Thread-Topic");
            if (ta.isEmpty() || tb.isEmpty()) {
                return true;
            }
            return Subjects.normalize(ta.get()).equals(Subjects.normalize(tb.get()));
        }

        /** Attaches the thread topped by {@code child} under {@code parent}'s thread. */
        private void attach(Container child, Container parent, ThreadLink link) {
            Group from = child.group.find();
            Group into = parent.group.find();
            parents.put(child.message.key(), parent.message);
            links.put(child.message.key(), link);
            if (from.ranks.size() > into.ranks.size()) {
                TreeSet<Integer> swap = into.ranks;
                into.ranks = from.ranks;
                from.ranks = swap;
            }
            into.ranks.addAll(from.ranks);
            from.ranks = null;
            into.referenceStructure |= from.referenceStructure;
            from.mergedInto = into;
        }

        /** Weak subject grouping for root messages with reply-like subjects. */
        private void linkSubjects(List<Group> groups) {
            Map<String, List<Group>> bySubject = new HashMap<>();
            List<Group> live = new ArrayList<>();
            for (Group g : groups) {
                if (g.mergedInto != null) {
                    continue;
                }
                live.add(g);
                String norm = Subjects.normalize(byRank.get(g.ranks.first()).message.subject());
                if (!Subjects.isGeneric(norm)) {
                    bySubject.computeIfAbsent(norm, k -> new ArrayList<>()).add(g);
                }
            }
            live.sort(Comparator.comparingInt(g -> g.ranks.first()));
            for (Group g : live) {
                MailMessage m = g.topMessage;
                if (m == null || g.find() != g || m.arrival() == null || !Subjects.isReply(m.subject())) {
                    continue;
                }
                String norm = Subjects.normalize(m.subject());
                List<Group> sameSubject = bySubject.get(norm);
                if (Subjects.isGeneric(norm) || sameSubject == null) {
                    continue;
                }
                int rank = g.top.rank;
                Container best = null;
                int checked = 0;
                for (int i = sameSubject.size() - 1; i >= 0 && checked < 64; i--) {
                    Group t = sameSubject.get(i);
                    if (t.find() != t || t == g || (t.referenceStructure && g.referenceStructure)) {
                        continue;
                    }
                    checked++;
                    MailMessage first = byRank.get(t.ranks.first()).message;
                    Integer floor = t.ranks.lower(rank);
                    if (first.arrival() == null || !first.arrival().isBefore(m.arrival()) || floor == null) {
                        continue;
                    }
                    if (best == null || floor > best.rank) {
                        best = byRank.get(floor);
                    }
                }
                if (best != null) {
                    attach(g.top, best, ThreadLink.SUBJECT);
                }
            }
        }

        private List<MailThread> emit(List<Group> groups) {
            List<MailThread> out = new ArrayList<>();
            for (Group g : groups) {
                if (g.mergedInto != null) {
                    continue;
                }
                List<MailMessage> msgs = new ArrayList<>(g.ranks.size());
                Map<String, MailMessage> p = new LinkedHashMap<>();
                Map<String, ThreadLink> l = new LinkedHashMap<>();
                for (int rank : g.ranks) {
                    MailMessage m = byRank.get(rank).message;
                    msgs.add(m);
                    MailMessage parent = parents.get(m.key());
                    if (parent != null) {
                        p.put(m.key(), parent);
                        l.put(m.key(), links.get(m.key()));
                    } else if (m != g.topMessage) {
                        l.put(m.key(), ThreadLink.REFERENCES);
                    }
                }
                out.add(new MailThread(g.id, msgs, p, l));
            }
            return out;
        }
    }
}
