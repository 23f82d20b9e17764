package org.threadguard.imap.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** The compact binary form stored in the cache: a format byte, then the fields in order. */
    byte[] encode() {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bos)) {
            out.writeByte(FORMAT);
            str(out, key);
            str(out, folder);
            str(out, messageId);
            strings(out, inReplyTo);
            strings(out, references);
            optional(out, threadIndex);
            optional(out, threadTopic);
            str(out, subject);
            out.writeBoolean(from != null);
            if (from != null) {
                address(out, from);
            }
            addresses(out, to);
            addresses(out, cc);
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
    static Envelope decode(byte[] bytes) {
        return decode(bytes, new Pool());
    }

    /**
     * Equal strings and addresses read from many envelopes, shared: a Message-ID appears in the
     * References of every later message of its thread, a correspondent in hundreds of envelopes. Sharing
     * them keeps a whole mailbox's envelopes at a fraction of the heap (and of the garbage collector's work).
     */
    static final class Pool {
        private final java.util.HashMap<String, String> strings = new java.util.HashMap<>();
        private final java.util.HashMap<Address, Address> addresses = new java.util.HashMap<>();

        String of(String s) {
            String kept = strings.putIfAbsent(s, s);
            return kept == null ? s : kept;
        }

        Address of(Address a) {
            Address kept = addresses.putIfAbsent(a, a);
            return kept == null ? a : kept;
        }
    }

    /** {@link #decode(byte[])} sharing equal values with the other envelopes read with the same pool. */
    static Envelope decode(byte[] bytes, Pool pool) {
        Reader in = new Reader(bytes, pool);
        try {
            int v = in.u8();
            if (v != FORMAT) {
                throw new MessageCodec.FormatException("Unknown envelope format " + v, null);
            }
            String key = in.str();
            String folder = in.shared();
            String messageId = in.shared();
            List<String> inReplyTo = in.strings();
            List<String> references = in.strings();
            String threadIndex = in.bool() ? in.str() : null;
            String threadTopic = in.bool() ? in.shared() : null;
            String subject = in.shared();
            Address from = in.bool() ? in.address() : null;
            List<Address> to = in.addresses();
            List<Address> cc = in.addresses();
            OffsetDateTime date = null;
            if (in.bool()) {
                long sec = in.i64();
                int nano = in.i32();
                ZoneOffset off = ZoneOffset.ofTotalSeconds(in.i32());
                date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(sec, nano), off);
            }
            Instant received = null;
            if (in.bool()) {
                long sec = in.i64();
                received = Instant.ofEpochSecond(sec, in.i32());
            }
            return new Envelope(key, folder, messageId, inReplyTo, references, threadIndex, threadTopic, subject,
                    from, to, cc, date, received);
        } catch (RuntimeException e) {
            if (e instanceof MessageCodec.FormatException f) {
                throw f;
            }
            throw new MessageCodec.FormatException("Corrupt envelope", e);
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void optional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            str(out, s);
        }
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static void address(DataOutputStream out, Address a) throws IOException {
        str(out, a.displayName());
        str(out, a.email());
    }

    private static void addresses(DataOutputStream out, List<Address> list) throws IOException {
        out.writeInt(list.size());
        for (Address a : list) {
            address(out, a);
        }
    }

    /** Reads the big-endian form {@link DataOutputStream} wrote, straight from the array (no streams). */
    private static final class Reader {
        private final byte[] b;
        private final Pool pool;
        private int pos;

        Reader(byte[] b, Pool pool) {
            this.b = b;
            this.pool = pool;
        }

        String shared() {
            return pool.of(str());
        }

        int u8() {
            if (pos >= b.length) {
                throw new IndexOutOfBoundsException("end of envelope");
            }
            return b[pos++] & 0xff;
        }

        boolean bool() {
            return u8() != 0;
        }

        int i32() {
            return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
        }

        long i64() {
            return ((long) i32() << 32) | (i32() & 0xffffffffL);
        }

        String str() {
            int len = i32();
            if (len < 0 || len > b.length - pos) {
                throw new IndexOutOfBoundsException("bad string length " + len);
            }
            String s = len == 0 ? "" : new String(b, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        List<String> strings() {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = shared();
            }
            return List.of(out);
        }

        Address address() {
            return pool.of(new Address(str(), str()));
        }

        List<Address> addresses() {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            Address[] out = new Address[n];
            for (int i = 0; i < n; i++) {
                out[i] = address();
            }
            return List.of(out);
        }

        private int count() {
            int n = i32();
            if (n < 0 || n > b.length - pos) {
                throw new IndexOutOfBoundsException("bad count " + n);
            }
            return n;
        }
    }
}
