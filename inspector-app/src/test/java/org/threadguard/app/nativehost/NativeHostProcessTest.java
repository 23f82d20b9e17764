package org.threadguard.app.nativehost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real host mode in a separate JVM, started the way Thunderbird starts it (manifest path + add-on id). */
class NativeHostProcessTest {
    @Test
    @Timeout(120)
    void startedLikeThunderbirdItAnswersOnlyWithFramesAndExitsCleanlyAtEof() throws Exception {
        DemoMailbox demo = new DemoMailbox();
        String attack = "<a81e356109f32384@meridian-freight.example>";
        String genuine = "<73780868-3EF9-4FEE-8550-50313CA9DD41@meridian-freight.example>";
        HostClient c = new HostClient()
                .send("{\"type\":\"hello\",\"protocolVersion\":1,\"addonVersion\":\"test\"}")
                .analyse("attack", demo.byId.get(attack), demo.context(attack, 20), 16 * 1024)
                .analyse("genuine", demo.byId.get(genuine), demo.context(genuine, 20), 16 * 1024)
                .send("{broken");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.threadguard.app.Main",
                "/home/u/.mozilla/native-messaging-hosts/org.threadguard.host.json", Protocol.ADDON_ID)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(c.requests.toByteArray());
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<JsonNode> r = HostClient.decode(out);
        assertThat(r).extracting(n -> n.path("type").asText()).containsExactly("hello", "verdict", "verdict", "error");
        assertThat(r.get(0).path("compatible").asBoolean()).isTrue();
        assertThat(r.get(1).path("verdict").asText()).isEqualTo("likely-hijack");
        assertThat(r.get(2).path("verdict").asText()).isEqualTo("consistent");
        assertThat(r.get(3).path("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void hostInvocationShapesAreRecognised() {
        assertThat(HostStdout.isHostInvocation("native-host")).isTrue();
        assertThat(HostStdout.isHostInvocation("/x/org.threadguard.host.json", "threadguard@threadguard.org")).isTrue();
        assertThat(HostStdout.isHostInvocation("chrome-extension://abc/", "--parent-window=0")).isTrue();
        assertThat(HostStdout.isHostInvocation("scan", "--source", "x.json")).isFalse();
        assertThat(HostStdout.isHostInvocation()).isFalse();
    }
}
