package org.threadguard.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --report-html}: one self-contained page per flagged reply, with no reference to anything outside. */
class EvidenceHtmlExportTest {
    private static final Pattern LIVE_TEXT_URL = Pattern.compile("(?i)\\b(https?|ftp|file)://");
    private static final Pattern LIVE_URL = Pattern.compile("(?i)(https?|ftp|file)://|//[a-z0-9]");

    @TempDir
    Path tmp;

    @Test
    void everyFlaggedReplyGetsASelfContainedPage() throws Exception {
        Path out = tmp.resolve("evidence");
        ReportFlowTest.Result r = ReportFlowTest.run("scan", "--source", ReportFlowTest.DEMO.toString(), "--cache",
                tmp.resolve("c.db").toString(), "--report-html", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<Path> pages;
        try (var s = Files.list(out)) {
            pages = s.sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        boolean sawDefangedLink = false;
        for (Path p : pages) {
            assertThat(p.getFileName().toString()).matches("threadguard-evidence-[A-Za-z0-9._-]+\\.html");
            String html = Files.readString(p, StandardCharsets.UTF_8);
            Document d = Jsoup.parse(html);
            assertThat(d.select("script, link, img, iframe, object, embed, base, form, video, audio, source, svg"))
                    .as(p + " embeds nothing").isEmpty();
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String k = a.getKey().toLowerCase();
                    assertThat(k).as(p + ": no resource attributes").isNotIn("src", "href", "srcset", "action", "data",
                            "poster", "background", "formaction", "xlink:href");
                    assertThat(k).as(p + ": no event handlers").doesNotStartWith("on");
                    if (k.equals("style")) {
                        assertThat(a.getValue()).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
                    }
                    if (!k.equals("content") && !k.equals("http-equiv")) {
                        assertThat(LIVE_URL.matcher(a.getValue()).find()).as(p + " attribute " + k).isFalse();
                    }
                }
            }
            for (Element style : d.select("style")) {
                String css = style.data();
                assertThat(css).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                        .doesNotContainIgnoringCase("@font-face");
                assertThat(LIVE_URL.matcher(css).find()).isFalse();
            }
            assertThat(LIVE_TEXT_URL.matcher(d.text()).find()).as(p + ": links are defanged").isFalse();
            assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
            assertThat(d.select("h2")).as(p + " shows the findings").isNotEmpty();
            assertThat(d.select("table td.s")).as(p + " has the side-by-side evidence").isNotEmpty();
            sawDefangedLink |= d.text().contains("hxxp");
        }
        assertThat(sawDefangedLink).as("some page shows a defanged link").isTrue();
    }
}
