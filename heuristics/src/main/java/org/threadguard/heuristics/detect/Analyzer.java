package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.threadguard.heuristics.attachments.RiskyAttachmentDetector;
import org.threadguard.heuristics.content.LanguageSwitchDetector;
import org.threadguard.heuristics.content.LureTextDetector;
import org.threadguard.heuristics.content.QuoteMismatchDetector;
import org.threadguard.heuristics.links.NovelLinkDomainDetector;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.sender.ClientDriftDetector;
import org.threadguard.heuristics.sender.DisplayNameSpoofDetector;
import org.threadguard.heuristics.sender.LookalikeDomainDetector;
import org.threadguard.heuristics.sender.NewSenderDetector;
import org.threadguard.heuristics.sender.ReplyToDivertDetector;
import org.threadguard.heuristics.sender.StyleDriftDetector;
import org.threadguard.heuristics.structure.AuthFailureDetector;
import org.threadguard.heuristics.structure.DormantThreadDetector;
import org.threadguard.heuristics.structure.FakeReplyDetector;
import org.threadguard.heuristics.structure.ParentMismatchDetector;
import org.threadguard.heuristics.structure.RecipientChangeDetector;
import org.threadguard.heuristics.thread.Threader;

/**
 * Runs the detectors over a mailbox, causally: messages are taken in arrival order and each is
 * judged against the mailbox as it was just before it arrived.
 */
public final class Analyzer {
    private final List<Detector> detectors;
    private final List<Detector> identityDetectors;
    private final Scorer scorer = new Scorer();
    private final Set<String> ownAddresses;
    private Allowlist allowlist = Allowlist.EMPTY;
    private StageTimes times;
    private static final int FACTS_CHUNK = 256;

    public Analyzer(List<Detector> detectors, Set<String> ownAddresses) {
        this.detectors = List.copyOf(detectors);
        this.identityDetectors = this.detectors.stream()
                .filter(d -> d instanceof DisplayNameSpoofDetector || d instanceof LookalikeDomainDetector
                        || d instanceof ReplyToDivertDetector || d instanceof RiskyAttachmentDetector
                        || d instanceof NovelLinkDomainDetector)
                .toList();
        this.ownAddresses = Set.copyOf(ownAddresses);
    }

    /** Every detector, in a fixed order. */
    public static List<Detector> standardDetectors() {
        return List.of(new FakeReplyDetector(), new ParentMismatchDetector(), new DisplayNameSpoofDetector(),
                new LookalikeDomainDetector(), new NewSenderDetector(), new ReplyToDivertDetector(),
                new ClientDriftDetector(), new NovelLinkDomainDetector(), new RiskyAttachmentDetector(),
                new QuoteMismatchDetector(), new DormantThreadDetector(), new LureTextDetector(),
                new LanguageSwitchDetector(), new StyleDriftDetector(), new RecipientChangeDetector(),
                new AuthFailureDetector());
    }

    public static Analyzer standard(Set<String> ownAddresses) {
        return new Analyzer(standardDetectors(), ownAddresses);
    }

    /** The same analyzer honouring the user's allowlist entries. */
    public Analyzer withAllowlist(Allowlist entries) {
        Analyzer a = new Analyzer(detectors, ownAddresses);
        a.allowlist = entries == null ? Allowlist.EMPTY : entries;
        return a;
    }

    /**
     * The same analyzer, adding the judging thread's time per detector and for indexing to {@code times}
     * (for {@code bench --breakdown}; costs two clock reads per detector and message).
     */
    public Analyzer withStageTimes(StageTimes times) {
        Analyzer a = withAllowlist(allowlist);
        a.times = times;
        return a;
    }

    /** The user's own addresses as the Sent folders show them (From of Sent mail). */
    public static Set<String> ownAddressesOf(Collection<MailMessage> messages) {
        Set<String> own = new HashSet<>();
        for (MailMessage m : messages) {
            if (Senders.isSentFolder(m.folder()) && m.from() != null && !m.from().email().isEmpty()) {
                own.add(m.from().email());
            }
        }
        return own;
    }

    /** Analyses every message; results in arrival order. Duplicate Message-IDs are judged once. */
    public List<AnalysisResult> analyze(Collection<MailMessage> messages) {
        List<AnalysisResult> out = new ArrayList<>(messages.size());
        analyze(messages, out::add);
        return out;
    }

    /** Analyses every message, handing each result to the consumer in arrival order. */
    public void analyze(Collection<MailMessage> messages, Consumer<AnalysisResult> sink) {
        List<MailMessage> ordered = new ArrayList<>(messages);
        ordered.sort(MailboxIndex.ARRIVAL_ORDER);
        MailboxIndex index = new MailboxIndex(ownAddresses);
        Set<String> seenIds = new HashSet<>();
        // What each message says on its own (quote split, words, language, fingerprint) does not depend
        // on other mail, so it is derived a bounded chunk at a time, in parallel, one chunk ahead: while
        // this thread judges a chunk in arrival order, the next chunk's facts are being derived.
        FactsAhead ahead = new FactsAhead(ordered, detectors);
        MessageFacts[] chunk = new MessageFacts[0];
        int chunkStart = 0;
        try {
            for (int i = 0; i < ordered.size(); i++) {
                if (i == chunkStart + chunk.length) {
                    chunkStart = i;
                    chunk = ahead.next();
                }
                judge(ordered.get(i), chunk[i - chunkStart], index, seenIds, sink);
            }
        } finally {
            ahead.close();
        }
    }

