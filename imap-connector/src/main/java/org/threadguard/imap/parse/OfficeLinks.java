package org.threadguard.imap.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The web links of an Office Open XML document (.docx, .xlsx, .pptx and their macro twins): the external
 * targets of its relationship parts, which hold both its hyperlinks and a remote template
 * ({@code attachedTemplate}, the "template injection" that fetches macros when the document opens).
 *
 * <p>Reads only the small {@code _rels/*.rels} parts; bounded against hostile archives: at most
 * {@value #MAX_ENTRIES} entries looked at, {@value #MAX_PART_BYTES} bytes read of each relationship part,
 * {@value PdfLinks#MAX_LINKS} links. Malformed input yields fewer links, never an exception.
 */
final class OfficeLinks {
    static final int MAX_ENTRIES = 2000;
    static final int MAX_PART_BYTES = 512 * 1024;

    private OfficeLinks() {
    }

    /** The distinct external http(s) targets, in order of appearance. */
    static List<String> of(byte[] content) {
        Set<String> out = new LinkedHashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES && out.size() < PdfLinks.MAX_LINKS) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".rels") && name.contains("_rels/")) {
                    scan(new String(readBounded(zip), StandardCharsets.UTF_8), out);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged or hostile archive: the links found so far
        }
        List<String> list = new ArrayList<>(out);
        return list.size() > PdfLinks.MAX_LINKS ? list.subList(0, PdfLinks.MAX_LINKS) : list;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(MAX_PART_BYTES);
    }

    /** Each {@code <Relationship .../>} with {@code TargetMode="External"}: its {@code Target}. */
    private static void scan(String xml, Set<String> out) {
        int from = 0;
        while (out.size() < PdfLinks.MAX_LINKS) {
            int start = xml.indexOf("<Relationship ", from);
            if (start < 0) {
                return;
            }
            int end = xml.indexOf('>', start);
            if (end < 0) {
                return;
            }
            String element = xml.substring(start, end);
            from = end;
            if (!element.contains("TargetMode=\"External\"")) {
                continue;
            }
            String target = attribute(element, "Target");
            if (target != null && (target.regionMatches(true, 0, "http://", 0, 7)
                    || target.regionMatches(true, 0, "https://", 0, 8))) {
                out.add(target);
            }
        }
    }

    private static String attribute(String element, String name) {
        int i = element.indexOf(" " + name + "=\"");
        if (i < 0) {
            return null;
        }
        int start = i + name.length() + 3;
        int end = element.indexOf('"', start);
        if (end < 0) {
            return null;
        }
        return element.substring(start, end).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&apos;", "'").strip();
    }
}
