package org.threadguard.heuristics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;

class LinkExtractorTest {

    @Test
    void htmlAnchorsWithShownTextAndHost() {
        List<Link> links = LinkExtractor.fromHtml(
                "<p>See <a href=\"https://Docs.Example.COM/file?x=1\">our portal</a>"
                        + "<map><area href=\"http://map.example.net/\" alt=\"region\"></map>"
                        + "<a href=\"mailto:a@b.c\">mail</a><a href=\"cid:logo\">x</a><a href=\"#top\">top</a></p>");
        assertThat(links).extracting(Link::href, Link::shownText, Link::host, Link::source, Link::quoted)
                .containsExactly(
                        tuple("https://Docs.Example.COM/file?x=1", "our portal", "docs.example.com", LinkSource.HTML, false),
                        tuple("http://map.example.net/", "region", "map.example.net", LinkSource.HTML, false));
    }

    @Test
    void linksInQuotesAndAfterOutlookDividerAreQuoted() {
        String html = "<div><a href='https://new.example/'>new</a></div>"
                + "<blockquote><a href='https://bq.example/'>bq</a></blockquote>"
                + "<div class='gmail_quote'><a href='https://gm.example/'>gm</a></div>"
                + "<a href='https://between.example/'>between</a>"
                + "<div id='appendonsend'></div><hr style='display:inline-block;width:98%' tabindex='-1'>"
                + "<div id='divRplyFwdMsg'><b>From:</b> Bob</div><p><a href='https://old.example/'>old</a></p>";
        assertThat(LinkExtractor.fromHtml(html)).extracting(Link::host, Link::quoted).containsExactly(
                tuple("new.example", false), tuple("bq.example", true), tuple("gm.example", true),
                tuple("between.example", false), tuple("old.example", true));
    }

    @Test
    void outlookDesktopBorderDividerMarksHistory() {
        String html = "<p><a href='https://a.example/'>a</a></p>"
                + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                + "<p><b>From:</b> Bob</p></div><p><a href='https://b.example/'>b</a></p>";
        assertThat(LinkExtractor.fromHtml(html)).extracting(Link::quoted).containsExactly(false, true);
    }

    @Test
    void textUrlsTrimPunctuationAndBrackets() {
        String text = "Download here: https://evil.example/a.zip.\n"
                + "Or <http://other.example/x> (see www.third.example/page), ftp://files.example/f.iso!\n"
                + "Wiki: https://en.wikipedia.org/wiki/Foo_(bar)\n"
                + "> https://quoted.example/old\n";
        assertThat(LinkExtractor.fromText(text)).extracting(Link::href, Link::host, Link::quoted).containsExactly(
                tuple("https://evil.example/a.zip", "evil.example", false),
                tuple("http://other.example/x", "other.example", false),
                tuple("www.third.example/page", "www.third.example", false),
                tuple("ftp://files.example/f.iso", "files.example", false),
                tuple("https://en.wikipedia.org/wiki/Foo_(bar)", "en.wikipedia.org", false),
                tuple("https://quoted.example/old", "quoted.example", true));
        assertThat(LinkExtractor.fromText(text)).allMatch(l -> l.source() == LinkSource.TEXT);
    }

    @Test
    void textWithoutUrlsHasNoLinks() {
        assertThat(LinkExtractor.fromText("no links here, just a.b and http:")).isEmpty();
        assertThat(LinkExtractor.fromText("")).isEmpty();
    }

    @Test
    void hostTricks() {
        assertThat(UrlHosts.hostOf("https://paypal.com@evil.example/login")).isEqualTo("evil.example");
        assertThat(UrlHosts.hostOf("https://user:pw@evil.example:8443/x")).isEqualTo("evil.example");
        assertThat(UrlHosts.hostOf("http://192.168.1.1:8080/x")).isEqualTo("192.168.1.1");
        assertThat(UrlHosts.hostOf("http://[2001:db8::1]:80/")).isEqualTo("2001:db8::1");
        assertThat(UrlHosts.hostOf("http://3232235777/")).isEqualTo("192.168.1.1");
        assertThat(UrlHosts.hostOf("http://0xC0A80101/")).isEqualTo("192.168.1.1");
        assertThat(UrlHosts.hostOf("https://BÜCHER.example./")).isEqualTo("bücher.example");
        assertThat(UrlHosts.hostOf("https://good.example\\@evil.example/")).isEqualTo("good.example");
        assertThat(UrlHosts.hostOf("/relative/path")).isEmpty();
        assertThat(UrlHosts.hostOf("javascript:alert(1)")).isEmpty();
    }
}
