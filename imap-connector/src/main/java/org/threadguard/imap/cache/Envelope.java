package org.threadguard.imap.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The few fields of a message that threading and the thread list need, stored beside the full
 * parsed message so that a whole mailbox can be listed without decoding every body (see ADR 0005).
 *
 * @param key the message key ({@code account/folder/sourceKey})
 * @param folder the folder
 * @param messageId the Message-ID with angle brackets, empty when missing
 * @param inReplyTo ids in In-Reply-To
 * @param references ids in References, oldest first
 * @param threadIndex the first Thread-Index header, or {@code null}
 * @param threadTopic the first Thread-Topic header, or {@code null}
 * @param subject the decoded subject
 * @param from the From address, or {@code null}
 * @param to To addresses
 * @param cc Cc addresses
 * @param date the Date header with its offset, or {@code null}
 * @param received the top Received stamp, or {@code null}
 */
public record Envelope(String key, String folder, String messageId, List<String> inReplyTo, List<String> references,
        String threadIndex, String threadTopic, String subject, Address from, List<Address> to, List<Address> cc,
        OffsetDateTime date, Instant received) {

    /** Version byte of {@link #encode()}; a reader refuses others (the cache then rebuilds the envelope). */
    static final int FORMAT = 1;
    private static final String THREAD_INDEX = "Thread-Index";
    private static final String THREAD_TOPIC = "Thread-Topic";

    public Envelope {
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        subject = subject == null ? "" : subject;
        messageId = messageId == null ? "" : messageId;
    }

    /** The envelope of a parsed message. */
    public static Envelope of(MailMessage m) {
        return new Envelope(m.key(), m.folder(), m.messageId(), m.inReplyTo(), m.references(),
                m.header(THREAD_INDEX).orElse(null), m.header(THREAD_TOPIC).orElse(null), m.subject(), m.from(),
                m.to(), m.cc(), m.date(), m.received());
    }

    /**
     * A light {@link MailMessage} with only the envelope's fields (no body, links, attachments or other
     * headers): enough for {@code Threader} and a thread-list row, not for analysis.
     */
    public MailMessage toLightMessage() {
        List<Header> headers = new ArrayList<>(2);
        if (threadIndex != null) {
            headers.add(new Header(THREAD_INDEX, threadIndex, threadIndex));
        }
        if (threadTopic != null) {
            headers.add(new Header(THREAD_TOPIC, threadTopic, threadTopic));
        }
        return new MailMessage(key, folder, headers, messageId, inReplyTo, references, from, to, cc, List.of(),
                subject, date, received, "", "", "", List.of(), List.of(), null, 0, List.of());
    }

    /** The arrival as {@link MailMessage#arrival()} defines it: the Received stamp, else the Date. */
    public Instant arrival() {
        return received != null ? received : date == null ? null : date.toInstant();
    }

    /** The compact binary form stored in the cache (the key and folder are stored as columns). */
    byte[] encode() {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bos)) {
            out.writeByte(FORMAT);
            MessageCodec.str(out, messageId);
            MessageCodec.strings(out, inReplyTo);
            MessageCodec.strings(out, references);
            optional(out, threadIndex);
            optional(out, threadTopic);
            MessageCodec.str(out, subject);
            out.writeBoolean(from != null);
            if (from != null) {
                MessageCodec.address(out, from);
            }
            MessageCodec.addresses(out, to);
            MessageCodec.addresses(out, cc);
            out.writeBoolean(date != null);
            if (date != null) {
                out.writeLong(date.toEpochSecond());
                out.writeInt(date.getNano());
                out.writeInt(date.getOffset().getTotalSeconds());
            }
            out.writeBoolean(received != null);
            if (received != null) {
                out.writeLong(received.getEpochSecond());
                out.writeInt(received.getNano());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Reads {@link #encode()}'s form; throws {@link MessageCodec.FormatException} for another version or corrupt bytes. */
    static Envelope decode(String key, String folder, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int v = in.readUnsignedByte();
            if (v != FORMAT) {
                throw new MessageCodec.FormatException("Unknown envelope format " + v, null);
            }
            String messageId = MessageCodec.str(in);
            List<String> inReplyTo = MessageCodec.strings(in);
            List<String> references = MessageCodec.strings(in);
            String threadIndex = optional(in);
            String threadTopic = optional(in);
            String subject = MessageCodec.str(in);
            Address from = in.readBoolean() ? MessageCodec.address(in) : null;
            List<Address> to = MessageCodec.addresses(in);
            List<Address> cc = MessageCodec.addresses(in);
            OffsetDateTime date = null;
            if (in.readBoolean()) {
                long sec = in.readLong();
                int nano = in.readInt();
                ZoneOffset off = ZoneOffset.ofTotalSeconds(in.readInt());
                date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(sec, nano), off);
            }
            Instant received = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
            return new Envelope(key, folder, messageId, inReplyTo, references, threadIndex, threadTopic, subject, from,
                    to, cc, date, received);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MessageCodec.FormatException f) {
                throw f;
            }
            throw new MessageCodec.FormatException("Corrupt envelope of " + key, e);
        }
    }

    private static void optional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            MessageCodec.str(out, s);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? MessageCodec.str(in) : null;
    }
}
