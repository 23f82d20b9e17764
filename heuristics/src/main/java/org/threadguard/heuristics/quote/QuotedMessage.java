package org.threadguard.heuristics.quote;

/**
 * One earlier message found inside a quoted history.
 *
 * @param author the author as the quote header names them (e.g. {@code "Anna Schmidt <anna@example.com>"}), empty when unknown
 * @param date the date as written in the quote header, empty when unknown
 * @param subject the subject line of an Outlook-style header block, empty when none
 * @param text the quoted text with quote markers ({@code >}) removed
 */
public record QuotedMessage(String author, String date, String subject, String text) {
    public QuotedMessage {
        author = author == null ? "" : author;
        date = date == null ? "" : date;
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }
}
