package org.threadguard.heuristics.quote;

/** Splits a message text into its new text and its quoted history. */
public final class QuoteSplitter {
    private QuoteSplitter() {
    }

    public static QuoteSplit split(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