    /** Judges one message (if it is a reply) and adds it to the index. */
    private void judge(MailMessage m, MessageFacts facts, MailboxIndex index, Set<String> seenIds,
            Consumer<AnalysisResult> sink) {
        boolean duplicate = !m.messageId().isEmpty() && !seenIds.add(m.messageId());
        MailboxIndex.Resolution res = index.resolve(m);
        boolean judge = !duplicate && isReply(m, facts) && !isOwn(m, facts);
        Verdict verdict;
        if (judge) {
            AnalysisContext ctx = new AnalysisContext(facts, res, index, allowlist);
            List<Finding> findings = new ArrayList<>();
            List<Detector> active = Senders.isAutoReply(m) ? identityDetectors : detectors;
            for (Detector d : active) {
                long t0 = times == null ? 0 : times.now();
                try {
                    findings.addAll(d.detect(ctx));
                } catch (RuntimeException e) {
                    findings.add(new Finding("DETECTOR_ERROR", Severity.INFO, 0,
                            Text.of("DETECTOR_ERROR.explanation", d.code(), e.getClass().getSimpleName()), Text.empty(),
                            "", Text.empty(), List.of()));
                }
                if (times != null) {
                    times.add(d.code(), times.now() - t0);
                }
            }
            verdict = scorer.score(facts, findings);
        } else {
            verdict = new Verdict(0, Level.CONSISTENT, List.of(), Text.empty());
        }
        sink.accept(new AnalysisResult(m, facts, judge, verdict, res.thread().members().size()));
        if (!duplicate) {
            long t0 = times == null ? 0 : times.now();
            index.add(facts, res, verdict.level() != Level.CONSISTENT && !allowlist.isMarkedSafe(m.key()));
            if (times != null) {
                times.add("(index)", times.now() - t0);
            }
        }
        facts.judged();
    }

    /** What the analysis derives from one message alone, as it derives it (public for {@code bench --breakdown}). */
    public MessageFacts factsOf(MailMessage m) {
        return factsOf(m, detectors);
    }

    private static MessageFacts factsOf(MailMessage m, List<Detector> detectors) {
        MessageFacts f = new MessageFacts(m).prepareForIndex();
        for (Detector d : detectors) {
            try {
                d.prepare(f);
            } catch (RuntimeException e) {
                // the detector meets the same problem when judging, and reports it there
            }
        }
        return f;
    }

    /**
     * Derives the facts of the messages chunk by chunk, the next chunk on a helper thread while the caller
     * judges the current one (for a mailbox of one chunk or less, on the caller's thread).
     */
    private static final class FactsAhead implements AutoCloseable {
        private final List<MailMessage> ordered;
        private final List<Detector> detectors;
        private final java.util.concurrent.ExecutorService executor;
        private java.util.concurrent.Future<MessageFacts[]> pending;
        private int nextStart;

        FactsAhead(List<MailMessage> ordered, List<Detector> detectors) {
            this.ordered = ordered;
            this.detectors = detectors;
            this.executor = ordered.size() <= FACTS_CHUNK ? null
                    : java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "threadguard-facts");
                        t.setDaemon(true);
                        return t;
                    });
            schedule();
        }

        private MessageFacts[] derive(List<MailMessage> part) {
            return part.parallelStream().map(m -> factsOf(m, detectors)).toArray(MessageFacts[]::new);
        }

        private void schedule() {
            if (nextStart >= ordered.size()) {
                pending = null;
                return;
            }
            List<MailMessage> part = ordered.subList(nextStart, Math.min(ordered.size(), nextStart + FACTS_CHUNK));
            nextStart += part.size();
            pending = executor == null ? java.util.concurrent.CompletableFuture.completedFuture(derive(part))
                    : executor.submit(() -> derive(part));
        }

        MessageFacts[] next() {
            try {
                MessageFacts[] chunk = pending.get();
                schedule();
                return chunk;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private boolean isOwn(MailMessage m, MessageFacts facts) {
        return Senders.isSentFolder(m.folder()) || ownAddresses.contains(facts.senderEmail());
    }

    /** A reply, or a message that claims to be one: reply headers, a reply subject, or a quoted history. */
    public static boolean isReply(MailMessage m, MessageFacts facts) {
        if (m.hasReplyHeaders() || Threader.isReplySubject(m.subject())) {
            return true;
        }
        return facts.split().hasQuote() && !Threader.isForwardSubject(m.subject());
    }
}
