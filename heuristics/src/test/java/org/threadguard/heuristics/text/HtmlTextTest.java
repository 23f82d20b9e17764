package org.threadguard.heuristics.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blockElementsAndBreaksStartNewLines() {
        String text = HtmlText.toText("<html><body><p>Hello   <b>Anna</b>,</p><div>line one<br>line two</div></body></html>");
        assertThat(text).isEqualTo("Hello Anna,\nline one\nline two");
    }

    @Test
    void blockquoteLinesArePrefixed() {
        String text = HtmlText.toText("<p>Thanks!</p><blockquote><p>Original line</p>second<blockquote>deeper</blockquote></blockquote>");
        assertThat(text.lines()).containsExactly("Thanks!", "> Original line", "> second", "> > deeper");
    }

    @Test
    void textHiddenFromTheReaderIsNotTheMessagesText() {
        String html = "<p>Please review the document.</p>"
                + "<div style=\"display:none\">the driver list with plate numbers</div>"
                + "<span style=\"color:#fff; font-size: 0px\">pallets slots</span>"
                + "<p hidden>dock schedule</p><div style=\"mso-hide:all\">gate code</div>"
                + "<div style=\"visibility: hidden !important;\">crates</div><div style=\"opacity:0\">Leeds</div>"
                + "<p style=\"font-size:10px; display: block\">Ed</p><p style=\"font-size:0.5em\">small print</p>";
        assertThat(HtmlText.toText(html).lines()).containsExactly("Please review the document.", "Ed", "small print");
    }

    @Test
    void scriptsAndStylesAreDropped() {
        String text = HtmlText.toText("<head><title>t</title><style>p{color:red}</style></head><body><script>alert(1)</script>Visible</body>");
        assertThat(text).isEqualTo("Visible");
    }

    @Test
    void preservesPreformattedLinesAndEntities() {
        String text = HtmlText.toText("<pre>a  b\nc</pre><p>caf&eacute;&nbsp;ok</p>");
        assertThat(text.lines()).containsExactly("a  b", "c", "café ok");
    }

    @Test
    void blankInputGivesEmptyText() {
        assertThat(HtmlText.toText((String) null)).isEmpty();
        assertThat(HtmlText.toText("   ")).isEmpty();
    }
}
