package org.threadguard.imap.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.threadguard.heuristics.model.ArchiveEntry;

/**
 * Lists a zip archive held in memory by reading its central directory (or, when that is missing,
 * its local headers), without extracting anything. Work is bounded: at most {@link #MAX_ENTRIES}
 * entries, and nested zips are listed one level deep only when small.
 *
 * @param entries the entries listed (nested zip entries as {@code outer.zip/inner-name})
 * @param encrypted whether any entry has the encryption flag
 * @param note what could not be read, empty when the listing is complete
 */
public record ZipListing(List<ArchiveEntry> entries, boolean encrypted, String note) {
    public static final int MAX_ENTRIES = 1000;
    /** Nested zips are opened only up to this compressed and uncompressed size. */
    public static final int MAX_NESTED_BYTES = 2 * 1024 * 1024;
    /** At most this many nested zips are opened per archive. */
    public static final int MAX_NESTED_ARCHIVES = 10;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;
    private static final int END_SIG = 0x06054b50;
    private static final Charset CP437 = cp437();

    /** Lists {@code zip}; never throws. */
    public static ZipListing of(byte[] zip) {
        return of(zip, true);
    }

    private static ZipListing of(byte[] zip, boolean descend) {
        List<ArchiveEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>(1);
        boolean[] encrypted = {false};
        try {
            int end = findEnd(zip);
            if (end >= 0) {
                readCentral(zip, end, entries, encrypted, notes, descend);
            } else {
                notes.add("no central directory; listed local headers");
                readLocal(zip, entries, encrypted, notes);
            }
        } catch (RuntimeException e) {
            notes.add("archive unreadable after " + entries.size() + " entries");
        }
        return new ZipListing(List.copyOf(entries), encrypted[0], String.join("; ", notes));
    }

    private static int findEnd(byte[] b) {
        int min = Math.max(0, b.length - 22 - 65535);
        for (int i = b.length - 22; i >= min; i--) {
            if (i >= 0 && u32(b, i) == END_SIG) {
                return i;
            }
        }
        return -1;
    }

    private static void readCentral(byte[] b, int end, List<ArchiveEntry> out, boolean[] encrypted,
            List<String> notes, boolean descend) {
        long total = u16(b, end + 10);
        long cdOffset = u32(b, end + 16) & 0xffffffffL;
        if (cdOffset >= b.length) {
            // Prepended data (self-extractors) shift offsets; the directory ends where the end record starts.
            cdOffset = Math.max(0, end - (u32(b, end + 12) & 0xffffffffL));
        }
        int pos = (int) cdOffset;
        int count = 0;
        int nestedOpened = 0;
        while (pos + 46 <= b.length && u32(b, pos) == CEN_SIG) {
            if (count >= MAX_ENTRIES) {
                notes.add("listing truncated at " + MAX_ENTRIES + " of " + (total == 0xffff ? "many" : total) + " entries");
                return;
            }
            int flags = u16(b, pos + 8);
            int method = u16(b, pos + 10);
            long compressed = u32(b, pos + 20) & 0xffffffffL;
            long size = u32(b, pos + 24) & 0xffffffffL;
            int nameLen = u16(b, pos + 28);
            int extraLen = u16(b, pos + 30);
            int commentLen = u16(b, pos + 32);
            long localOffset = u32(b, pos + 42) & 0xffffffffL;
            if (pos + 46 + nameLen > b.length) {
                notes.add("central directory cut short");
                return;
            }
            String name = name(b, pos + 46, nameLen, (flags & 0x800) != 0);
            boolean enc = (flags & 1) != 0;
            encrypted[0] |= enc;
            out.add(new ArchiveEntry(name, size == 0xffffffffL ? -1 : size, enc));
            count++;
            if (descend && !enc && nestedOpened < MAX_NESTED_ARCHIVES && name.toLowerCase(Locale.ROOT).endsWith(".zip") && compressed <= MAX_NESTED_BYTES
                    && size <= MAX_NESTED_BYTES) {
                nestedOpened++;
                byte[] inner = entryData(b, (int) localOffset, method, (int) compressed, (int) size);
                if (inner != null) {
                    ZipListing nested = of(inner, false);
                    for (ArchiveEntry e : nested.entries()) {
                        if (count >= MAX_ENTRIES) {
                            break;
                        }
                        out.add(new ArchiveEntry(name + "/" + e.name(), e.size(), e.encrypted()));
                        count++;
                    }
                    encrypted[0] |= nested.encrypted();
                    if (!nested.note().isEmpty()) {
                        notes.add(name + ": " + nested.note());
                    }
                } else {
                    notes.add(name + ": nested archive not readable");
                }
            }
            pos += 46 + nameLen + extraLen + commentLen;
        }
        if (count < total && count < MAX_ENTRIES) {
            notes.add("central directory lists " + total + " entries, read " + count);
        }
    }

    private static byte[] entryData(byte[] b, int localOffset, int method, int compressed, int size) {
        if (localOffset < 0 || localOffset + 30 > b.length || u32(b, localOffset) != LOC_SIG) {
            return null;
        }
        int data = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
        if (data < 0 || data + (long) compressed > b.length) {
            return null;
        }
        if (method == 0) {
            byte[] out = new byte[compressed];
            System.arraycopy(b, data, out, 0, compressed);
            return out;
        }
        if (method != 8) {
            return null;
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(b, data, compressed);
            byte[] out = new byte[size];
            int n = 0;
            while (n < size && !inf.finished()) {
                int r = inf.inflate(out, n, size - n);
                if (r == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += r;
            }
            return n == size ? out : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
    }

    private static void readLocal(byte[] b, List<ArchiveEntry> out, boolean[] encrypted, List<String> notes) {
        int pos = 0;
        while (pos + 30 <= b.length && u32(b, pos) == LOC_SIG) {
            if (out.size() >= MAX_ENTRIES) {
                notes.add("listing truncated at " + MAX_ENTRIES + " entries");
                return;
            }
            int flags = u16(b, pos + 6);
            long compressed = u32(b, pos + 18) & 0xffffffffL;
            long size = u32(b, pos + 22) & 0xffffffffL;
            int nameLen = u16(b, pos + 26);
            int extraLen = u16(b, pos + 28);
            if (pos + 30 + nameLen > b.length) {
                break;
            }
            boolean enc = (flags & 1) != 0;
            encrypted[0] |= enc;
            out.add(new ArchiveEntry(name(b, pos + 30, nameLen, (flags & 0x800) != 0),
                    (flags & 8) != 0 ? -1 : size, enc));
            if ((flags & 8) != 0) {
                notes.add("entry sizes in data descriptors; listing stopped");
                return;
            }
            long next = pos + 30L + nameLen + extraLen + compressed;
            if (next > b.length) {
                notes.add("archive truncated");
                return;
            }
            pos = (int) next;
        }
    }

    private static String name(byte[] b, int off, int len, boolean utf8) {
        if (utf8) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        String s = Charsets.strictUtf8(b, off, len);
        return s != null ? s : new String(b, off, len, CP437);
    }

    private static int u16(byte[] b, int off) {
        if (off < 0 || off + 2 > b.length) {
            throw new IndexOutOfBoundsException("zip field beyond end");
        }
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8;
    }

    private static int u32(byte[] b, int off) {
        if (off < 0 || off + 4 > b.length) {
            throw new IndexOutOfBoundsException("zip field beyond end");
        }
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    private static Charset cp437() {
        try {
            return Charset.forName("IBM437");
        } catch (RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
