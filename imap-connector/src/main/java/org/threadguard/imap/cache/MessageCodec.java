package org.threadguard.imap.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.model.MimeSummary;

/**
 * A compact binary form of {@link MailMessage} for the cache: a format version byte, then every
 * field in declaration order (strings as length-prefixed UTF-8, lists as a count then items).
 * A reader refuses versions it does not know, so the cache can re-parse from the raw bytes.
 */
public final class MessageCodec {
    /** The current format version; bump it when the record shapes change. */
    public static final int VERSION = 1;

    private MessageCodec() {
    }

    /** Thrown when stored bytes are of an unknown version or corrupt. */
    public static final class FormatException extends RuntimeException {
        FormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Serialises a message. */
    public static byte[] encode(MailMessage m) {
        Out out = new Out(1024 + m.text().length() + m.html().length() + m.htmlText().length());
        out.writeByte(VERSION);
        str(out, m.key());
        str(out, m.folder());
        out.writeInt(m.headers().size());
        for (Header h : m.headers()) {
            str(out, h.name());
            str(out, h.value());
            // Most raw values equal the decoded value; store them once.
            if (h.raw().equals(h.value())) {
                out.writeBoolean(false);
            } else {
                out.writeBoolean(true);
                str(out, h.raw());
            }
        }
        str(out, m.messageId());
        strings(out, m.inReplyTo());
        strings(out, m.references());
        out.writeBoolean(m.from() != null);
        if (m.from() != null) {
            address(out, m.from());
        }
        addresses(out, m.to());
        addresses(out, m.cc());
        addresses(out, m.replyTo());
        str(out, m.subject());
        out.writeBoolean(m.date() != null);
        if (m.date() != null) {
            out.writeLong(m.date().toEpochSecond());
            out.writeInt(m.date().getNano());
            out.writeInt(m.date().getOffset().getTotalSeconds());
        }
        out.writeBoolean(m.received() != null);
        if (m.received() != null) {
            out.writeLong(m.received().getEpochSecond());
            out.writeInt(m.received().getNano());
        }
        str(out, m.text());
        str(out, m.html());
        str(out, m.htmlText());
        out.writeInt(m.links().size());
        for (Link l : m.links()) {
            str(out, l.href());
            str(out, l.shownText());
            str(out, l.host());
            out.writeByte(l.source().ordinal());
            out.writeBoolean(l.quoted());
        }
        out.writeInt(m.attachments().size());
        for (Attachment a : m.attachments()) {
            str(out, a.fileName());
            str(out, a.declaredType());
            str(out, a.sniffedType());
            out.writeLong(a.size());
            str(out, a.sha256());
            out.writeBoolean(a.inline());
            out.writeInt(a.archiveEntries().size());
            for (ArchiveEntry e : a.archiveEntries()) {
                str(out, e.name());
                out.writeLong(e.size());
                out.writeBoolean(e.encrypted());
            }
            out.writeBoolean(a.encrypted());
            str(out, a.archiveNote());
        }
        MimeSummary s = m.mime();
        str(out, s.layout());
        str(out, s.textCharset());
        str(out, s.transferEncoding());
        out.writeBoolean(s.hasPlain());
        out.writeBoolean(s.hasHtml());
        out.writeLong(m.size());
        strings(out, m.parseProblems());
        return out.toByteArray();
    }

    /** Reads a message written by {@link #encode}. */
    public static MailMessage decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new FormatException("Unknown message format version " + version, null);
            }
            String key = str(in);
            String folder = str(in);
            int n = in.readInt();
            List<Header> headers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = str(in);
                String value = str(in);
                headers.add(new Header(name, value, in.readBoolean() ? str(in) : value));
            }
            String messageId = str(in);
            List<String> inReplyTo = strings(in);
            List<String> references = strings(in);
            Address from = in.readBoolean() ? address(in) : null;
            List<Address> to = addresses(in);
            List<Address> cc = addresses(in);
            List<Address> replyTo = addresses(in);
            String subject = str(in);
            OffsetDateTime date = null;
            if (in.readBoolean()) {
                long sec = in.readLong();
                int nano = in.readInt();
                ZoneOffset off = ZoneOffset.ofTotalSeconds(in.readInt());
                date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(sec, nano), off);
            }
            Instant received = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
            String text = str(in);
            String html = str(in);
            String htmlText = str(in);
            n = in.readInt();
            List<Link> links = new ArrayList<>(n);
            LinkSource[] sources = LinkSource.values();
            for (int i = 0; i < n; i++) {
                links.add(new Link(str(in), str(in), str(in), sources[in.readUnsignedByte()], in.readBoolean()));
            }
            n = in.readInt();
            List<Attachment> attachments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String fileName = str(in);
                String declared = str(in);
                String sniffed = str(in);
                long size = in.readLong();
                String sha = str(in);
                boolean inline = in.readBoolean();
                int en = in.readInt();
                List<ArchiveEntry> entries = new ArrayList<>(en);
                for (int k = 0; k < en; k++) {
                    entries.add(new ArchiveEntry(str(in), in.readLong(), in.readBoolean()));
                }
                attachments.add(new Attachment(fileName, declared, sniffed, size, sha, inline, entries,
                        in.readBoolean(), str(in)));
            }
            MimeSummary mime = new MimeSummary(str(in), str(in), str(in), in.readBoolean(), in.readBoolean());
            long size = in.readLong();
            List<String> problems = strings(in);
            return new MailMessage(key, folder, headers, messageId, inReplyTo, references, from, to, cc, replyTo,
                    subject, date, received, text, html, htmlText, links, attachments, mime, size, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof FormatException f) {
                throw f;
            }
            throw new FormatException("Corrupt stored message: " + e, e);
        }
    }

    private static void str(Out out, String s) {
        if (s.isEmpty()) {
            out.writeInt(0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len == 0) {
            return "";
        }
        if (len < 0 || len > in.available()) {
            throw new IOException("bad string length " + len);
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void strings(Out out, List<String> list) {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(str(in));
        }
        return out;
    }

    private static void address(Out out, Address a) {
        str(out, a.displayName());
        str(out, a.email());
    }

    private static Address address(DataInputStream in) throws IOException {
        return new Address(str(in), str(in));
    }

    private static void addresses(Out out, List<Address> list) {
        out.writeInt(list.size());
        for (Address a : list) {
            address(out, a);
        }
    }

    private static List<Address> addresses(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Address> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(address(in));
        }
        return out;
    }

    /**
     * The encoder's output: a growing byte array written big-endian like {@code DataOutputStream} (the
     * format is the same), without a stream's per-byte synchronisation and bounds checks, which were a
     * fifth of the cost of storing a synced message.
     */
    private static final class Out {
        private byte[] buf;
        private int pos;

        Out(int capacity) {
            buf = new byte[Math.max(64, capacity)];
        }

        private void ensure(int more) {
            if (pos + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
            }
        }

        void writeByte(int v) {
            ensure(1);
            buf[pos++] = (byte) v;
        }

        void writeBoolean(boolean v) {
            writeByte(v ? 1 : 0);
        }

        void writeInt(int v) {
            ensure(4);
            buf[pos] = (byte) (v >>> 24);
            buf[pos + 1] = (byte) (v >>> 16);
            buf[pos + 2] = (byte) (v >>> 8);
            buf[pos + 3] = (byte) v;
            pos += 4;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void write(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, pos);
        }
    }
}
