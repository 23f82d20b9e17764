package org.threadguard.heuristics.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteSplitterFixtureTest {

    static Stream<QuoteFixture> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(QuoteSplitterFixtureTest.class.getResource("/quotes").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(25);
            return names.stream().map(QuoteFixture::load);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void splitsLikeTheFixtureSays(QuoteFixture f) {
        check(f, f.input());
    }

    @ParameterizedTest(name = "{0} (CRLF)")
    @MethodSource("fixtures")
    void splitsCrlfTextTheSameWay(QuoteFixture f) {
        check(f, f.input().replace("\n", "\r\n"));
    }

    private static void check(QuoteFixture f, String input) {
        QuoteSplit split = QuoteSplitter.split(input);
        assertThat(split.newText()).as("new text").isEqualTo(f.expectedNew());
        if (f.quotedFirstLine().isEmpty()) {
            assertThat(split.hasQuote()).as("has quote").isFalse();
            assertThat(split.quoteStart()).isEqualTo(input.length());
        } else {
            assertThat(split.quotedText()).as("quoted text").startsWith(f.quotedFirstLine());
            assertThat(input.substring(split.quoteStart())).as("text at quoteStart").startsWith(f.quotedFirstLine());
        }
        assertThat(split.quotedMessages()).as("quoted messages").hasSize(f.messages().size());
        for (int i = 0; i < f.messages().size(); i++) {
            List<String> expected = f.messages().get(i);
            QuotedMessage actual = split.quotedMessages().get(i);
            assertThat(actual.author()).as("author of message %d", i).isEqualTo(expected.get(0));
            assertThat(actual.date()).as("date of message %d", i).isEqualTo(expected.get(1));
            assertThat(actual.subject()).as("subject of message %d", i).isEqualTo(expected.get(2));
            assertThat(actual.text()).as("text of message %d", i).startsWith(expected.get(3));
            assertThat(actual.text()).as("markers removed from message %d", i).doesNotStartWith(">");
        }
    }
}
