package org.threadguard.heuristics.detect;

import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time the judging thread spends per stage (each detector by its code, and adding a message to
 * the mailbox index), summed over an analysis. Only for measuring ({@code bench --breakdown}); not thread-safe,
 * filled by the single judging thread.
 */
public final class StageTimes {
    private final Map<String, long[]> nanos = new TreeMap<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The calling thread's CPU time in nanoseconds (other processes on the machine do not count). */
    long now() {
        return threads.getCurrentThreadCpuTime();
    }

    void add(String stage, long elapsed) {
        long[] v = nanos.computeIfAbsent(stage, k -> new long[2]);
        v[0] += elapsed;
        v[1]++;
    }

    /** Stage name to {total nanoseconds, calls}, sorted by name. */
    public Map<String, long[]> totals() {
        Map<String, long[]> copy = new TreeMap<>();
        nanos.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public void clear() {
        nanos.clear();
    }
}
