package org.threadguard.imap.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.model.MimeSummary;

class MessageCodecTest {

    @Test
    void roundTripsParsedFixtures() throws IOException {
        for (StoredMessage s : SqliteMessageCacheTest.all("me")) {
            MailMessage m = s.message();
            assertThat(MessageCodec.decode(MessageCodec.encode(m))).as(m.key()).isEqualTo(m);
        }
    }

    @Test
    void roundTripsEveryField() {
        MailMessage m = new MailMessage("a/INBOX/1", "INBOX",
                List.of(new Header("Subject", "Grüße", "=?utf-8?Q?Gr=C3=BC=C3=9Fe?="), new Header("X", "", "")),
                "<id@x>", List.of("<p@x>"), List.of("<r@x>", "<p@x>"), new Address("Ann", "ann@x.example"),
                List.of(new Address("", "b@y")), List.of(new Address("C", "c@z")), List.of(new Address("R", "r@z")),
                "Grüße", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHoursMinutes(5, 30)),
                Instant.ofEpochSecond(1_700_000_000L, 42), "text \u0000 with nul and emoji \uD83D\uDE00", "<p>x</p>",
                "x", List.of(new Link("https://u@h.example/p", "shown", "h.example", LinkSource.HTML, true)),
                List.of(new Attachment("a.zip", "application/zip", "application/zip", 10, "ab", true,
                        List.of(new ArchiveEntry("e.js", -1, true)), true, "note")),
                new MimeSummary("multipart/mixed(text/plain)", "utf-8", "base64", true, false), 1234, List.of("p1"));
        assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(m);
        MailMessage empty = new MailMessage(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, 0, null);
        assertThat(MessageCodec.decode(MessageCodec.encode(empty))).isEqualTo(empty);
    }

    @Test
    void rejectsUnknownVersionAndCorruptBytes() throws IOException {
        byte[] b = MessageCodec.encode(SqliteMessageCacheTest.all("me").get(0).message());
        b[0] = 99;
        assertThatThrownBy(() -> MessageCodec.decode(b)).isInstanceOf(MessageCodec.FormatException.class)
                .hasMessageContaining("version 99");
        byte[] cut = java.util.Arrays.copyOf(MessageCodec.encode(SqliteMessageCacheTest.all("me").get(0).message()), 40);
        assertThatThrownBy(() -> MessageCodec.decode(cut)).isInstanceOf(MessageCodec.FormatException.class);
    }
}
