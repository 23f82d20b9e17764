package org.threadguard.heuristics.detect;

/** A public wrapper of the compact long set, for detectors comparing shingles. */
public final class LongSets {
    private final LongSet set = new LongSet();

    public void addAll(long[] values) {
        for (long v : values) {
            set.add(v);
        }
    }

    public boolean contains(long v) {
        return set.contains(v);
    }

    public int size() {
        return set.size();
    }
}
