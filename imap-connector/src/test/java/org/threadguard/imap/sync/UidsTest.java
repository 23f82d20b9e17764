package org.threadguard.imap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UidsTest {
    @Test
    void setOperationsOnSortedUids() {
        long[] a = {1, 2, 5, 9, 10};
        long[] b = {2, 3, 9, 11};

        assertThat(Uids.minus(a, b)).containsExactly(1, 5, 10);
        assertThat(Uids.minus(b, a)).containsExactly(3, 11);
        assertThat(Uids.intersect(a, b)).containsExactly(2, 9);
        assertThat(Uids.minus(a, new long[0])).containsExactly(a);
        assertThat(Uids.intersect(new long[0], b)).isEmpty();
    }

    @Test
    void sortedDropsDuplicates() {
        assertThat(Uids.sorted(List.of(7L, 3L, 7L, 1L))).containsExactly(1, 3, 7);
        assertThat(Uids.sortedDistinct(new long[] {4, 4, 2})).containsExactly(2, 4);
    }
}
