package org.threadguard.app.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threadguard.app.ui.InspectorUi;
import org.threadguard.app.ui.common.tasks.BackgroundTaskExecutor;
import org.threadguard.app.ui.service.CacheMailboxService;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.ThreadListStore;
import org.threadguard.app.ui.service.ThreadSummary;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.cache.ThreadListing;

/**
 * Time from "window opens" to "thread list visible" on a 50,000-message cache, and the heap, in the
 * real inspector window (headless). Run with the {@code bench-inspector} profile (-Xmx512m):
 * <pre>./mvnw -o -Pbench-inspector -pl inspector-app -am test -Dtest=InspectorListBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Prints its figures to stdout; docs/benchmarks.md ("Inspector") records them. {@code -Dbench.firstOnly=true}
 * measures only the first open (cancelled once the list shows); {@code -Dbench.messages=N} changes the size.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class InspectorListBenchmark {
    static final int MESSAGES = Integer.getInteger("bench.messages", 50_000);
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Test
    void timeToThreadList(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("threadguard-inspector-bench");
        try {
            measure(robot, dir);
        } finally {
            // a 50,000-message cache is over 200 MB
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void measure(FxRobot robot, Path dir) throws Exception {
        Path cacheFile = dir.resolve("cache.db");
        long g0 = System.nanoTime();
        LargeMailboxGenerator.generate(cacheFile, "bench", MESSAGES, 42);
        System.out.printf(Locale.ROOT, "generated %,d messages in %.1f s (%,d bytes cache)%n", MESSAGES,
                (System.nanoTime() - g0) / 1e9, Files.size(cacheFile));
        // a cache written by a version before envelopes (schema 2): the one-time backfill when it is first opened
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cacheFile);
                java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE envelopes");
            s.execute("DROP TABLE thread_lists");
            s.execute("DROP TABLE account_generation");
            s.execute("PRAGMA user_version=2");
        }
        long m0 = System.nanoTime();
        SqliteMessageCache.open(cacheFile).close();
        System.out.printf(Locale.ROOT, "one-time upgrade of a schema-2 cache (envelope backfill of %,d messages): %.1f s%n",
                MESSAGES, (System.nanoTime() - m0) / 1e9);
        InspectorState state = InspectorState.load(dir.resolve("inspector.properties"));
        // the mail is all in the cache (as after a command-line sync); the source itself has nothing new
        Path mail = Files.createDirectories(dir.resolve("mail"));
        MailboxSource source = new MailboxSource("bench", MailboxSource.Kind.LOCAL, "bench", "bench", mail.toString());
        state.putSource(source);
        state.put(InspectorState.LAST_SOURCE, "bench");

        // the thread list stored beside the messages, as `scan` and the inspector's analysis leave it (ADR 0007)
        try (SqliteMessageCache cache = SqliteMessageCache.open(cacheFile)) {
            long l0 = System.nanoTime();
            ThreadListing.current(cache, "bench");
            System.out.printf(Locale.ROOT, "thread list built from the envelopes and stored in the cache: %.2f s (cold JVM)%n",
                    (System.nanoTime() - l0) / 1e9);
        }

        // run 1: first open of a cache the inspector never analysed, with its thread list (e.g. left by `scan`)
        // (-Dbench.noStoredList=true skips it, so that run 2 is the JVM's first open, as before that list existed)
        if (!Boolean.getBoolean("bench.noStoredList")) {
            print("first open (never analysed here, thread list in the cache)", open(robot, cacheFile, dir.resolve("lists-1"), state));
        }

        // run 2: first open of a cache without a stored list (written by an earlier version): envelopes threaded
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cacheFile);
                java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM thread_lists");
        }
        print("first open (no list in the cache, none remembered)", open(robot, cacheFile, dir.resolve("lists"), state));
        System.gc();
        System.out.printf(Locale.ROOT, "heap after GC once the first window's analysis is done: %d MiB%n", usedHeap() >> 20);
        if (Boolean.getBoolean("bench.firstOnly")) {
            return;
        }
        // run 3: the normal start: remembered list at once, analysis in the background
        print("next start (remembered list)", open(robot, cacheFile, dir.resolve("lists"), state));
        System.out.printf(Locale.ROOT, "max heap (-Xmx) %d MiB, %d cores, Java %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private static void print(String what, Result r) {
        System.out.printf(Locale.ROOT, "%s: thread list %.2f s after the window is shown (%.2f s after building it began; "
                + "process CPU %.2f s), analysis done after %.2f s, %,d threads; heap after GC at list %d MiB, peak used "
                + "heap (sampled every 10 ms) %d MiB; load average %s%n", what, r.listSeconds - r.buildSeconds,
                r.listSeconds, r.listCpuSeconds, r.analysedSeconds, r.threads, r.heapAtListMiB, r.peakMiB, loadAverage());
    }

    /**
     * @param buildSeconds from building the window to its {@code show()} returning (the window is on screen)
     * @param listSeconds from building the window to the first row drawn
     */
    record Result(double buildSeconds, double listSeconds, double analysedSeconds, int threads, long heapAtListMiB,
            long peakMiB, double listCpuSeconds) {
    }

    /**
     * Waits (at most 20 s) until the JIT compilers have been idle for half a second: the generator's and the
     * previous run's hot code is still being compiled for a while, which a freshly started inspector would not
     * have to share its two cores with.
     */
    private static void awaitIdleCompiler() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            Thread.sleep(2000);
            return;
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        long last = jit.getTotalCompilationTime();
        int quiet = 0;
        while (quiet < 5 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            long now = jit.getTotalCompilationTime();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
    }

    /** CPU time of this whole process (every thread, JIT and GC included), in seconds. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private Result open(FxRobot robot, Path cacheFile, Path lists, InspectorState state) throws Exception {
        System.gc();
        awaitIdleCompiler();
        resetPeaks();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (SqliteMessageCache cache = SqliteMessageCache.open(cacheFile)) {
            CacheMailboxService service = new CacheMailboxService(cache, state, new ThreadListStore(lists));
            BackgroundTaskExecutor tasks = new BackgroundTaskExecutor(2, javafx.application.Platform::runLater);
            InspectorUi[] ui = new InspectorUi[1];
            double[] shown = new double[1];
            long t0 = System.nanoTime();
            double cpu0 = processCpuSeconds();
            robot.interact(() -> {
                ui[0] = new InspectorUi(stage, service, new org.threadguard.app.report.SecurityReportService(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "threadguard-bench-reports"), () -> org.threadguard.imap.report.ReportSettings.DEFAULTS, () -> null, null, null), state, tasks);
                ui[0].start(false);
                stage.show();
                shown[0] = (System.nanoTime() - t0) / 1e9;
            });
            TableView<ThreadSummary> table = robot.lookup("#threadTable").queryTableView();
            while (table.getItems().isEmpty() || robot.lookup(".table-row-cell").queryAll().stream()
                    .noneMatch(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null)) {
                if (System.nanoTime() - t0 > 600_000_000_000L) {
                    throw new AssertionError("no thread list: " + ui[0].mainViewModel().statusProperty().get());
                }
                Thread.sleep(5);
                WaitForAsyncUtils.waitForFxEvents();
            }
            double list = (System.nanoTime() - t0) / 1e9;
            double listCpu = processCpuSeconds() - cpu0;
            if (Boolean.getBoolean("bench.firstOnly")) {
                robot.interact(() -> ui[0].mainViewModel().cancelRunning());
                tasks.shutdown();
                sampling.set(false);
                return new Result(shown[0], list, 0, table.getItems().size(), 0, 0, listCpu);
            }
            System.gc();
            long heap = usedHeap() >> 20;
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (!ui[0].mainViewModel().analysedProperty().get()) {
                if (System.nanoTime() > deadline || ui[0].mainViewModel().statusProperty().get().startsWith("Problem")) {
                    throw new AssertionError("analysis did not finish: " + ui[0].mainViewModel().statusProperty().get());
                }
                Thread.sleep(20);
            }
            double analysed = (System.nanoTime() - t0) / 1e9;
            int[] rowsShown = new int[1];
            robot.interact(() -> rowsShown[0] = table.getItems().size()); // on the FX thread, after the final list is applied
            int threads = rowsShown[0];
            tasks.shutdown();
            sampling.set(false);
            sampler.join();
            return new Result(shown[0], list, analysed, threads, heap, peak.get() >> 20, listCpu);
        }
    }

    /** The 1-minute load average (other builds share the machine), or "?" where there is none. */
    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format(Locale.ROOT, "%.1f", l);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @SuppressWarnings("unused")
    private static long poolPeaks() {
        return peakHeap();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
