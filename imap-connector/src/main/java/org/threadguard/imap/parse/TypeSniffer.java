package org.threadguard.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.threadguard.heuristics.model.ArchiveEntry;

/** Recognises a file type from its first bytes, whatever its name or declared type says. */
public final class TypeSniffer {
    public static final String ZIP = "application/zip";
    public static final String OOXML = "application/vnd.openxmlformats";
    private static final byte[] ONENOTE = hex("E4525C7B8CD8A74DAEB15378D02996D3");
    private static final byte[] OLE2 = hex("D0CF11E0A1B11AE1");
    private static final byte[] LNK = hex("4C0000000114020000000000C000000000000046");
    private static final String[] SCRIPT_STARTS = {
        "#!", "@echo off", "echo off", "dim ", "set ", "on error resume next", "option explicit", "function ",
        "var ", "let ", "const ", "powershell", "$", "<job", "<package", "<script", "<?xml version=\"1.0\"?><job",
        "wscript.", "createobject(", "sub ", "private sub", "param(", "(function", "eval("};

    private TypeSniffer() {
    }

    /** The sniffed MIME type (lower case), or an empty string when unknown. */
    public static String sniff(byte[] b) {
        return sniff(b, List.of());
    }

    /**
     * The sniffed type; for zips, the listed entries refine it (Office Open XML, Java archive).
     */
    public static String sniff(byte[] b, List<ArchiveEntry> zipEntries) {
        if (b == null || b.length == 0) {
            return "";
        }
        if (startsWith(b, 0, "PK\u0003\u0004") || startsWith(b, 0, "PK\u0005\u0006") || startsWith(b, 0, "PK\u0007\u0008")) {
            for (ArchiveEntry e : zipEntries) {
                String n = e.name();
                if (n.equals("[Content_Types].xml")) {
                    return OOXML;
                }
                if (n.equals("META-INF/MANIFEST.MF")) {
                    return "application/java-archive";
                }
            }
            return ZIP;
        }
        if (startsWith(b, 0, "Rar!\u001a\u0007")) {
            return "application/x-rar-compressed";
        }
        if (startsWithBytes(b, 0, hex("377ABCAF271C"))) {
            return "application/x-7z-compressed";
        }
        if (b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return "application/gzip";
        }
        if (startsWith(b, 0, "BZh")) {
            return "application/x-bzip2";
        }
        if (startsWithBytes(b, 0, hex("FD377A585A00"))) {
            return "application/x-xz";
        }
        if (startsWith(b, 0, "MSCF")) {
            return "application/vnd.ms-cab-compressed";
        }
        if (indexOf(b, "%PDF-", 1024) >= 0) {
            return "application/pdf";
        }
        if (startsWith(b, 0, "MZ")) {
            return "application/x-msdownload";
        }
        if (startsWithBytes(b, 0, hex("7F454C46"))) {
            return "application/x-executable";
        }
        if (startsWithBytes(b, 0, OLE2)) {
            return "application/x-ole-storage";
        }
        if (startsWithBytes(b, 0, ONENOTE)) {
            return "application/onenote";
        }
        if (startsWithBytes(b, 0, LNK)) {
            return "application/x-ms-shortcut";
        }
        for (int off : new int[] {0x8001, 0x8801, 0x9001}) {
            if (startsWith(b, off, "CD001")) {
                return "application/x-iso9660-image";
            }
        }
        if (startsWithBytes(b, 0, hex("89504E470D0A1A0A"))) {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) {
            return "image/gif";
        }
        if (startsWith(b, 0, "{\\rtf")) {
            return "application/rtf";
        }
        return sniffText(b);
    }

    private static String sniffText(byte[] b) {
        int len = Math.min(b.length, 512);
        int start = 0;
        if (len >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            start = 3;
        }
        for (int i = start; i < len; i++) {
            int c = b[i] & 0xff;
            if (c < 9 || (c > 13 && c < 32)) {
                return ""; // binary
            }
        }
        while (start < len && (b[start] == ' ' || b[start] == '\t' || b[start] == '\r' || b[start] == '\n')) {
            start++;
        }
        String head = new String(b, start, len - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta") || head.startsWith("<iframe")) {
            return "text/html";
        }
        if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
            return "image/svg+xml";
        }
        if (head.startsWith("<script") || head.startsWith("<job") || head.startsWith("<package")) {
            return "text/x-script";
        }
        for (String s : SCRIPT_STARTS) {
            if (head.startsWith(s)) {
                return "text/x-script";
            }
        }
        return "";
    }

    private static int indexOf(byte[] b, String needle, int limit) {
        int max = Math.min(b.length - needle.length(), limit);
        for (int i = 0; i <= max; i++) {
            if (startsWith(b, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int off, String ascii) {
        if (off < 0 || b.length - off < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if ((b[off + i] & 0xff) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBytes(byte[] b, int off, byte[] magic) {
        if (b.length - off < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[off + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hex(String h) {
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
