package org.threadguard.heuristics.quote;

import java.util.List;

/**
 * A message text split into what the author wrote now and the history they quoted.
 *
 * @param newText the new text (without the quoted history; a trailing signature stays in)
 * @param quotedText the quoted history as it appears, empty when none
 * @param quoteStart offset in the original text where the quoted history starts, or the text length when none
 * @param quotedMessages the quoted messages that the quote headers allow to separate, outermost (most recent) first
 */
public record QuoteSplit(String newText, String quotedText, int quoteStart, List<QuotedMessage> quotedMessages) {
    public QuoteSplit {
        newText = newText == null ? "" : newText;
        quotedText = quotedText == null ? "" : quotedText;
        quotedMessages = quotedMessages == null ? List.of() : List.copyOf(quotedMessages);
    }

    public boolean hasQuote() {
        return !quotedText.isBlank();
    }
}
