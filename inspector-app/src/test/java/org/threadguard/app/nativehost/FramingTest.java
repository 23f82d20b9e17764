package org.threadguard.app.nativehost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FramingTest {
    private static byte[] frame(ByteOrder order, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).order(order).putInt(payload.length).put(payload).array();
    }

    @Test
    void writesLengthInNativeOrderThenPayload() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamFrameWriter(out, 100, ByteOrder.LITTLE_ENDIAN).write("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toByteArray()).startsWith(7, 0, 0, 0).endsWith("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(out.size()).isEqualTo(11);
    }

    @Test
    void bigEndianOrderIsHonouredBothWays() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] payload = new byte[300];
        new StreamFrameWriter(out, 1000, ByteOrder.BIG_ENDIAN).write(payload);
        assertThat(out.toByteArray()).startsWith(0, 0, 1, 44);
        byte[] back = new StreamFrameReader(new ByteArrayInputStream(out.toByteArray()), 1000, ByteOrder.BIG_ENDIAN).read();
        assertThat(back).hasSize(300);
    }

    @Test
    void defaultOrderIsTheNativeOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamFrameWriter(out, 100).write(new byte[] {'x'});
        assertThat(out.toByteArray()).startsWith(frame(ByteOrder.nativeOrder(), new byte[] {'x'}));
    }

    @Test
    void readsConsecutiveFramesThenNullAtCleanEof() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(frame(ByteOrder.LITTLE_ENDIAN, "one".getBytes(StandardCharsets.UTF_8)));
        in.write(frame(ByteOrder.LITTLE_ENDIAN, new byte[0]));
        in.write(frame(ByteOrder.LITTLE_ENDIAN, "three".getBytes(StandardCharsets.UTF_8)));
        FrameReader r = new StreamFrameReader(new ByteArrayInputStream(in.toByteArray()), 100, ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(r.read(), StandardCharsets.UTF_8)).isEqualTo("one");
        assertThat(r.read()).isEmpty();
        assertThat(new String(r.read(), StandardCharsets.UTF_8)).isEqualTo("three");
        assertThat(r.read()).isNull();
        assertThat(r.read()).isNull();
    }

    @Test
    void oversizedFrameIsSkippedAndTheStreamStaysInStep() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(frame(ByteOrder.LITTLE_ENDIAN, new byte[50]));
        in.write(frame(ByteOrder.LITTLE_ENDIAN, "ok".getBytes(StandardCharsets.UTF_8)));
        FrameReader r = new StreamFrameReader(new ByteArrayInputStream(in.toByteArray()), 10, ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(r::read).isInstanceOf(FrameTooLargeException.class).hasMessageContaining("50 bytes");
        assertThat(new String(r.read(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void lengthIsUnsigned() throws Exception {
        byte[] in = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        FrameReader r = new StreamFrameReader(new ByteArrayInputStream(in), 10, ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(r::read).isInstanceOf(TruncatedFrameException.class);
        FrameTooLargeException e = new FrameTooLargeException(0xffffffffL, 10);
        assertThat(e.length()).isEqualTo(4294967295L);
    }

    @Test
    void truncatedPrefixAndPayloadAreReported() {
        assertThatThrownBy(() -> new StreamFrameReader(new ByteArrayInputStream(new byte[] {5, 0}), 10).read())
                .isInstanceOf(TruncatedFrameException.class).hasMessageContaining("length prefix");
        byte[] partial = {5, 0, 0, 0, 'a', 'b'};
        assertThatThrownBy(() -> new StreamFrameReader(new ByteArrayInputStream(partial), 10, ByteOrder.LITTLE_ENDIAN)
                .read()).isInstanceOf(TruncatedFrameException.class).hasMessageContaining("2 of 5");
    }

    @Test
    void writerRefusesOversizedPayloadAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new StreamFrameWriter(out, 4).write(new byte[5]))
                .isInstanceOf(FrameTooLargeException.class);
        assertThat(out.size()).isZero();
    }
}
