package org.threadguard.heuristics.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Registrable domains, tenants of shared hosts, and the services that host payloads. */
class DomainsTest {
    @Test
    void registrableDomainsFollowThePublicSuffixes() {
        assertThat(Domains.registrable("mail.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(Domains.registrable("a.b.example.com.")).isEqualTo("example.com");
        assertThat(Domains.registrable("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(Domains.registrable("")).isEmpty();
        // every tenant of a shared host is its own site
        assertThat(Domains.registrable("contoso.sharepoint.com")).isNotEqualTo(Domains.registrable("fabrikam.sharepoint.com"));
        assertThat(Domains.registrable("pub-1a2b3c.r2.dev")).isNotEqualTo(Domains.registrable("pub-9f8e7d.r2.dev"));
    }

    @Test
    void fileSharingHostingAndTunnelsAreRecognised() {
        for (String host : new String[] {"cdn.discordapp.com", "pub-1a2b3c.r2.dev", "shiny-owl-42.trycloudflare.com",
            "abcd-1-2-3-4.ngrok-free.app", "raw.githubusercontent.com", "acrobat.adobe.com", "www.dropbox.com", "we.tl",
            "contoso-my.sharepoint.com", "1drv.ms"}) {
            assertThat(Domains.isFileSharing(host)).as(host).isTrue();
        }
        for (String host : new String[] {"www.adobe.com", "partner-logistics.example", "github.com", "example.com"}) {
            assertThat(Domains.isFileSharing(host)).as(host).isFalse();
        }
    }

    @Test
    void shortenersAndIpLiterals() {
        assertThat(Domains.isShortener("bit.ly")).isTrue();
        assertThat(Domains.isShortener("example.com")).isFalse();
        assertThat(Domains.isIpLiteral("192.0.2.7")).isTrue();
        assertThat(Domains.isIpLiteral("2001:db8::1")).isTrue();
        assertThat(Domains.isIpLiteral("example.com")).isFalse();
    }
}
