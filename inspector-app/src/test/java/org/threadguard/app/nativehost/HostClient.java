package org.threadguard.app.nativehost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Builds request frames like the add-on does and decodes the host's responses. */
final class HostClient {
    static final ObjectMapper MAPPER = new ObjectMapper();
    final ByteArrayOutputStream requests = new ByteArrayOutputStream();
    private final StreamFrameWriter w = new StreamFrameWriter(requests, Integer.MAX_VALUE, ByteOrder.nativeOrder());

    HostClient send(String json) {
        return raw(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HostClient send(ObjectNode o) {
        try {
            return raw(MAPPER.writeValueAsBytes(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HostClient raw(byte[] payload) {
        try {
            w.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static ObjectNode obj(String type, String requestId) {
        ObjectNode o = MAPPER.createObjectNode().put("type", type);
        if (requestId != null) {
            o.put("requestId", requestId);
        }
        return o;
    }

    /** The parts of one message split into chunks of at most {@code chunkSize} bytes. */
    static List<ObjectNode> parts(String requestId, int index, String role, String folder, byte[] raw, int chunkSize) {
        List<ObjectNode> out = new ArrayList<>();
        int count = Math.max(1, (raw.length + chunkSize - 1) / chunkSize);
        for (int c = 0; c < count; c++) {
            int from = c * chunkSize;
            int to = Math.min(raw.length, from + chunkSize);
            byte[] chunk = java.util.Arrays.copyOfRange(raw, from, to);
            out.add(obj("analyse-part", requestId).put("index", index).put("role", role).put("folder", folder)
                    .put("chunk", Base64.getEncoder().encodeToString(chunk)).put("chunkIndex", c).put("chunkCount", count));
        }
        return out;
    }

    /** Requests for a whole analysis: target first, then the context. */
    HostClient analyse(String requestId, DemoMailbox.Entry target, List<DemoMailbox.Entry> context, int chunkSize) {
        send(obj("analyse-begin", requestId).put("count", context.size() + 1));
        parts(requestId, 0, "target", target.folder(), target.raw(), chunkSize).forEach(this::send);
        for (int i = 0; i < context.size(); i++) {
            DemoMailbox.Entry e = context.get(i);
            parts(requestId, i + 1, "context", e.folder(), e.raw(), chunkSize).forEach(this::send);
        }
        return send(obj("analyse-end", requestId));
    }

    static List<JsonNode> decode(byte[] out) {
        List<JsonNode> list = new ArrayList<>();
        StreamFrameReader r = new StreamFrameReader(new ByteArrayInputStream(out), Protocol.MAX_OUTGOING_BYTES);
        try {
            for (byte[] f = r.read(); f != null; f = r.read()) {
                list.add(MAPPER.readTree(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
