package org.threadguard.heuristics.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ThreadIndexTest {
    // A real-shaped Outlook Thread-Index of a conversation start (22 bytes)
    private static final String START = "AdnO9ZrqX8c7vV1mQvGw2m0lqR3lGg==";

    @Test
    void parsesHeaderAndChildren() {
        ThreadIndex start = ThreadIndex.parse(START).orElseThrow();
        assertThat(start.childCount()).isZero();
        assertThat(start.guid()).hasSize(32).isEqualTo("5fc73bbd5d6642f1b0da6d25a91de51a");
        byte[] raw = Base64.getDecoder().decode(START);
        byte[] reply = Arrays.copyOf(raw, 27);
        reply[22] = 1;
        ThreadIndex child = ThreadIndex.parse(" " + Base64.getEncoder().encodeToString(reply) + "\r\n").orElseThrow();
        assertThat(child.childCount()).isEqualTo(1);
        assertThat(child.guid()).isEqualTo(start.guid());
        assertThat(start.isPrefixOf(child)).isTrue();
        assertThat(child.isPrefixOf(start)).isFalse();
        assertThat(start.isPrefixOf(start)).isFalse();
        assertThat(child.ancestor(1)).contains(start);
    }

    @Test
    void rejectsGarbage() {
        assertThat(ThreadIndex.parse(null)).isEmpty();
        assertThat(ThreadIndex.parse("not base64 !!")).isEmpty();
        assertThat(ThreadIndex.parse("AQID")).isEmpty();
    }
}
