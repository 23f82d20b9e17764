package org.threadguard.app.nativehost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.parse.MimeParser;

/** The demo mailbox, and the context the add-on would collect for one of its messages. */
final class DemoMailbox {
    static final Path DIR = Path.of("src/main/resources/org/threadguard/app/demo");

    record Entry(byte[] raw, String folder, MailMessage parsed) {
    }

    final List<Entry> entries = new ArrayList<>();
    final Map<String, Entry> byId = new HashMap<>();
    final Map<String, String[]> labels = new HashMap<>();

    DemoMailbox() {
        try (Stream<Path> files = Files.walk(DIR.resolve("mailbox"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                byte[] raw = Files.readAllBytes(p);
                String folder = p.getParent().getFileName().toString();
                Entry e = new Entry(raw, folder, MimeParser.parse(raw, p.toString(), folder));
                entries.add(e);
                byId.putIfAbsent(e.parsed().messageId(), e);
            }
            for (String line : Files.readAllLines(DIR.resolve("labels.tsv"))) {
                String[] f = line.split("\t", -1);
                labels.put(f[0], f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> idsOfKind(String kind) {
        return labels.values().stream().filter(f -> f[2].equals(kind)).map(f -> f[0]).sorted().toList();
    }

    /** What the add-on collects: the referenced messages and up to {@code sample} earlier mails of the sender. */
    List<Entry> context(String targetId, int sample) {
        Entry t = byId.get(targetId);
        Set<Entry> out = new LinkedHashSet<>();
        List<String> refs = new ArrayList<>(t.parsed().references());
        refs.addAll(t.parsed().inReplyTo());
        for (String r : refs) {
            Entry e = byId.get(r);
            if (e != null) {
                out.add(e);
            }
        }
        String author = t.parsed().from() == null ? "" : t.parsed().from().email();
        entries.stream().filter(e -> e != t && e.parsed().from() != null && e.parsed().from().email().equals(author)
                && e.parsed().date() != null && t.parsed().date() != null
                && e.parsed().date().toInstant().isBefore(t.parsed().date().toInstant()))
                .sorted(Comparator.comparing((Entry e) -> e.parsed().date().toInstant()).reversed()).limit(sample)
                .forEach(out::add);
        return new ArrayList<>(out);
    }
}
