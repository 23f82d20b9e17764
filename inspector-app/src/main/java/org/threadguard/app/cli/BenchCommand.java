package org.threadguard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.threadguard.app.scan.ScanService;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.detect.StageTimes;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.Threader;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.importer.ImportListener;
import org.threadguard.imap.parse.MimeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threadguard bench}: parsing throughput over a directory of .eml files, and threading +
 * analysis throughput from the cache, each as messages per second (best of several rounds after
 * a warm-up). The figures go to docs/benchmarks.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures parsing, and threading + analysis from the cache, in messages per second.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", required = true, description = "A directory of .eml files.")
    Path source;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--breakdown", description = "Also print where the analysis spends its time: per-message facts "
            + "on one thread, and the judging thread's time per detector and for indexing.")
    boolean breakdown;

    /** CPU time of this process so far, or -1 where the platform does not say. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(source)) {
            throw new ThreadguardCommand.UsageProblem("Not a directory: " + source);
        }
        List<byte[]> raws = new ArrayList<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                raws.add(Files.readAllBytes(p));
            }
        }
        long bytes = raws.stream().mapToLong(b -> b.length).sum();
        out.printf("Corpus: %d .eml files, %.1f MB, %d cores, Java %s%n", raws.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        // parsing
        double bestParse = 0;
        for (int round = -1; round < rounds; round++) {
            long t0 = System.nanoTime();
            int i = 0;
            for (byte[] raw : raws) {
                MimeParser.parse(raw, "bench/INBOX/" + i++, "INBOX");
            }
            double rate = raws.size() / ((System.nanoTime() - t0) / 1e9);
            if (round >= 0) {
                bestParse = Math.max(bestParse, rate);
            }
        }
        out.printf("parse (MIME to model, 1 thread):       %,10.0f messages/s%n", bestParse);
        // threading + analysis from the cache
        Path cacheFile = Files.createTempFile("threadguard-bench", ".db");
        try (SqliteMessageCache cache = SqliteMessageCache.open(cacheFile)) {
            ScanService service = new ScanService(cache);
            service.importLocal(source, "bench", new ImportListener() { });
            long l0 = System.nanoTime();
            List<MailMessage> messages = cache.loadAll("bench");
            double loadRate = messages.size() / ((System.nanoTime() - l0) / 1e9);
            Set<String> own = Analyzer.ownAddressesOf(messages);
            double bestThread = 0;
            double bestAnalysis = 0;
            double firstAnalysis = 0;
            long leastCpu = Long.MAX_VALUE;
            for (int round = -1; round < rounds; round++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                new Threader().thread(messages);
                long t1 = System.nanoTime();
                Analyzer.standard(own).analyze(messages);
                long t2 = System.nanoTime();
                long cpu = processCpuNanos() - c0;
                if (round < 0) {
                    firstAnalysis = messages.size() / ((t2 - t0) / 1e9);
                } else {
                    bestThread = Math.max(bestThread, messages.size() / ((t1 - t0) / 1e9));
                    bestAnalysis = Math.max(bestAnalysis, messages.size() / ((t2 - t0) / 1e9));
                    leastCpu = Math.min(leastCpu, cpu);
                }
            }
            out.printf("load from cache (SQLite to model):     %,10.0f messages/s%n", loadRate);
            out.printf("threading alone:                       %,10.0f messages/s%n", bestThread);
            out.printf("threading + analysis:                  %,10.0f messages/s%n", bestAnalysis);
            // the JIT needs tens of thousands of messages to settle: a first scan runs at about this speed
            if (leastCpu > 0 && leastCpu != Long.MAX_VALUE) {
                // CPU time of the whole process (all threads, GC and JIT included): steadier than wall time
                // on a shared machine, and what two cores divide
                out.printf("threading + analysis, CPU per message: %,10.0f us (least of the rounds)%n",
                        leastCpu / 1e3 / messages.size());
            }
            out.printf("threading + analysis, first round:     %,10.0f messages/s (JIT warming up)%n", firstAnalysis);
            if (breakdown) {
                printBreakdown(out, messages, own);
            }
        } finally {
            Files.deleteIfExists(cacheFile);
            Files.deleteIfExists(Path.of(cacheFile + "-wal"));
            Files.deleteIfExists(Path.of(cacheFile + "-shm"));
        }
        out.flush();
        return ThreadguardCommand.EXIT_OK;
    }

    /** One more round, measured per stage in CPU time of the thread doing it (other processes do not count). */
    private static void printBreakdown(PrintWriter out, List<MailMessage> messages, Set<String> own) {
        Analyzer analyzer = Analyzer.standard(own);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long f0 = threads.getCurrentThreadCpuTime();
        for (MailMessage m : messages) {
            analyzer.factsOf(m);
        }
        double factsUs = (threads.getCurrentThreadCpuTime() - f0) / 1e3 / messages.size();
        StageTimes times = new StageTimes();
        long a0 = System.nanoTime();
        analyzer.withStageTimes(times).analyze(messages);
        double analysisUs = (System.nanoTime() - a0) / 1e3 / messages.size();
        out.printf("breakdown, CPU microseconds per message (all %d messages; one more round):%n", messages.size());
        out.printf("  per-message facts, one thread:       %8.1f%n", factsUs);
        out.printf("  analysis, wall time (facts ahead):   %8.1f%n", analysisUs);
        out.printf("  judging thread:%n");
        List<java.util.Map.Entry<String, long[]>> stages = new ArrayList<>(times.totals().entrySet());
        stages.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        double judged = 0;
        for (java.util.Map.Entry<String, long[]> e : stages) {
            double us = e.getValue()[0] / 1e3 / messages.size();
            judged += us;
            out.printf("  %-36s %8.1f  (%d calls)%n", e.getKey(), us, e.getValue()[1]);
        }
        out.printf("  judging thread, stages above:        %8.1f%n", judged);
    }
}
