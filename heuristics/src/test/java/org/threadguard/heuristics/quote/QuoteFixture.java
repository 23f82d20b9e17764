package org.threadguard.heuristics.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quote fixture under {@code src/test/resources/quotes/}: sections {@code @@@ input},
 * {@code @@@ new}, {@code @@@ quoted} (the first line of the quoted text) and {@code @@@ messages}
 * (one {@code author | date | subject | text start} line per quoted message, or {@code none}).
 */
record QuoteFixture(String name, String input, String expectedNew, String quotedFirstLine,
        List<List<String>> messages) {

    static QuoteFixture load(String name) {
        String content;
        try (InputStream in = QuoteFixture.class.getResourceAsStream("/quotes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("@@@ ")) {
                current = new StringBuilder();
                sections.put(line.substring(4).strip(), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        List<List<String>> messages = new ArrayList<>();
        for (String line : text(sections, "messages").split("\n")) {
            if (!line.isBlank() && !line.strip().equals("none")) {
                List<String> fields = new ArrayList<>();
                for (String f : line.split("\\|", -1)) {
                    fields.add(f.strip());
                }
                messages.add(fields);
            }
        }
        return new QuoteFixture(name, text(sections, "input"), text(sections, "new").strip(),
                text(sections, "quoted").strip(), messages);
    }

    private static String text(Map<String, StringBuilder> sections, String key) {
        StringBuilder sb = sections.get(key);
        if (sb == null) {
            return "";
        }
        String s = sb.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return name;
    }
}
