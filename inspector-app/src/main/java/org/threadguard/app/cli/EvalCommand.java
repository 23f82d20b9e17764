package org.threadguard.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threadguard eval}: measures detection on a labelled corpus (labels.tsv + mailboxes/), printing
 * per-kind recall, precision, recall, false positives per 1,000 genuine replies, ROC AUC and recall
 * at 1 false positive per 1,000 genuine replies.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures detection quality on a labelled corpus (format: labels.tsv + mailboxes/<name>/<folder>/*.eml).")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The labelled corpus directory.")
    Path corpus;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep the parsed corpus in this cache file (default: a temporary file, deleted afterwards).")
    Path cache;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Also write one TSV line per labelled message (score, verdict, finding codes).")
    Path details;

    /** One labelled message's outcome. */
    record Outcome(String mailbox, String messageId, boolean hijack, String kind, int score, Level level,
            String codes) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path labelsFile = corpus.resolve("labels.tsv");
        Path mailboxes = corpus.resolve("mailboxes");
        if (!Files.isRegularFile(labelsFile) || !Files.isDirectory(mailboxes)) {
            throw new ThreadguardCommand.UsageProblem(
                    "Not a labelled corpus (expected labels.tsv and mailboxes/): " + corpus);
        }
        Map<String, Map<String, String[]>> labels = readLabels(labelsFile);
        Path cacheFile = cache != null ? cache : Files.createTempFile("threadguard-eval", ".db");
        List<Outcome> outcomes = new ArrayList<>();
        try (SqliteMessageCache store = SqliteMessageCache.open(cacheFile);
                Stream<Path> dirs = Files.list(mailboxes)) {
            ScanService service = new ScanService(store);
            for (Path mb : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = mb.getFileName().toString();
                String account = "eval:" + name;
                service.importLocal(mb, account, new ImportListener() {
                    @Override
                    public void onError(Path file, String message) {
                        err.println("threadguard: skipped " + file + ": " + message);
                    }
                });
                Map<String, String[]> mbLabels = labels.getOrDefault(name, Map.of());
                Map<String, AnalysisResult> byId = new HashMap<>();
                for (AnalysisResult r : service.analyze(account, Set.of())) {
                    byId.putIfAbsent(r.message().messageId(), r);
                }
                for (Map.Entry<String, String[]> e : mbLabels.entrySet()) {
                    AnalysisResult r = byId.get(e.getKey());
                    int score = r == null ? 0 : r.verdict().score();
                    Level level = r == null ? Level.CONSISTENT : r.verdict().level();
                    String codes = r == null ? "(not found)" : r.verdict().findings().stream()
                            .filter(f -> f.strength() >= 0.05).map(EvalCommand::codeWithWeight)
                            .collect(Collectors.joining(","));
                    outcomes.add(new Outcome(name, e.getKey(), "hijack".equals(e.getValue()[0]), e.getValue()[1],
                            score, level, codes));
                }
            }
        } finally {
            if (cache == null) {
                Files.deleteIfExists(cacheFile);
                Files.deleteIfExists(Path.of(cacheFile + "-wal"));
                Files.deleteIfExists(Path.of(cacheFile + "-shm"));
            }
        }
        report(out, outcomes);
        if (details != null) {
            writeDetails(outcomes);
        }
        out.flush();
        return ThreadguardCommand.EXIT_OK;
    }

    private static String codeWithWeight(Finding f) {
        return f.code() + ":" + f.weight();
    }

    static Map<String, Map<String, String[]>> readLabels(Path file) throws IOException {
        Map<String, Map<String, String[]>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length < 4) {
                continue;
            }
            out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], new String[] {f[2], f[3]});
        }
        return out;
    }

    static void report(PrintWriter out, List<Outcome> outcomes) {
        Map<String, int[]> perKind = new TreeMap<>();
        int tp = 0;
        int fp = 0;
        int hijacks = 0;
        int genuine = 0;
        int likelyFp = 0;
        int likelyTp = 0;
        for (Outcome o : outcomes) {
            boolean flagged = o.level() != Level.CONSISTENT;
            int[] k = perKind.computeIfAbsent((o.hijack() ? "hijack " : "genuine ") + o.kind(), x -> new int[3]);
            k[0]++;
            if (flagged) {
                k[1]++;
            }
            if (o.level() == Level.LIKELY_HIJACK) {
                k[2]++;
            }
            if (o.hijack()) {
                hijacks++;
                tp += flagged ? 1 : 0;
                likelyTp += o.level() == Level.LIKELY_HIJACK ? 1 : 0;
            } else {
                genuine++;
                fp += flagged ? 1 : 0;
                likelyFp += o.level() == Level.LIKELY_HIJACK ? 1 : 0;
            }
        }
        out.printf("Labelled messages: %d (%d hijacks, %d genuine)%n%n", outcomes.size(), hijacks, genuine);
        out.printf("%-34s %6s %8s %8s %14s%n", "kind", "n", "flagged", "rate", "likely-hijack");
        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            int[] k = e.getValue();
            out.printf("%-34s %6d %8d %8.3f %14d%n", e.getKey(), k[0], k[1], k[1] / (double) Math.max(1, k[0]), k[2]);
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = hijacks == 0 ? 0 : tp / (double) hijacks;
        out.println();
        out.printf("Flagged = verdict suspicious or likely-hijack (score >= 40)%n");
        out.printf("precision                         %.4f%n", precision);
        out.printf("recall                            %.4f%n", recall);
        out.printf("false positives                   %d%n", fp);
        out.printf("false positives per 1,000 genuine %.2f%n", genuine == 0 ? 0 : fp * 1000.0 / genuine);
        out.printf("likely-hijack: recall %.4f, false positives per 1,000 genuine %.2f%n",
                hijacks == 0 ? 0 : likelyTp / (double) hijacks, genuine == 0 ? 0 : likelyFp * 1000.0 / genuine);
        out.printf("ROC AUC of the score              %.4f%n", auc(outcomes));
        int[] best = recallAtFpRate(outcomes, 1.0);
        out.printf("recall at <= 1 FP per 1,000 genuine %.4f (score threshold %d)%n",
                hijacks == 0 ? 0 : best[1] / (double) hijacks, best[0]);
    }

    /** Area under the ROC curve of the score (ties count half). */
    static double auc(List<Outcome> outcomes) {
        long pos = outcomes.stream().filter(Outcome::hijack).count();
        long neg = outcomes.size() - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        int[] negAt = new int[102];
        for (Outcome o : outcomes) {
            if (!o.hijack()) {
                negAt[o.score()]++;
            }
        }
        double sum = 0;
        long[] negBelow = new long[102];
        for (int s = 1; s < 102; s++) {
            negBelow[s] = negBelow[s - 1] + negAt[s - 1];
        }
        for (Outcome o : outcomes) {
            if (o.hijack()) {
                sum += negBelow[o.score()] + negAt[o.score()] / 2.0;
            }
        }
        return sum / (pos * (double) neg);
    }

    /** {threshold, true positives} for the lowest score threshold keeping FP per 1,000 genuine at or under the limit. */
    static int[] recallAtFpRate(List<Outcome> outcomes, double perThousand) {
        long genuine = outcomes.stream().filter(o -> !o.hijack()).count();
        for (int t = 0; t <= 101; t++) {
            int fp = 0;
            int tp = 0;
            for (Outcome o : outcomes) {
                if (o.score() >= t) {
                    if (o.hijack()) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            if (genuine == 0 || fp * 1000.0 / genuine <= perThousand) {
                return new int[] {t, tp};
            }
        }
        return new int[] {101, 0};
    }

    private void writeDetails(List<Outcome> outcomes) {
        try (BufferedWriter w = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
            w.write("mailbox\tmessage_id\tlabel\tkind\tscore\tverdict\tfindings\n");
            for (Outcome o : outcomes) {
                w.write(String.join("\t", o.mailbox(), o.messageId(), o.hijack() ? "hijack" : "genuine", o.kind(),
                        String.valueOf(o.score()), o.level().id(), o.codes()));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
