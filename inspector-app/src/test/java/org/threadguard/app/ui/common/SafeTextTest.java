package org.threadguard.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void defangsEveryUrlInFreeText() {
        assertThat(SafeText.defangUrls("see https://evil.example/x.zip, or www.evil.example."))
                .isEqualTo("see hxxps://evil[.]example/x.zip, or www[.]evil[.]example.");
        assertThat(SafeText.defangUrls("already hxxps://evil[.]example/")).isEqualTo("already hxxps://evil[.]example/");
    }

    @Test
    void sanitisedHtmlHasNoRemoteContentScriptsOrLinks() {
        String hostile = "<style>body{background:url(http://127.0.0.1:9/css)}</style>"
                + "<p>Hello <a href=\"https://evil.example/login\">your invoice</a></p>"
                + "<img src=\"http://127.0.0.1:9/pixel.png\"><iframe src=\"http://127.0.0.1:9/frame\"></iframe>"
                + "<script>fetch('http://127.0.0.1:9/js')</script><div style=\"background:url(http://127.0.0.1:9/x)\">x</div>";
        String clean = SafeText.sanitiseHtml(hostile);
        assertThat(clean).doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<a ").doesNotContain("style=").doesNotContain("http://");
        String text = SafeText.htmlAsText(hostile);
        assertThat(text).contains("your invoice [hxxps://evil[.]example/login]").doesNotContain("fetch");
    }

    @Test
    void wordDiffMarksWhatTheQuoteChanged() {
        List<WordDiff.Segment> d = WordDiff.diff("please pay to the usual account", "please pay to the new account");
        assertThat(d).contains(new WordDiff.Segment(WordDiff.Kind.REMOVED, "usual"),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "new"));
        assertThat(WordDiff.changed(WordDiff.diff("a b c", "> a b\n> c"))).isFalse();
    }
}
