package org.threadguard.app.nativehost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeHostTest {
    static DemoMailbox demo;
    @TempDir
    Path tmp;
    final List<String> launched = new ArrayList<>();
    int exitCode;

    @BeforeAll
    static void load() {
        demo = new DemoMailbox();
    }

    List<JsonNode> run(HostClient c) {
        return run(c, null);
    }

    List<JsonNode> run(HostClient c, Path testResults) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeHost host = new NativeHost(
                new StreamFrameReader(new ByteArrayInputStream(c.requests.toByteArray()), Protocol.MAX_INCOMING_BYTES),
                new StreamFrameWriter(out, Protocol.MAX_OUTGOING_BYTES), new PrintStream(new ByteArrayOutputStream()),
                "9.9.9", new org.threadguard.app.report.SecurityReportService(tmp, () -> org.threadguard.imap.report.ReportSettings.DEFAULTS, () -> null, null, null), id -> {
                    launched.add(id);
                    return List.of("threadguard", "inspect", "--message-id", id);
                }, testResults);
        exitCode = host.serve();
        return HostClient.decode(out.toByteArray());
    }

    @Test
    void helloReportsBothVersionsAndCompatibility() {
        List<JsonNode> r = run(new HostClient()
                .send("{\"type\":\"hello\",\"protocolVersion\":1,\"addonVersion\":\"0.1.0\"}")
                .send("{\"type\":\"hello\",\"protocolVersion\":99,\"addonVersion\":\"5.0\"}")
                .send("{\"type\":\"hello\"}"));
        assertThat(r).hasSize(3);
        assertThat(r.get(0).path("type").asText()).isEqualTo("hello");
        assertThat(r.get(0).path("hostVersion").asText()).isEqualTo("9.9.9");
        assertThat(r.get(0).path("protocolVersion").asInt()).isEqualTo(Protocol.VERSION);
        assertThat(r.get(0).path("compatible").asBoolean()).isTrue();
        assertThat(r.get(1).path("compatible").asBoolean()).isFalse();
        assertThat(r.get(2).path("compatible").asBoolean()).isFalse();
        assertThat(exitCode).isZero();
    }

    @Test
    void malformedAndUnknownRequestsGetErrorsAndTheHostCarriesOn() {
        List<JsonNode> r = run(new HostClient().send("{not json").send("[1,2]").send("{\"type\":\"frobnicate\",\"requestId\":\"r7\"}")
                .raw(new byte[] {(byte) 0xff, (byte) 0xfe}).send("{\"type\":\"ping\",\"requestId\":\"p\"}"));
        assertThat(r).extracting(n -> n.path("code").asText("")).containsExactly("MALFORMED_JSON", "MALFORMED_JSON",
                "UNKNOWN_TYPE", "MALFORMED_JSON", "");
        assertThat(r.get(2).path("requestId").asText()).isEqualTo("r7");
        assertThat(r.get(4).path("type").asText()).isEqualTo("pong");
        assertThat(exitCode).isZero();
    }

    @Test
    void oversizedFrameGetsAnErrorAndTheNextRequestIsServed() {
        byte[] huge = new byte[Protocol.MAX_INCOMING_BYTES + 1];
        List<JsonNode> r = run(new HostClient().raw(huge).send("{\"type\":\"ping\",\"requestId\":\"after\"}"));
        assertThat(r.get(0).path("code").asText()).isEqualTo("FRAME_TOO_LARGE");
        assertThat(r.get(1).path("requestId").asText()).isEqualTo("after");
    }

    @Test
    void truncatedInputEndsTheHostWithoutACrash() {
        HostClient c = new HostClient().send("{\"type\":\"ping\"}");
        c.requests.write(new byte[] {100, 0, 0, 0, '{'}, 0, 5);
        List<JsonNode> r = run(c);
        assertThat(r).hasSize(1);
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void attackWithItsThreadContextIsLikelyHijack() {
        String id = "<002a01dba78b$5cfdef00$a3634515$@nordhafen-spedtion.example>";
        List<DemoMailbox.Entry> ctx = demo.context(id, 20);
        assertThat(ctx).isNotEmpty();
        List<JsonNode> r = run(new HostClient().analyse("a1", demo.byId.get(id), ctx, 4096));
        assertThat(r).hasSize(1);
        JsonNode v = r.get(0);
        assertThat(v.path("type").asText()).isEqualTo("verdict");
        assertThat(v.path("requestId").asText()).isEqualTo("a1");
        assertThat(v.path("messageId").asText()).isEqualTo(id);
        assertThat(v.path("verdict").asText()).isEqualTo("likely-hijack");
        assertThat(v.path("findings").size()).isPositive();
        assertThat(v.path("findings").get(0).has("evidence")).isTrue();
        assertThat(v.path("contextCount").asInt()).isEqualTo(ctx.size());
    }

    @Test
    void everyDemoAttackIsFlaggedAndHardGenuineCasesAreConsistent() {
        HostClient c = new HostClient();
        List<String> attacks = demo.idsOfKind("attack");
        List<String> hard = demo.idsOfKind("genuine-hard");
        List<String> all = new ArrayList<>(attacks);
        all.addAll(hard);
        for (int i = 0; i < all.size(); i++) {
            c.analyse("r" + i, demo.byId.get(all.get(i)), demo.context(all.get(i), 20), 64 * 1024);
        }
        List<JsonNode> r = run(c);
        assertThat(r).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            JsonNode v = r.get(i);
            assertThat(v.path("messageId").asText()).isEqualTo(all.get(i));
            if (i < attacks.size()) {
                assertThat(v.path("verdict").asText()).as(all.get(i)).isEqualTo("likely-hijack");
            } else {
                assertThat(v.path("verdict").asText()).as(all.get(i) + " " + v.path("summary")).isEqualTo("consistent");
            }
        }
    }

    @Test
    void aGenuineReplyIsConsistent() {
        String id = "<003701db7634$4d9be180$191014fe$@nordhafen-spedition.example>";
        JsonNode v = run(new HostClient().analyse("g", demo.byId.get(id), demo.context(id, 20), 1000)).get(0);
        assertThat(v.path("verdict").asText()).isEqualTo("consistent");
        assertThat(v.path("reply").asBoolean()).isTrue();
    }

    @Test
    void aMessageThatIsNotAReplyIsConsistentWithReplyFalse() {
        DemoMailbox.Entry first = demo.entries.stream().filter(e -> !e.parsed().hasReplyHeaders()
                && !e.parsed().subject().toLowerCase().startsWith("re") && e.folder().equals("INBOX")).findFirst().orElseThrow();
        JsonNode v = run(new HostClient().analyse("n", first, List.of(), 1000)).get(0);
        assertThat(v.path("verdict").asText()).isEqualTo("consistent");
        assertThat(v.path("reply").asBoolean()).isFalse();
    }

    @Test
    void chunksMayArriveOutOfOrder() {
        String id = "<a81e356109f32384@meridian-freight.example>";
        DemoMailbox.Entry t = demo.byId.get(id);
        List<DemoMailbox.Entry> ctx = demo.context(id, 20);
        List<ObjectNode> parts = new ArrayList<>(HostClient.parts("x", 0, "target", "INBOX", t.raw(), 700));
        for (int i = 0; i < ctx.size(); i++) {
            parts.addAll(HostClient.parts("x", i + 1, "context", ctx.get(i).folder(), ctx.get(i).raw(), 700));
        }
        Collections.shuffle(parts, new java.util.Random(7));
        HostClient c = new HostClient().send(HostClient.obj("analyse-begin", "x").put("count", ctx.size() + 1));
        parts.forEach(c::send);
        JsonNode v = run(c.send(HostClient.obj("analyse-end", "x"))).get(0);
        assertThat(v.path("type").asText()).isEqualTo("verdict");
        assertThat(v.path("verdict").asText()).isEqualTo("likely-hijack");
    }

    @Test
    void theVerdictIsWordedInTheLanguageTheAddonAsksFor() {
        String id = "<002a01dba78b$5cfdef00$a3634515$@nordhafen-spedtion.example>";
        DemoMailbox.Entry t = demo.byId.get(id);
        List<DemoMailbox.Entry> ctx = demo.context(id, 20);
        JsonNode english = run(new HostClient().analyse("en", t, ctx, 64 * 1024)).get(0);
        HostClient c = new HostClient().send(HostClient.obj("analyse-begin", "de").put("count", ctx.size() + 1)
                .put("locale", "de-AT"));
        HostClient.parts("de", 0, "target", "INBOX", t.raw(), 64 * 1024).forEach(c::send);
        for (int i = 0; i < ctx.size(); i++) {
            HostClient.parts("de", i + 1, "context", ctx.get(i).folder(), ctx.get(i).raw(), 64 * 1024).forEach(c::send);
        }
        JsonNode german = run(c.send(HostClient.obj("analyse-end", "de"))).get(0);
        assertThat(german.path("verdict").asText()).isEqualTo(english.path("verdict").asText());
        assertThat(english.path("summary").asText()).startsWith("This reply claims to come from");
        assertThat(german.path("summary").asText()).startsWith("Diese Antwort gibt vor, von");
        JsonNode f = german.path("findings").get(0);
        assertThat(f.path("code").asText()).isEqualTo(english.path("findings").get(0).path("code").asText());
        assertThat(f.path("explanation").asText()).isNotBlank()
                .isNotEqualTo(english.path("findings").get(0).path("explanation").asText());
    }

    @Test
    void aMissingChunkIsABadRequestNamingIt() {
        DemoMailbox.Entry t = demo.entries.get(5);
        List<ObjectNode> parts = HostClient.parts("m", 0, "target", "INBOX", t.raw(), 500);
        HostClient c = new HostClient().send(HostClient.obj("analyse-begin", "m").put("count", 1));
        for (int i = 0; i < parts.size(); i++) {
            if (i != 1) {
                c.send(parts.get(i));
            }
        }
        List<JsonNode> r = run(c.send(HostClient.obj("analyse-end", "m")).send(HostClient.obj("analyse-end", "m")));
        assertThat(r.get(0).path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(r.get(0).path("requestId").asText()).isEqualTo("m");
        assertThat(r.get(0).path("message").asText()).contains("message 0 chunk 1");
        assertThat(r.get(1).path("message").asText()).contains("unknown requestId");
    }

    @Test
    void badPartsAreRejected() {
        List<JsonNode> r = run(new HostClient()
                .send("{\"type\":\"analyse-part\",\"requestId\":\"nope\",\"index\":0}")
                .send("{\"type\":\"analyse-begin\",\"requestId\":\"b\",\"count\":0}")
                .send("{\"type\":\"analyse-begin\",\"requestId\":\"b\",\"count\":1}")
                .send("{\"type\":\"analyse-part\",\"requestId\":\"b\",\"index\":0,\"role\":\"target\",\"chunk\":\"%%%\","
                        + "\"chunkIndex\":0,\"chunkCount\":1}")
                .send("{\"type\":\"analyse-begin\",\"requestId\":\"c\",\"count\":1}")
                .send("{\"type\":\"analyse-part\",\"requestId\":\"c\",\"index\":3,\"role\":\"target\",\"chunk\":\"\","
                        + "\"chunkIndex\":0,\"chunkCount\":1}")
                .send("{\"type\":\"analyse-begin\",\"requestId\":\"d\",\"count\":1}")
                .send("{\"type\":\"analyse-part\",\"requestId\":\"d\",\"index\":0,\"role\":\"context\",\"chunk\":\"\","
                        + "\"chunkIndex\":0,\"chunkCount\":1}")
                .send("{\"type\":\"analyse-end\",\"requestId\":\"d\"}"));
        assertThat(r).extracting(n -> n.path("code").asText()).containsOnly("BAD_REQUEST");
        assertThat(r).hasSize(5);
        assertThat(r.get(2).path("message").asText()).contains("base64");
        assertThat(r.get(4).path("message").asText()).contains("No target");
    }

    @Test
    void reportSavesTheOriginalAndTheEvidence() throws Exception {
        String id = "<20250529102715.BBBC3A5A9C@bakkerij-vandijk.example>";
        List<JsonNode> r = run(new HostClient().analyse("a", demo.byId.get(id), demo.context(id, 20), 100_000)
                .send(HostClient.obj("report", "rep").put("analysisId", "a"))
                .send(HostClient.obj("report", "rep2").put("analysisId", "unknown")));
        JsonNode rep = r.get(1);
        assertThat(rep.path("type").asText()).isEqualTo("report-result");
        assertThat(rep.path("sent").asBoolean()).isFalse();
        Path eml = Path.of(rep.path("files").get(0).asText());
        assertThat(Files.readAllBytes(eml)).isEqualTo(demo.byId.get(id).raw());
        assertThat(Files.readString(Path.of(rep.path("files").get(1).asText()))).contains("likely-hijack")
                .doesNotContain("<script");
        assertThat(r.get(2).path("code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void openLaunchesTheInspectorOnTheMessage() {
        List<JsonNode> r = run(new HostClient().send(HostClient.obj("open", "o").put("messageId", "<abc@x>")));
        assertThat(r.get(0).path("type").asText()).isEqualTo("open-result");
        assertThat(launched).containsExactly("<abc@x>");
    }

    @Test
    void testResultsAreOnlyAcceptedInTestMode() throws Exception {
        HostClient c = new HostClient().send("{\"type\":\"test-result\",\"requestId\":\"t\",\"result\":{\"a\":1}}");
        assertThat(run(c).get(0).path("code").asText()).isEqualTo("BAD_REQUEST");
        Path file = tmp.resolve("results.jsonl");
        assertThat(run(c, file).get(0).path("type").asText()).isEqualTo("ack");
        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}\n");
    }

    @Test
    void oversizedVerdictsAreFittedUnderTheLimit() {
        ObjectNode o = HostClient.MAPPER.createObjectNode().put("type", "verdict").put("summary", "s");
        for (int i = 0; i < 50; i++) {
            ObjectNode f = o.withArray("findings").addObject().put("code", "C" + i).put("explanation", "x".repeat(50_000));
            f.withArray("evidence").addObject().put("earlier", "e".repeat(100_000)).put("suspicious", "s".repeat(100_000));
        }
        ObjectNode fitted = ResponseFitter.fit(o, Protocol.OUTGOING_BUDGET);
        assertThat(ResponseFitter.size(fitted)).isLessThanOrEqualTo(Protocol.OUTGOING_BUDGET);
        assertThat(fitted.path("truncated").asBoolean()).isTrue();
        assertThat(fitted.path("findings").size()).isPositive();
    }
}
