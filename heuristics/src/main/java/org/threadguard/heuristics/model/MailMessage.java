package org.threadguard.heuristics.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable parsed email message. Built by the parser in imap-connector from raw RFC 5322
 * bytes; the raw bytes themselves stay in the cache (see {@code MessageCache}).
 *
 * @param key a stable key unique in the mailbox: {@code account/folder/sourceKey}
 * @param folder the mail folder it came from (e.g. {@code INBOX}, {@code Sent})
 * @param headers every header field in order, decoded and raw
 * @param messageId the Message-ID with angle brackets, empty when missing
 * @param inReplyTo message ids (with angle brackets) in In-Reply-To
 * @param references message ids (with angle brackets) in References, oldest first
 * @param from the first From address, or {@code null} when missing or unparseable
 * @param to To addresses
 * @param cc Cc addresses
 * @param replyTo Reply-To addresses
 * @param subject the decoded subject, empty when missing
 * @param date the Date header with its original offset, or {@code null} when missing or unparseable
 * @param received the time the receiving server stamped in the top Received header, or {@code null}
 * @param text the decoded text/plain body, empty when none
 * @param html the decoded text/html body (never rendered), empty when none
 * @param htmlText the HTML body as plain text (for messages without a text part), empty when none
 * @param links links in the bodies, HTML anchors first
 * @param attachments attachments and non-text parts
 * @param mime the MIME layout summary
 * @param size the raw size in bytes
 * @param parseProblems notes about malformed input; the message is still usable
 */
public record MailMessage(
        String key,
        String folder,
        List<Header> headers,
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        Address from,
        List<Address> to,
        List<Address> cc,
        List<Address> replyTo,
        String subject,
        OffsetDateTime date,
        Instant received,
        String text,
        String html,
        String htmlText,
        List<Link> links,
        List<Attachment> attachments,
        MimeSummary mime,
        long size,
        List<String> parseProblems) {

    public MailMessage {
        key = key == null ? "" : key;
        folder = folder == null ? "" : folder;
        headers = headers == null ? List.of() : List.copyOf(headers);
        messageId = messageId == null ? "" : messageId;
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        replyTo = replyTo == null ? List.of() : List.copyOf(replyTo);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        html = html == null ? "" : html;
        htmlText = htmlText == null ? "" : htmlText;
        links = links == null ? List.of() : List.copyOf(links);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        mime = mime == null ? MimeSummary.EMPTY : mime;
        parseProblems = parseProblems == null ? List.of() : List.copyOf(parseProblems);
    }

    /** The first value of a header (decoded), if present. */
    public Optional<String> header(String name) {
        for (Header h : headers) {
            if (h.is(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /** All decoded values of a header, in order. */
    public List<String> headers(String name) {
        List<String> out = new ArrayList<>(2);
        for (Header h : headers) {
            if (h.is(name)) {
                out.add(h.value());
            }
        }
        return out;
    }

    /** The readable body: the text part, else the HTML part converted to text. */
    public String bodyText() {
        return text.isBlank() ? htmlText : text;
    }

    /**
     * When the message arrived, as best known: the top Received stamp, else the Date header.
     * Used to order mail causally; may be {@code null} when neither is known.
     */
    public Instant arrival() {
        if (received != null) {
            return received;
        }
        return date == null ? null : date.toInstant();
    }

    /** The message the sender claims to answer: the last In-Reply-To id, else the last References id. */
    public Optional<String> claimedParentId() {
        if (!inReplyTo.isEmpty()) {
            return Optional.of(inReplyTo.get(inReplyTo.size() - 1));
        }
        if (!references.isEmpty()) {
            return Optional.of(references.get(references.size() - 1));
        }
        return Optional.empty();
    }

    public boolean hasReplyHeaders() {
        return !inReplyTo.isEmpty() || !references.isEmpty();
    }

    /** Everyone named in From, To and Cc. */
    public List<Address> participants() {
        List<Address> out = new ArrayList<>(1 + to.size() + cc.size());
        if (from != null) {
            out.add(from);
        }
        out.addAll(to);
        out.addAll(cc);
        return out;
    }

    /** A short human reference for evidence: sender and date. */
    public String describe() {
        String who = from == null ? "(unknown sender)" : from.toString();
        return who + (date == null ? "" : ", " + date);
    }
}
