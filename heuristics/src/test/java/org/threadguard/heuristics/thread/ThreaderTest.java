package org.threadguard.heuristics.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadguard.heuristics.thread.TestMessages.msg;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

class ThreaderTest {
    private final Threader threader = new Threader();

    private static List<String> keys(MailThread t) {
        return t.messages().stream().map(MailMessage::key).toList();
    }

    private static MailMessage find(MailThread t, String key) {
        return t.messages().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private static String parentKey(MailThread t, String key) {
        return t.parentOf(find(t, key)).map(MailMessage::key).orElse(null);
    }

    @Test
    void referencesChainBuildsOneThreadInTimeOrder() {
        List<MailMessage> in = List.of(
                msg("c").refs("a", "b").inReplyTo("b").subject("Re: Offer").at(30).build(),
                msg("a").subject("Offer").at(0).build(),
                msg("b").refs("a").subject("Re: Offer").at(10).folder("Sent").build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        assertThat(keys(t)).containsExactly("a", "b", "c");
        assertThat(t.id()).isEqualTo("<a@example.com>");
        assertThat(parentKey(t, "b")).isEqualTo("a");
        assertThat(parentKey(t, "c")).isEqualTo("b");
        assertThat(t.linkOf(find(t, "a"))).isEqualTo(ThreadLink.ROOT);
        assertThat(t.linkOf(find(t, "c"))).isEqualTo(ThreadLink.REFERENCES);
    }

    @Test
    void inReplyToAloneLinksAndIsAppendedWhenReferencesDisagree() {
        List<MailMessage> in = List.of(
                msg("a").subject("Plan").at(0).build(),
                msg("b").subject("Re: Plan").inReplyTo("a").at(5).build(),
                // References stop at a, but In-Reply-To names b: b is the parent
                msg("c").subject("Re: Plan").refs("a").inReplyTo("b").at(9).build());
        MailThread t = threader.thread(in).get(0);
        assertThat(parentKey(t, "b")).isEqualTo("a");
        assertThat(parentKey(t, "c")).isEqualTo("b");
    }

    @Test
    void missingParentKeepsDummyRootForSiblings() {
        List<MailMessage> in = List.of(
                msg("b").refs("gone").subject("Re: Budget").at(10).build(),
                msg("c").refs("gone").subject("Re: Budget").at(20).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        assertThat(t.id()).isEqualTo("<gone@example.com>");
        assertThat(keys(t)).containsExactly("b", "c");
        assertThat(t.parentOf(find(t, "b"))).isEmpty();
        assertThat(t.parentOf(find(t, "c"))).isEmpty();
        assertThat(t.linkOf(find(t, "c"))).isEqualTo(ThreadLink.REFERENCES);
    }

    @Test
    void singleReplyToMissingParentIsPromotedToRoot() {
        MailThread t = threader.thread(List.of(msg("b").refs("gone").subject("Re: X").at(1).build())).get(0);
        assertThat(t.id()).isEqualTo("<b@example.com>");
        assertThat(t.linkOf(t.root())).isEqualTo(ThreadLink.ROOT);
    }

    @Test
    void missingMiddleMessageIsSkippedToNearestAncestor() {
        List<MailMessage> in = List.of(
                msg("a").subject("Kickoff").at(0).build(),
                msg("c").refs("a", "b").subject("Re: Kickoff").at(20).build());
        MailThread t = threader.thread(in).get(0);
        assertThat(parentKey(t, "c")).isEqualTo("a");
    }

    @Test
    void duplicateMessageIdAcrossInboxAndSentKeepsEarliestCopy() {
        List<MailMessage> in = List.of(
                msg("a").subject("Quote").at(0).build(),
                msg("b").key("inbox-b").refs("a").subject("Re: Quote").at(12).build(),
                msg("b").key("sent-b").folder("Sent").refs("a").subject("Re: Quote").at(10).build(),
                msg("c").refs("a", "b").subject("Re: Quote").at(30).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        assertThat(keys(t)).containsExactly("a", "sent-b", "c");
        assertThat(parentKey(t, "c")).isEqualTo("sent-b");
        assertThat(Threader.representativeKeys(in)).containsEntry("inbox-b", "sent-b").containsEntry("a", "a");
    }

    @Test
    void messagesWithoutMessageIdGetDistinctSyntheticIds() {
        List<MailMessage> in = List.of(
                msg("x").id("").subject("One").at(0).build(),
                msg("y").id("").subject("Two").at(1).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(2);
        assertThat(threads).extracting(MailThread::id).containsExactly("x", "y");
    }

    @Test
    void loopsInReferencesDoNotHangOrLoseMessages() {
        List<MailMessage> in = List.of(
                msg("a").refs("b").subject("Loop").at(0).build(),
                msg("b").refs("a").subject("Re: Loop").at(5).build(),
                msg("c").refs("c", "a", "b", "a").subject("Re: Loop").at(9).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads.stream().mapToInt(MailThread::size).sum()).isEqualTo(3);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        // a parent chain must always end at a message without parent
        for (MailMessage m : t.messages()) {
            MailMessage cur = m;
            for (int i = 0; i <= 3 && cur != null; i++) {
                cur = t.parentOf(cur).orElse(null);
                assertThat(i).isLessThan(3);
            }
        }
    }

    private static String threadIndex(byte[] guid, int children) {
        byte[] b = new byte[22 + 5 * children];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (0x01 + i);
        }
        System.arraycopy(guid, 0, b, 6, 16);
        for (int i = 22; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return Base64.getEncoder().encodeToString(b);
    }

    @Test
    void threadIndexAttachesReplyWithoutReferences() {
        byte[] guid = new byte[16];
        new Random(7).nextBytes(guid);
        List<MailMessage> in = List.of(
                msg("a").subject("Lieferung KW 12").header("Thread-Index", threadIndex(guid, 0))
                        .header("Thread-Topic", "Lieferung KW 12").at(0).build(),
                msg("b").subject("AW: Lieferung KW 12").header("Thread-Index", threadIndex(guid, 1))
                        .header("Thread-Topic", "Lieferung KW 12").at(10).build(),
                msg("c").subject("AW: Lieferung KW 12").header("Thread-Index", threadIndex(guid, 2)).at(20).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        assertThat(parentKey(t, "b")).isEqualTo("a");
        assertThat(parentKey(t, "c")).isEqualTo("b");
        assertThat(t.linkOf(find(t, "c"))).isEqualTo(ThreadLink.THREAD_INDEX);
    }

    @Test
    void threadIndexWithDifferentTopicIsNotLinked() {
        byte[] guid = new byte[16];
        new Random(8).nextBytes(guid);
        List<MailMessage> in = List.of(
                msg("a").subject("Invoice 4711").header("Thread-Index", threadIndex(guid, 0))
                        .header("Thread-Topic", "Invoice 4711").at(0).build(),
                msg("b").subject("Holiday plans").header("Thread-Index", threadIndex(guid, 1))
                        .header("Thread-Topic", "Holiday plans").at(10).build());
        assertThat(threader.thread(in)).hasSize(2);
    }

    @Test
    void subjectOnlyJoinIsMarkedSubject() {
        List<MailMessage> in = List.of(
                msg("a").subject("Contract draft v2").at(0).build(),
                msg("b").subject("Re: Contract draft v2").refs("a").at(10).build(),
                msg("fake").subject("RE: [partners] AW: contract   DRAFT v2").at(500).build());
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(1);
        MailThread t = threads.get(0);
        assertThat(t.linkOf(find(t, "fake"))).isEqualTo(ThreadLink.SUBJECT);
        assertThat(parentKey(t, "fake")).isEqualTo("b");
    }

    @Test
    void subjectJoinRequiresLaterArrival() {
        List<MailMessage> in = List.of(
                msg("early").subject("Re: Contract draft v2").at(0).build(),
                msg("a").subject("Contract draft v2").at(10).build());
        assertThat(threader.thread(in)).hasSize(2);
    }

    @Test
    void genericAndForwardSubjectsAreNotMerged() {
        List<MailMessage> in = List.of(
                msg("a").subject("Hello").at(0).build(),
                msg("b").subject("Re: Hello").at(10).build(),
                msg("c").subject("Re:").at(11).build(),
                msg("d").subject("").at(12).build(),
                msg("e").subject("Quarterly numbers").at(13).build(),
                msg("f").subject("Fwd: Quarterly numbers").at(14).build());
        assertThat(threader.thread(in)).hasSize(6);
    }

    @Test
    void twoReferenceThreadsWithSameSubjectStaySeparate() {
        List<MailMessage> in = List.of(
                msg("a").subject("Weekly report").at(0).build(),
                msg("a2").subject("Re: Weekly report").refs("a").at(5).build(),
                msg("b").subject("Re: Weekly report").at(100).build(),
                msg("b2").subject("Re: Weekly report").refs("b").at(105).build());
        assertThat(threader.thread(in)).hasSize(2);
    }

    @Test
    void inputOrderDoesNotChangeResult() {
        List<MailMessage> in = new ArrayList<>(List.of(
                msg("a").subject("Offer").at(0).build(),
                msg("b").refs("a").subject("Re: Offer").at(10).build(),
                msg("c").refs("a", "b").subject("Re: Offer").at(20).build(),
                msg("d").subject("Re: Offer").at(30).build(),
                msg("e").subject("Something else").at(40).build()));
        List<String> expected = threader.thread(in).stream().map(t -> t.id() + keys(t)).toList();
        Collections.shuffle(in, new Random(1));
        assertThat(threader.thread(in).stream().map(t -> t.id() + keys(t)).toList()).isEqualTo(expected);
        assertThat(expected).containsExactly("<a@example.com>[a, b, c, d]", "<e@example.com>[e]");
    }

    @Test
    void hundredThousandMessagesThreadCorrectly() {
        List<MailMessage> in = new ArrayList<>(100_000);
        for (int t = 0; t < 20_000; t++) {
            String root = "t" + t;
            in.add(msg(root).subject("Topic " + t).at(t).build());
            for (int r = 1; r < 5; r++) {
                String k = root + "r" + r;
                String prev = r == 1 ? root : root + "r" + (r - 1);
                in.add(msg(k).refs(root, prev).subject("Re: Topic " + t).at(t + r * 100_000L).build());
            }
        }
        // Speed is measured by `threadguard bench` (docs/benchmarks.md), not asserted here.
        List<MailThread> threads = threader.thread(in);
        assertThat(threads).hasSize(20_000);
        assertThat(threads.get(0).size()).isEqualTo(5);
        MailThread first = threads.get(0);
        assertThat(first.messages().subList(1, 5)).allSatisfy(m -> assertThat(first.parentOf(m)).isPresent());
    }
}
