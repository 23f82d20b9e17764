package org.threadguard.heuristics.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteSplitterTest {

    @Test
    void emptyAndNullGiveEmptySplit() {
        assertThat(QuoteSplitter.split(null).hasQuote()).isFalse();
        QuoteSplit empty = QuoteSplitter.split("");
        assertThat(empty.newText()).isEmpty();
        assertThat(empty.quoteStart()).isZero();
    }

    @Test
    void quoteStartPointsIntoCrlfOriginal() {
        String text = "Ok.\r\n\r\nOn 03/03/2026 10:12, Anna wrote:\r\n> Ship it?\r\n";
        QuoteSplit split = QuoteSplitter.split(text);
        assertThat(split.quoteStart()).isEqualTo(text.indexOf("On 03/03"));
        assertThat(split.newText()).isEqualTo("Ok.");
        assertThat(split.quotedText()).doesNotContain("\r");
    }

    @Test
    void bareCarriageReturnsAreLineBreaks() {
        QuoteSplit split = QuoteSplitter.split("Ok.\r\r> Ship it?\r");
        assertThat(split.newText()).isEqualTo("Ok.");
        assertThat(split.quotedText()).isEqualTo("> Ship it?");
    }

    @Test
    void quotedHeaderBlockWithoutDividerNeedsTwoMoreFields() {
        QuoteSplit split = QuoteSplitter.split("Call me.\n\nFrom: Anna\nThat is all.\n");
        assertThat(split.hasQuote()).isFalse();
    }

    @Test
    void attributionWithoutDateNeedsFollowingQuote() {
        assertThat(QuoteSplitter.split("Anna wrote:\nthe plan is fine.").hasQuote()).isFalse();
        assertThat(QuoteSplitter.split("Anna wrote:\n> the plan is fine.").hasQuote()).isTrue();
    }

    @Test
    void signatureStaysInNewTextAboveOutlookBlock() {
        String text = "Done.\n\n-- \nTom Baker\n+49 30 1234567\n\n-----Original Message-----\n"
                + "From: Anna <anna@example.de>\nSent: Tuesday, March 3, 2026 10:12 AM\nTo: Tom\nSubject: Task\n\nPlease do it.";
        QuoteSplit split = QuoteSplitter.split(text);
        assertThat(split.newText()).isEqualTo("Done.\n\n-- \nTom Baker\n+49 30 1234567");
        assertThat(split.quotedMessages()).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Please do it."));
    }

    @Test
    void stripListFooterRemovesMailmanFooterOnly() {
        String body = "Try 20 MS/s.\n\n-- \nAnna";
        String footer = "\n_______________________________________________\n"
                + "USRP-users mailing list\nUSRP-users@lists.example.com\nhttp://lists.example.com/mailman/listinfo/usrp-users\n";
        assertThat(QuoteSplitter.stripListFooter(body + footer)).isEqualTo(body);
        assertThat(QuoteSplitter.stripListFooter(body)).isEqualTo(body);
        // an Outlook divider is not a footer
        String outlook = "Hi\n________________________________\nFrom: A\nSent: B\nTo: C\nSubject: D\n";
        assertThat(QuoteSplitter.stripListFooter(outlook)).isEqualTo(outlook);
    }

    @Test
    void aRuleAndUnsubscribeAboveTheRealFooterAreTheMessagesOwnText() {
        String body = "____________________________________________\n Unsubscribe from all lists by replying\n\n"
                + "Don't miss out - a free kit is yours\n\n-----Original Message-----\nFrom: Anna Schmidt\n"
                + "Sent: Monday, March 02, 2026 09:15 AM\nSubject: Lieferung Hamburg\n\nPlease confirm the quotation.\n";
        String footer = "_______________________________________________\nUSRP-users mailing list\n"
                + "http://lists.example.com/mailman/listinfo/usrp-users\n";
        QuoteSplit split = QuoteSplitter.split(body + footer);
        assertThat(split.newText()).contains("Don't miss out");
        assertThat(split.quotedText()).contains("Please confirm the quotation.").doesNotContain("mailing list");
        // without a list footer at all, the marketing block is still new text
        assertThat(QuoteSplitter.split(body).newText()).contains("Unsubscribe from all lists");
    }

    @Test
    void normalizeForCompareIgnoresMarkersCaseWhitespaceAndPunctuation() {
        String original = "Hi Tom,\n\ncould we meet on Thursday at 14:00?\n\nAnna";
        String quoted = "> hi tom\n>\n> Could  we meet on Thursday at 1400 ?\n>> Anna";
        assertThat(QuoteSplitter.normalizeForCompare(quoted)).isEqualTo(QuoteSplitter.normalizeForCompare(original))
                .isEqualTo("hi tom could we meet on thursday at 1400 anna");
        assertThat(QuoteSplitter.normalizeForCompare("Pay to IBAN DE12 3456"))
                .isNotEqualTo(QuoteSplitter.normalizeForCompare("Pay to IBAN DE99 3456"));
        assertThat(QuoteSplitter.normalizeForCompare(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {">", ">>>>>>", "On", "On 1 wrote:", "From:", "-----Original Message-----",
        "\r", "\n\n\n", "Am 1 schrieb :", "Le 1 a écrit :", "________________________________", "> \n>> \n>>> On 1, A wrote:"})
    void oddInputsNeverThrow(String text) {
        assertThatCode(() -> QuoteSplitter.split(text)).doesNotThrowAnyException();
    }

    @Test
    void randomInputsNeverThrow() {
        Random random = new Random(42);
        String[] pieces = {">", " ", "\n", "\r\n", "On ", "wrote:", "Am ", "schrieb ", "From: a", "Sent: b", "To: c",
            "Subject: d", "-----Original Message-----", "___________________________", "10:12", ",", "<a@b>", ":",
            "mailing list", "-- ", "é", "\u00a0"};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            QuoteSplit split = QuoteSplitter.split(text);
            assertThat(split.quoteStart()).isBetween(0, text.length());
        }
    }

    @Test
    @Timeout(120) // a hang guard against catastrophic backtracking, not a speed assertion
    void largeAdversarialTextsFinish() {
        String oneLine = "On ".repeat(350_000) + "wrote:";
        String manyQuotes = "> On 1, A wrote:\n>> x\n".repeat(50_000);
        String manyHeaders = "From: a\nSent: b\n".repeat(70_000);
        String deep = ">".repeat(5_000) + " text\n";
        for (String text : new String[] {oneLine, manyQuotes, manyHeaders, deep.repeat(200)}) {
            QuoteSplit split = QuoteSplitter.split(text);
            assertThat(split.quoteStart()).isBetween(0, text.length());
        }
    }

    @Test
    void deeplyNestedGmailHistoryYieldsOneMessagePerLevel() {
        StringBuilder sb = new StringBuilder("Newest reply.\n\n");
        for (int level = 0; level < 5; level++) {
            String marker = ">".repeat(level);
            String prefix = marker.isEmpty() ? "" : marker + " ";
            sb.append(prefix).append("On Tue, Mar 3, 2026 at 10:1").append(level).append(" AM Person ").append(level)
                    .append(" <p").append(level).append("@example.com> wrote:\n");
            sb.append(">").append(marker).append(" Text of level ").append(level).append(".\n");
        }
        QuoteSplit split = QuoteSplitter.split(sb.toString());
        assertThat(split.newText()).isEqualTo("Newest reply.");
        assertThat(split.quotedMessages()).hasSize(5);
        assertThat(split.quotedMessages().get(4).author()).isEqualTo("Person 4 <p4@example.com>");
        assertThat(split.quotedMessages().get(4).text()).isEqualTo("Text of level 4.");
    }
}
