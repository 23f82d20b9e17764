package org.threadguard.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.text.LinkExtractor;

/**
 * The web links of an attached calendar invitation (iCalendar, RFC 5545): what its {@code DESCRIPTION},
 * {@code X-ALT-DESC}, {@code LOCATION}, {@code URL} and {@code ATTACH} properties point to. A fake reply may
 * carry its link only inside an invitation file ("join the review meeting here"), where the message body
 * shows none. Bounded: at most {@value #MAX_BYTES} bytes are read and {@value #MAX_LINKS} links returned;
 * malformed input yields fewer links, never an exception.
 */
public final class CalendarLinks {
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_LINKS = 32;
    private static final Set<String> PROPERTIES = Set.of("DESCRIPTION", "X-ALT-DESC", "LOCATION", "URL", "ATTACH",
            "COMMENT", "SUMMARY");

    private CalendarLinks() {
    }

    /** Whether an attachment is an iCalendar object, by its declared type, its name or its first bytes. */
    public static boolean isCalendar(String declaredType, String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if ("text/calendar".equals(declaredType) || "application/ics".equals(declaredType) || name.endsWith(".ics")
                || name.endsWith(".vcs")) {
            return true;
        }
        int n = Math.min(content.length, 64);
        String head = new String(content, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        return head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    /** The distinct http(s) links of the invitation, in order of appearance. */
    public static List<String> of(byte[] content) {
        Set<String> out = new LinkedHashSet<>();
        try {
            String text = new String(content, 0, Math.min(content.length, MAX_BYTES), StandardCharsets.UTF_8);
            // unfold: a line break followed by a space or a tab continues the line (RFC 5545 3.1)
            String unfolded = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
            for (String line : unfolded.split("\n")) {
                int colon = valueStart(line);
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, nameEnd(line, colon)).toUpperCase(Locale.ROOT);
                if (!PROPERTIES.contains(name)) {
                    continue;
                }
                String value = unescape(line.substring(colon + 1));
                List<Link> links = value.contains("<a ") || value.contains("<A ") ? LinkExtractor.fromHtml(value)
                        : LinkExtractor.fromText(value);
                for (Link l : links) {
                    String href = l.href();
                    String lower = href.toLowerCase(Locale.ROOT);
                    if ((lower.startsWith("http://") || lower.startsWith("https://")) && out.size() < MAX_LINKS) {
                        out.add(href);
                    }
                }
            }
        } catch (RuntimeException e) {
            // malformed: what was found so far
        }
        return List.copyOf(out);
    }

    /** The colon that ends the property name and its parameters (a quoted parameter value may hold colons). */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static int nameEnd(String line, int colon) {
        int semi = line.indexOf(';');
        return semi >= 0 && semi < colon ? semi : colon;
    }

    /** RFC 5545 text escapes: {@code \n}, {@code \,}, {@code \;}, {@code \\}. */
    static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char d = v.charAt(++i);
                b.append(d == 'n' || d == 'N' ? '\n' : d);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
