package org.threadguard.heuristics.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;

/** Links rewritten by mail gateways and redirectors are judged by where they lead. */
class LinkWrappersTest {
    @Test
    void safeLinksLeadToTheirUrlParameter() {
        String href = "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshare.partner-logistics.example"
                + "%2Fd%2Finvoice.zip%3Fid%3D4&data=05%7C01%7Canna%40example.org%7C9d2c&sdata=abc%3D&reserved=0";
        assertThat(LinkWrappers.unwrap(href)).isEqualTo("https://share.partner-logistics.example/d/invoice.zip?id=4");
        assertThat(LinkWrappers.wrapperHost(href)).isEqualTo("eur02.safelinks.protection.outlook.com");
        Link l = new Link(href, "Invoice", UrlHosts.hostOf(href), LinkSource.HTML, false);
        assertThat(l.host()).isEqualTo("share.partner-logistics.example");
        assertThat(l.path()).isEqualTo("/d/invoice.zip");
        assertThat(l.target()).isEqualTo("https://share.partner-logistics.example/d/invoice.zip?id=4");
        assertThat(l.via()).isEqualTo("eur02.safelinks.protection.outlook.com");
        assertThat(l.href()).isEqualTo(href);
    }

    @Test
    void proofpointBarracudaSophosAndRedirectorsAreOpened() {
        assertThat(LinkWrappers.unwrap("https://urldefense.proofpoint.com/v2/url?u=https-3A__files.example.net_a_b.zip-3Fx-3D1"
                + "&d=DwMFaQ&c=xyz&r=abc&m=def&s=ghi&e=")).isEqualTo("https://files.example.net/a/b.zip?x=1");
        assertThat(LinkWrappers.unwrap("https://urldefense.com/v3/__https://files.example.net/a/b.zip__;!!ABC123!xyz$"))
                .isEqualTo("https://files.example.net/a/b.zip");
        assertThat(LinkWrappers.unwrap("https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fportal.example.io%2flogin&c=E,1,x&typo=1"))
                .isEqualTo("https://portal.example.io/login");
        String b64 = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "https://docs.example.com/view".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LinkWrappers.unwrap("https://eu-central-1.protection.sophos.com/?d=example.com&u=" + b64 + "&i=1"))
                .isEqualTo("https://docs.example.com/view");
        assertThat(LinkWrappers.unwrap("https://www.google.com/url?q=https://evil.example/x&sa=D&source=editors"))
                .isEqualTo("https://evil.example/x");
        assertThat(LinkWrappers.unwrap("https://www.google.de/url?sa=t&url=https%3A%2F%2Fevil.example%2F"))
                .isEqualTo("https://evil.example/");
        assertThat(LinkWrappers.unwrap("https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2Fp&h=AT0"))
                .isEqualTo("https://evil.example/p");
        // a wrapped redirector: both layers are opened
        assertThat(LinkWrappers.unwrap("https://nam12.safelinks.protection.outlook.com/?url="
                + "https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fevil.example%2Fz&data=1"))
                .isEqualTo("https://evil.example/z");
    }

    @Test
    void redirectsAreToldFromGateways() {
        assertThat(LinkWrappers.isRedirect("https://www.google.com/url?q=https://evil.example/x&sa=D")).isTrue();
        assertThat(LinkWrappers.isRedirect("https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2Fp")).isTrue();
        assertThat(LinkWrappers.isRedirect("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.example%2F"))
                .isFalse();
        assertThat(LinkWrappers.isRedirect("https://urldefense.com/v3/__https://a.example/__;!!x")).isFalse();
        assertThat(LinkWrappers.isRedirect("https://www.google.com/search?q=x")).isFalse();
    }

    @Test
    void otherLinksStayAsTheyAre() {
        for (String href : new String[] {
            "https://evil.example/r?url=https://partner.example/", // an unknown site is judged by itself
            "https://www.google.com/search?q=https://x.example", "https://mail.google.com/mail/u/0/",
            "https://eur02.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)",
            "https://eur02.safelinks.protection.outlook.com/?url=%E0%A4%A", "https://protect-eu.mimecast.com/s/AbC?domain=x.example",
            "https://urldefense.com/v3/__javascript:alert(1)__;!!x", "mailto:a@b.example", "", "notaurl"}) {
            assertThat(LinkWrappers.unwrap(href)).as(href).isSameAs(href);
            assertThat(LinkWrappers.wrapperHost(href)).as(href).isEmpty();
        }
    }
}
