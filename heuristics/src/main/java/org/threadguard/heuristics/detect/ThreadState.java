package org.threadguard.heuristics.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.MailMessage;

/**
 * What a thread has shown so far: its messages, participants, link domains, attachment types,
 * vocabulary and languages. Grows as messages arrive; never contains a later message.
 */
public final class ThreadState {
    private final List<MessageFacts> members = new ArrayList<>();
    private final Set<String> participants = new HashSet<>();
    private final Map<String, String> participantNames = new HashMap<>();
    private final Set<String> participantDomains = new HashSet<>();
    private final Map<String, String> linkDomains = new HashMap<>();
    /** The hosts (lower case) of the links the thread's messages carried, quoted ones included. */
    private final java.util.Set<String> linkHosts = new java.util.HashSet<>();
    private final Map<String, String> attachmentTypes = new HashMap<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private final Set<String> threadIndexGuids = new HashSet<>();
    private final Set<String> listAddresses = new HashSet<>();
    private int vocabularySize;

    void add(MessageFacts f, String threadIndexGuid) {
        add(f, threadIndexGuid, false);
    }

    /** Members judged suspicious when they arrived (by identity). */
    private final Set<MessageFacts> flaggedMembers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether a member taught the thread what is normal (it was not flagged when it arrived). */
    public boolean learnedFrom(MessageFacts member) {
        return !flaggedMembers.contains(member);
    }

    /**
     * Adds a message. A flagged message (judged suspicious when it arrived) joins the thread's
     * timeline, but what it shows — its sender, recipients, links, files, words and language — does
     * not become what is normal for the thread: otherwise a second fake reply in the same thread
     * would look familiar because of the first.
     */
    void add(MessageFacts f, String threadIndexGuid, boolean flagged) {
        members.add(f);
        MailMessage m = f.message();
        if (threadIndexGuid != null) {
            threadIndexGuids.add(threadIndexGuid);
        }
        Senders.listAddress(m).ifPresent(listAddresses::add);
        if (flagged) {
            flaggedMembers.add(f);
            return;
        }
        for (Address a : m.participants()) {
            addParticipant(a);
        }
        if (f.sender() != null) {
            addParticipant(f.sender());
        }
        for (Address a : m.replyTo()) {
            participants.add(a.email());
        }
        String ref = m.messageId();
        for (Link l : m.links()) {
            linkHosts.add(l.host().toLowerCase(java.util.Locale.ROOT));
            String reg = Domains.registrable(l.host());
            if (!reg.isEmpty()) {
                linkDomains.putIfAbsent(reg, ref);
            }
        }
        for (Attachment a : f.attachments()) {
            attachmentTypes.putIfAbsent(MessageFacts.typeKey(a), ref);
        }
        if (vocabularySize < 50_000) {
            for (Map.Entry<String, Integer> e : f.bag().entrySet()) {
                vocabulary.merge(e.getKey(), e.getValue(), Integer::sum);
                vocabularySize += e.getValue();
            }
        }
        f.language().filter(g -> g.confidence() >= 0.4 && f.wordCount() >= 15)
                .ifPresent(g -> languages.merge(g.language(), 1, Integer::sum));
    }

    private void addParticipant(Address a) {
        if (a.email().isEmpty()) {
            return;
        }
        participants.add(a.email());
        participantDomains.add(Domains.registrable(a.domain()));
        if (a.hasDisplayName()) {
            participantNames.putIfAbsent(a.email(), a.displayName());
        }
    }

    void mergeFrom(ThreadState other) {
        members.addAll(other.members);
        members.sort(MailboxIndex.ARRIVAL_ORDER_FACTS);
        participants.addAll(other.participants);
        other.participantNames.forEach(participantNames::putIfAbsent);
        participantDomains.addAll(other.participantDomains);
        other.linkDomains.forEach(linkDomains::putIfAbsent);
        linkHosts.addAll(other.linkHosts);
        other.attachmentTypes.forEach(attachmentTypes::putIfAbsent);
        other.vocabulary.forEach((k, v) -> vocabulary.merge(k, v, Integer::sum));
        vocabularySize += other.vocabularySize;
        other.languages.forEach((k, v) -> languages.merge(k, v, Integer::sum));
        threadIndexGuids.addAll(other.threadIndexGuids);
        listAddresses.addAll(other.listAddresses);
    }

    /** The thread's messages so far, in arrival order. */
    public List<MessageFacts> members() {
        return members;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** Every address seen in From/To/Cc/Reply-To of the thread. */
    public Set<String> participants() {
        return participants;
    }

    public Map<String, String> participantNames() {
        return participantNames;
    }

    public Set<String> participantDomains() {
        return participantDomains;
    }

    /** Registrable link domains seen in the thread, with the Message-ID where first seen. */
    /** The hosts (lower case) of the links in the thread's messages. */
    public java.util.Set<String> linkHosts() {
        return linkHosts;
    }

    public Map<String, String> linkDomains() {
        return linkDomains;
    }

    /** Attachment type keys seen in the thread, with the Message-ID where first seen. */
    public Map<String, String> attachmentTypes() {
        return attachmentTypes;
    }

    public Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    public Map<String, Integer> languages() {
        return languages;
    }

    public Set<String> threadIndexGuids() {
        return threadIndexGuids;
    }

    public Set<String> listAddresses() {
        return listAddresses;
    }

    public MessageFacts last() {
        return members.isEmpty() ? null : members.get(members.size() - 1);
    }

    /** The longest gap between consecutive messages so far, or {@code null} with fewer than two dated messages. */
    public Duration longestGap() {
        long longest = -1;
        Instant prev = null;
        for (MessageFacts f : members) {
            Instant t = f.message().arrival();
            if (t == null) {
                continue;
            }
            if (prev != null) {
                longest = Math.max(longest, t.getEpochSecond() - prev.getEpochSecond());
            }
            prev = t;
        }
        return longest < 0 ? null : Duration.ofSeconds(longest);
    }

    /** The median gap between consecutive messages, or {@code null} with fewer than two dated messages. */
    public Duration medianGap() {
        List<Long> gaps = new ArrayList<>();
        Instant prev = null;
        for (MessageFacts f : members) {
            Instant t = f.message().arrival();
            if (t == null) {
                continue;
            }
            if (prev != null) {
                gaps.add(Math.max(0, t.getEpochSecond() - prev.getEpochSecond()));
            }
            prev = t;
        }
        if (gaps.isEmpty()) {
            return null;
        }
        gaps.sort(null);
        return Duration.ofSeconds(gaps.get(gaps.size() / 2));
    }
}
