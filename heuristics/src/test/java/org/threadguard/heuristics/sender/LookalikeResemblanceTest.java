package org.threadguard.heuristics.sender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes one registrable domain resemble another. */
class LookalikeResemblanceTest {
    @Test
    void anInternationalisedNameWithAccentsResemblesThePlainName() {
        // brünner-fluid.example in punycode against brunner-fluid.example
        String idn = java.net.IDN.toASCII("brünner-fluid.example");
        assertThat(idn).startsWith("xn--");
        assertThat(LookalikeDomainDetector.resemblance(idn, "brunner-fluid.example").kind())
                .isEqualTo(LookalikeDomainDetector.Resemblance.Kind.CONFUSABLE);
        assertThat(LookalikeDomainDetector.resemblance(java.net.IDN.toASCII("hesslér.example"), "hessler.example")
                .kind()).isEqualTo(LookalikeDomainDetector.Resemblance.Kind.CONFUSABLE);
    }

    @Test
    void unrelatedNamesDoNot() {
        assertThat(LookalikeDomainDetector.resemblance(java.net.IDN.toASCII("müller-bau.example"),
                "weber-bau.example")).isNull();
        assertThat(LookalikeDomainDetector.resemblance("acme-industrie.example", "acme-industrie.example")).isNull();
    }
}
