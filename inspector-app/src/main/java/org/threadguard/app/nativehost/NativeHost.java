package org.threadguard.app.nativehost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadguard.app.cli.JsonOutput;
import org.threadguard.app.report.EvidenceHtmlExporter;
import org.threadguard.app.report.ReportService;
import org.threadguard.heuristics.detect.AnalysisResult;

/**
 * The native-messaging host: reads request frames, answers with response frames, never crashes on
 * bad input, and returns at the end of input. Protocol: docs/native-messaging.md.
 */
public final class NativeHost {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Completed analyses kept for {@code report}. */
    private static final int KEEP_RESULTS = 8;

    private final FrameReader reader;
    private final FrameWriter writer;
    private final PrintStream log;
    private final String hostVersion;
    private final ReportService reports;
    private final InspectorLauncher launcher;
    private final Path testResults;
    private final Map<String, PendingAnalysis> open = new LinkedHashMap<>();
    private final java.util.concurrent.CountDownLatch helloAnswered = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean sawWork;
    private final LinkedHashMap<String, Done> done = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Done> eldest) {
            return size() > KEEP_RESULTS;
        }
    };

    public NativeHost(FrameReader reader, FrameWriter writer, PrintStream log, String hostVersion, ReportService reports,
            InspectorLauncher launcher, Path testResults) {
        this.reader = reader;
        this.writer = writer;
        this.log = log;
        this.hostVersion = hostVersion;
        this.reports = reports;
        this.launcher = launcher;
        this.testResults = testResults;
    }

    /** Serves until the end of input. Returns 0 at a clean end, 1 when the input ended inside a frame. */
    public int serve() {
        while (true) {
            byte[] frame;
            try {
                frame = reader.read();
            } catch (FrameTooLargeException e) {
                send(error(null, ErrorCode.FRAME_TOO_LARGE, e.getMessage()));
                continue;
            } catch (TruncatedFrameException e) {
                log.println("threadguard native-host: " + e.getMessage() + "; stopping");
                return 1;
            } catch (IOException e) {
                log.println("threadguard native-host: cannot read input: " + e.getMessage() + "; stopping");
                return 1;
            }
            if (frame == null) {
                log.println("threadguard native-host: end of input; stopping");
                return 0;
            }
            handle(frame);
        }
    }

    /** Handles one frame; any response frames are written. Never throws. */
    void handle(byte[] frame) {
        JsonNode req;
        try {
            req = MAPPER.readTree(new String(frame, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            send(error(null, ErrorCode.MALFORMED_JSON, "The message is not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (req == null || !req.isObject()) {
            send(error(null, ErrorCode.MALFORMED_JSON, "The message must be a JSON object."));
            return;
        }
        String requestId = req.hasNonNull("requestId") ? req.get("requestId").asText() : null;
        String type = req.path("type").asText("");
        if (!type.equals("hello")) {
            sawWork = true;
        }
        try {
            switch (type) {
                case "hello" -> {
                    send(hello(req));
                    helloAnswered.countDown();
                }
                case "ping" -> send(obj("pong", requestId));
                case "analyse-begin" -> begin(requestId, req);
                case "analyse-part" -> part(requestId, req);
                case "analyse-end" -> send(end(requestId));
                case "report" -> send(report(requestId, req));
                case "open" -> send(openInspector(requestId, req));
                case "test-result" -> send(testResult(requestId, req));
                default -> send(error(requestId, ErrorCode.UNKNOWN_TYPE, "Unknown message type '" + type + "'."));
            }
        } catch (BadRequest e) {
            if (requestId != null && e.dropAnalysis) {
                open.remove(requestId);
            }
            send(error(requestId, ErrorCode.BAD_REQUEST, e.getMessage()));
        } catch (RuntimeException | IOException | StackOverflowError | OutOfMemoryError e) {
            if (requestId != null) {
                open.remove(requestId);
            }
            e.printStackTrace(log);
            send(error(requestId, ErrorCode.INTERNAL, "The host failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /** Waits until a hello was answered; false on timeout. */
    boolean awaitHello(long millis) throws InterruptedException {
        return helloAnswered.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Whether any request other than hello has arrived. */
    boolean sawWork() {
        return sawWork;
    }

    private ObjectNode hello(JsonNode req) {
        int addonProtocol = req.path("protocolVersion").asInt(-1);
        ObjectNode o = obj("hello", null);
        o.put("hostVersion", hostVersion);
        o.put("protocolVersion", Protocol.VERSION);
        o.put("minProtocolVersion", Protocol.MIN_VERSION);
        o.put("compatible", Protocol.compatible(addonProtocol));
        o.put("addonVersion", req.path("addonVersion").asText(""));
        o.put("maxIncomingFrameBytes", Protocol.MAX_INCOMING_BYTES);
        o.put("maxOutgoingFrameBytes", Protocol.MAX_OUTGOING_BYTES);
        o.put("testMode", testResults != null);
        log.println("threadguard native-host: hello from add-on " + req.path("addonVersion").asText("?") + ", protocol "
                + addonProtocol);
        return o;
    }

    private void begin(String requestId, JsonNode req) throws BadRequest {
        need(requestId != null && !requestId.isBlank(), "analyse-begin needs a requestId.", false);
        int count = req.path("count").asInt(-1);
        need(count >= 1 && count <= Protocol.MAX_MESSAGES,
                "analyse-begin needs a count between 1 and " + Protocol.MAX_MESSAGES + ".", false);
        if (open.size() >= Protocol.MAX_OPEN_ANALYSES && !open.containsKey(requestId)) {
            String oldest = open.keySet().iterator().next();
            open.remove(oldest);
            send(error(oldest, ErrorCode.BAD_REQUEST, "Too many open analyses; this one was dropped."));
        }
        Set<String> own = new HashSet<>();
        req.path("ownAddresses").forEach(a -> own.add(a.asText()));
        String tag = req.path("locale").asText("");
        open.put(requestId, new PendingAnalysis(count, own, tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag)));
    }

    private void part(String requestId, JsonNode req) throws BadRequest {
        PendingAnalysis p = requestId == null ? null : open.get(requestId);
        need(p != null, "analyse-part for an unknown requestId (send analyse-begin first).", false);
        int index = req.path("index").asInt(-1);
        need(index >= 0 && index < p.count, "analyse-part index out of range 0.." + (p.count - 1) + ".", true);
        String role = req.path("role").asText("");
        need(role.equals("target") || role.equals("context"), "analyse-part role must be 'target' or 'context'.", true);
        int chunkCount = req.path("chunkCount").asInt(-1);
        int chunkIndex = req.path("chunkIndex").asInt(-1);
        need(chunkCount >= 1 && chunkIndex >= 0 && chunkIndex < chunkCount, "analyse-part chunkIndex/chunkCount invalid.",
                true);
        need(req.path("chunk").isTextual(), "analyse-part needs a base64 chunk.", true);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(req.get("chunk").asText());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("analyse-part chunk is not valid base64.", true);
        }
        p.bytes += bytes.length;
        need(p.bytes <= Protocol.MAX_ANALYSIS_BYTES, "The analysis exceeds " + Protocol.MAX_ANALYSIS_BYTES + " bytes.", true);
        PendingMessage m = p.messages.computeIfAbsent(index, i -> new PendingMessage(role, req.path("folder").asText(""),
                chunkCount));
        need(m.role.equals(role) && m.chunks.length == chunkCount, "analyse-part " + index
                + " contradicts an earlier part (role or chunkCount).", true);
        need(m.chunks[chunkIndex] == null, "analyse-part " + index + " chunk " + chunkIndex + " was sent twice.", true);
        m.chunks[chunkIndex] = bytes;
    }

    private ObjectNode end(String requestId) throws BadRequest {
        PendingAnalysis p = requestId == null ? null : open.remove(requestId);
        need(p != null, "analyse-end for an unknown requestId.", false);
        long start = System.nanoTime();
        HostAnalysis.RawMessage target = null;
        List<HostAnalysis.RawMessage> context = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < p.count; i++) {
            PendingMessage m = p.messages.get(i);
            if (m == null) {
                missing.add("message " + i);
                continue;
            }
            for (int c = 0; c < m.chunks.length; c++) {
                if (m.chunks[c] == null) {
                    missing.add("message " + i + " chunk " + c);
                }
            }
        }
        need(missing.isEmpty(), "Parts missing: " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                + (missing.size() > 10 ? ", ..." : "") + ".", false);
        byte[] targetRaw = null;
        for (int i = 0; i < p.count; i++) {
            PendingMessage m = p.messages.get(i);
            HostAnalysis.RawMessage raw = new HostAnalysis.RawMessage(m.join(), m.folder);
            if (m.role.equals("target")) {
                need(target == null, "More than one target message.", false);
                target = raw;
                targetRaw = raw.raw();
            } else {
                context.add(raw);
            }
        }
        need(target != null, "No target message (role 'target').", false);
        AnalysisResult r = HostAnalysis.analyse(target, context, p.ownAddresses, "addon:" + requestId);
        Map<String, Object> verdict = JsonOutput.toMap(r);
        done.put(requestId, new Done(targetRaw, verdict, r));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "verdict");
        out.put("requestId", requestId);
        out.putAll(p.locale.getLanguage().equals("en") ? verdict : JsonOutput.toMap(r, p.locale));
        out.put("reply", r.reply());
        out.put("contextCount", context.size());
        out.put("analysisMillis", (System.nanoTime() - start) / 1_000_000);
        log.println("threadguard native-host: analysed " + verdict.get("messageId") + " with " + context.size()
                + " context messages: " + verdict.get("verdict") + " (" + verdict.get("score") + ")");
        return ResponseFitter.fit(MAPPER.valueToTree(out), Protocol.OUTGOING_BUDGET);
    }

    private ObjectNode report(String requestId, JsonNode req) throws BadRequest, IOException {
        String analysisId = req.path("analysisId").asText("");
        Done d = done.get(analysisId);
        need(d != null, "report: no analysis '" + analysisId + "' on this connection (analyse the message again).", false);
        ReportService.Outcome outcome = reports.report(new ReportService.ReportRequest("", new ReportService.ReportTarget(
                d.raw, d.result, EvidenceHtmlExporter.earlierMessageIds(d.result), ""), "", null,
                org.threadguard.imap.report.AfterAction.LEAVE, null,
                reports.available()));
        ObjectNode o = obj("report-result", requestId);
        o.put("sent", outcome.sent());
        o.put("status", outcome.status().name());
        o.put("message", outcome.message());
        outcome.files().forEach(f -> o.withArray("files").add(f.toString()));
        return o;
    }

    private ObjectNode openInspector(String requestId, JsonNode req) throws BadRequest, IOException {
        String messageId = req.path("messageId").asText("");
        need(!messageId.isBlank() && messageId.length() < 1000 && messageId.chars().noneMatch(Character::isISOControl),
                "open needs a messageId.", false);
        List<String> cmd = launcher.launch(messageId);
        ObjectNode o = obj("open-result", requestId);
        o.put("launched", true);
        cmd.forEach(c -> o.withArray("command").add(c));
        return o;
    }

    private ObjectNode testResult(String requestId, JsonNode req) throws BadRequest, IOException {
        need(testResults != null, "test-result is only accepted in test mode (THREADGUARD_TEST_RESULTS).", false);
        String line = MAPPER.writeValueAsString(req.path("result")) + "\n";
        Files.writeString(testResults, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return obj("ack", requestId);
    }

    private static ObjectNode obj(String type, String requestId) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", type);
        if (requestId != null) {
            o.put("requestId", requestId);
        }
        return o;
    }

    static ObjectNode error(String requestId, ErrorCode code, String message) {
        ObjectNode o = obj("error", requestId);
        o.put("code", code.name());
        o.put("message", message);
        return o;
    }

    private void send(ObjectNode o) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(o);
            if (bytes.length > Protocol.MAX_OUTGOING_BYTES) {
                bytes = MAPPER.writeValueAsBytes(error(o.path("requestId").asText(null), ErrorCode.INTERNAL,
                        "The response was too large to send."));
            }
            writer.write(bytes);
        } catch (IOException e) {
            log.println("threadguard native-host: cannot write a response: " + e.getMessage());
        }
    }

    private static void need(boolean ok, String message, boolean dropAnalysis) throws BadRequest {
        if (!ok) {
            throw new BadRequest(message, dropAnalysis);
        }
    }

    /** The error codes of the protocol. */
    public enum ErrorCode {
        MALFORMED_JSON, FRAME_TOO_LARGE, UNKNOWN_TYPE, BAD_REQUEST, INTERNAL
    }

    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean dropAnalysis;

        BadRequest(String message, boolean dropAnalysis) {
            super(message);
            this.dropAnalysis = dropAnalysis;
        }
    }

    private static final class PendingAnalysis {
        final int count;
        final Set<String> ownAddresses;
        final Locale locale;
        final Map<Integer, PendingMessage> messages = new LinkedHashMap<>();
        long bytes;

        PendingAnalysis(int count, Set<String> ownAddresses, Locale locale) {
            this.count = count;
            this.ownAddresses = ownAddresses;
            this.locale = locale;
        }
    }

    private static final class PendingMessage {
        final String role;
        final String folder;
        final byte[][] chunks;

        PendingMessage(String role, String folder, int chunkCount) {
            this.role = role;
            this.folder = folder;
            this.chunks = new byte[chunkCount][];
        }

        byte[] join() {
            int n = 0;
            for (byte[] c : chunks) {
                n += c.length;
            }
            byte[] all = new byte[n];
            int off = 0;
            for (byte[] c : chunks) {
                System.arraycopy(c, 0, all, off, c.length);
                off += c.length;
            }
            return all;
        }
    }

    private record Done(byte[] raw, Map<String, Object> verdict, AnalysisResult result) {
    }
}
