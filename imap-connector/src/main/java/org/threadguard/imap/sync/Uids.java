package org.threadguard.imap.sync;

import java.util.Arrays;
import java.util.Collection;

/** Sets of UIDs as sorted {@code long[]} without duplicates: 8 bytes a message, however big the folder. */
final class Uids {
    private Uids() {
    }

    /** The distinct values, sorted. */
    static long[] sorted(Collection<Long> uids) {
        long[] out = new long[uids.size()];
        int n = 0;
        for (long u : uids) {
            out[n++] = u;
        }
        Arrays.sort(out);
        return distinct(out);
    }

    /** Sorts {@code uids} in place and returns its distinct values. */
    static long[] sortedDistinct(long[] uids) {
        Arrays.sort(uids);
        return distinct(uids);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** The UIDs of {@code a} that are not in {@code b}; both sorted and distinct. */
    static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long u : a) {
            while (j < b.length && b[j] < u) {
                j++;
            }
            if (j == b.length || b[j] != u) {
                out[n++] = u;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The UIDs in both {@code a} and {@code b}; both sorted and distinct. */
    static long[] intersect(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int n = 0;
        int j = 0;
        for (long u : a) {
            while (j < b.length && b[j] < u) {
                j++;
            }
            if (j < b.length && b[j] == u) {
                out[n++] = u;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
