package org.threadguard.heuristics.thread;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.MailMessage;

/** A small fluent builder of {@link MailMessage} records for threading tests. */
final class TestMessages {
    private static final Instant BASE = Instant.parse("2026-03-01T08:00:00Z");

    private String key;
    private String folder = "INBOX";
    private String messageId = "";
    private final List<String> inReplyTo = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private final List<Header> headers = new ArrayList<>();
    private String subject = "";
    private Instant received;
    private Address from = Address.of("Anna Schmidt", "anna@example.com");

    private TestMessages(String key) {
        this.key = key;
    }

    /** A message with key {@code key} and Message-ID {@code <key@example.com>}. */
    static TestMessages msg(String key) {
        return new TestMessages(key).id("<" + key + "@example.com>");
    }

    static String idOf(String key) {
        return "<" + key + "@example.com>";
    }

    TestMessages id(String id) {
        this.messageId = id;
        return this;
    }

    TestMessages folder(String f) {
        this.folder = f;
        return this;
    }

    TestMessages key(String k) {
        this.key = k;
        return this;
    }

    /** References to the given keys' Message-IDs, oldest first. */
    TestMessages refs(String... keys) {
        for (String k : keys) {
            references.add(idOf(k));
        }
        return this;
    }

    TestMessages inReplyTo(String k) {
        inReplyTo.add(idOf(k));
        return this;
    }

    TestMessages subject(String s) {
        this.subject = s;
        return this;
    }

    /** Arrival {@code minutes} after a fixed base time. */
    TestMessages at(long minutes) {
        this.received = BASE.plusSeconds(minutes * 60);
        return this;
    }

    TestMessages header(String name, String value) {
        headers.add(new Header(name, value, value));
        return this;
    }

    MailMessage build() {
        List<Header> all = new ArrayList<>(headers);
        all.add(new Header("Subject", subject, subject));
        OffsetDateTime date = received == null ? null : received.atOffset(ZoneOffset.ofHours(1));
        return new MailMessage(key, folder, all, messageId, inReplyTo, references, from, List.of(), List.of(),
                List.of(), subject, date, received, "", "", "", List.of(), List.of(), null, 0, List.of());
    }
}
