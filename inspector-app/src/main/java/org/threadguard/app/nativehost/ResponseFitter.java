package org.threadguard.app.nativehost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps a verdict under the host-to-extension size limit: first shortens long strings, then drops
 * evidence rows, then findings (weakest last in the list go first). Marks {@code truncated: true}.
 */
final class ResponseFitter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseFitter() {
    }

    static ObjectNode fit(ObjectNode o, int budget) {
        if (size(o) <= budget) {
            return o;
        }
        o.put("truncated", true);
        for (int max : new int[] {4000, 1000, 300}) {
            shorten(o, max);
            if (size(o) <= budget) {
                return o;
            }
        }
        for (JsonNode f : o.withArray("findings")) {
            ((ObjectNode) f).putArray("evidence");
        }
        ArrayNode findings = o.withArray("findings");
        while (size(o) > budget && findings.size() > 0) {
            findings.remove(findings.size() - 1);
        }
        if (size(o) > budget) {
            o.put("summary", o.path("summary").asText("").substring(0, Math.min(300, o.path("summary").asText("").length())));
            o.remove("parseProblems");
        }
        return o;
    }

    private static void shorten(JsonNode n, int max) {
        if (n instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual() && e.getValue().asText().length() > max) {
                    e.setValue(obj.textNode(e.getValue().asText().substring(0, max) + "…"));
                } else {
                    shorten(e.getValue(), max);
                }
            }
        } else if (n instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode c = arr.get(i);
                if (c.isTextual() && c.asText().length() > max) {
                    arr.set(i, arr.textNode(c.asText().substring(0, max) + "…"));
                } else {
                    shorten(c, max);
                }
            }
        }
    }

    static int size(JsonNode o) {
        try {
            return MAPPER.writeValueAsBytes(o).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
