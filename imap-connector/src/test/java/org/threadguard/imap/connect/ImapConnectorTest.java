package org.threadguard.imap.connect;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class ImapConnectorTest {
    @Test
    void chachaSuitesComeFirstAndNoSuiteIsAddedOrDropped() throws Exception {
        String[] defaults = SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();

        var ordered = ImapConnector.chachaFirst(defaults);

        assertThat(ordered).containsExactlyInAnyOrder(defaults);
        assertThat(ordered.get(0)).isEqualTo("TLS_CHACHA20_POLY1305_SHA256");
        int lastChacha = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).contains("_CHACHA20_")) {
                lastChacha = i;
            }
        }
        assertThat(ordered.subList(0, lastChacha + 1)).allMatch(s -> s.contains("_CHACHA20_"));
        // the others keep the JDK's order
        assertThat(ordered.subList(lastChacha + 1, ordered.size()))
                .containsExactlyElementsOf(java.util.Arrays.stream(defaults).filter(s -> !s.contains("_CHACHA20_")).toList());
    }
}
