package org.threadguard.imap.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.thread.MailThread;
import org.threadguard.heuristics.thread.Threader;

/**
 * An account's thread list (one row per thread: subject, senders, newest arrival, size, folders),
 * kept in the cache beside the messages it summarises, like a mail client's folder summary file.
 * The code that has the account's messages threaded anyway ({@code scan}, the inspector's analysis)
 * stores it, so a later reader (the inspector's first open) gets the list without reading and threading
 * every envelope; a reader that finds none builds it from the envelopes and stores it (ADR 0007).
 * The stored list is tied to the account's {@linkplain MessageCache#generation generation}: any
 * insert or removal makes it stale, and a stale list is never returned.
 */
public final class ThreadListing {
    /** Format byte of the stored list; a list of another format is rebuilt. */
    static final int FORMAT = 1;

    private ThreadListing() {
    }

    /**
     * A thread-list row.
     *
     * @param id the thread id ({@link MailThread#id()}, the same as the analysis gives)
     * @param subject the first message's subject
     * @param participants senders' display names (or addresses), in order of first appearance
     * @param lastArrival the newest message's arrival, or {@code null}
     * @param messageCount messages in the thread
     * @param folders the folders its messages are in
     */
    public record Row(String id, String subject, List<String> participants, Instant lastArrival, int messageCount,
            List<String> folders) {
        public Row {
            participants = List.copyOf(participants);
            folders = List.copyOf(folders);
        }
    }

    /**
     * The account's thread list: the stored one if it is current, else built from the envelopes
     * (and stored for the next reader).
     */
    public static List<Row> current(MessageCache cache, String account) {
        Optional<byte[]> stored = cache.threadList(account);
        if (stored.isPresent()) {
            Optional<List<Row>> rows = decode(stored.get());
            if (rows.isPresent()) {
                return rows.get();
            }
        }
        return refresh(cache, account);
    }

    /** Threads the account's envelopes and stores the resulting list under the generation they were read at. */
    public static List<Row> refresh(MessageCache cache, String account) {
        long generation = cache.generation(account);
        List<Envelope> envelopes = cache.envelopes(account);
        List<MailMessage> light = new ArrayList<>(envelopes.size());
        for (Envelope e : envelopes) {
            light.add(e.toLightMessage());
        }
        envelopes = null;
        List<Row> rows = rows(new Threader().thread(light));
        keep(cache, account, generation, rows);
        return rows;
    }

    /**
     * Stores the list of threads built from the account's messages as they were at {@code generation}
     * (read before the messages were); kept only if no writer changed the account meanwhile, else the
     * next reader rebuilds it.
     */
    public static void store(MessageCache cache, String account, long generation, List<MailThread> threads) {
        keep(cache, account, generation, rows(threads));
    }

    /** Stores the rows; the list only saves time, so a cache that cannot take it (read-only, full disk) is no error. */
    private static void keep(MessageCache cache, String account, long generation, List<Row> rows) {
        try {
            cache.putThreadList(account, generation, encode(rows));
        } catch (CacheException e) {
            // the next reader builds the list again
        }
    }

    /** One row per thread. */
    public static List<Row> rows(List<MailThread> threads) {
        List<Row> rows = new ArrayList<>(threads.size());
        for (MailThread t : threads) {
            rows.add(row(t));
        }
        return rows;
    }

    /** A thread's row. */
    public static Row row(MailThread t) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> folders = new HashSet<>();
        Instant last = null;
        for (MailMessage m : t.messages()) {
            Address from = m.from();
            if (from != null) {
                names.add(from.hasDisplayName() ? from.displayName() : from.email());
            }
            folders.add(m.folder());
            Instant a = m.arrival();
            if (a != null && (last == null || a.isAfter(last))) {
                last = a;
            }
        }
        List<MailMessage> ms = t.messages();
        String subject = ms.isEmpty() ? "" : ms.get(0).subject();
        return new Row(t.id(), subject, new ArrayList<>(names), last, ms.size(), new ArrayList<>(folders));
    }

    static byte[] encode(List<Row> rows) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(rows.size() * 96 + 16);
        try (DataOutputStream out = new DataOutputStream(bos)) {
            out.writeByte(FORMAT);
            out.writeInt(rows.size());
            List<String> folderNames = new ArrayList<>();
            for (Row r : rows) {
                str(out, r.id());
                str(out, cut(r.subject()));
                out.writeInt(r.participants().size());
                for (String p : r.participants()) {
                    str(out, cut(p));
                }
                out.writeLong(r.lastArrival() == null ? Long.MIN_VALUE : r.lastArrival().toEpochMilli());
                out.writeInt(r.messageCount());
                out.writeInt(r.folders().size());
                for (String f : r.folders()) {
                    int i = folderNames.indexOf(f);
                    if (i < 0) {
                        folderNames.add(f);
                        out.writeInt(-1);
                        str(out, f);
                    } else {
                        out.writeInt(i);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** The rows, or empty when the bytes are of another format or damaged (the caller rebuilds them). */
    static Optional<List<Row>> decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readUnsignedByte() != FORMAT) {
                return Optional.empty();
            }
            int n = count(in, data.length);
            List<String> folderNames = new ArrayList<>();
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = str(in, data.length);
                String subject = str(in, data.length);
                int np = count(in, data.length);
                List<String> participants = new ArrayList<>(np);
                for (int p = 0; p < np; p++) {
                    participants.add(str(in, data.length));
                }
                long last = in.readLong();
                int count = in.readInt();
                int nf = count(in, data.length);
                List<String> folders = new ArrayList<>(nf);
                for (int f = 0; f < nf; f++) {
                    int ref = in.readInt();
                    if (ref < 0) {
                        String name = str(in, data.length);
                        folderNames.add(name);
                        folders.add(name);
                    } else if (ref < folderNames.size()) {
                        folders.add(folderNames.get(ref));
                    } else {
                        return Optional.empty();
                    }
                }
                rows.add(new Row(id, subject, participants, last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last),
                        count, folders));
            }
            return in.read() == -1 ? Optional.of(rows) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in, int limit) throws IOException {
        byte[] b = new byte[count(in, limit)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count or length read back, refused when it cannot fit in the stored bytes (damage). */
    private static int count(DataInputStream in, int limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("damaged thread list");
        }
        return n;
    }

    /** A list row needs no more of a pathological subject or name than this. */
    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
