package org.threadguard.imap.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.cache.StoredMessage;
import org.threadguard.imap.parse.MimeParser;

/**
 * Imports local mail into a {@link MessageCache}, detecting the layout:
 * <ul>
 *   <li>a single {@code .eml} file (folder {@code INBOX});</li>
 *   <li>a single mbox file (starts with {@code "From "}; folder = file name without extension; messages a
 *       Google Takeout export labels as sent go to {@code Sent});</li>
 *   <li>a Maildir (has {@code cur/} and {@code new/}): the root is {@code INBOX}, Maildir++ subfolders
 *       {@code .Sent}, {@code .Archive.2024} become {@code Sent}, {@code Archive/2024}; the source key is
 *       the file name without its {@code :2,FLAGS} info, so a flag change or a move from new/ to cur/
 *       does not duplicate the message;</li>
 *   <li>a directory tree of {@code .eml} files (folder = parent directory relative to the source, files
 *       directly in the source go to {@code INBOX}) and/or mbox files (each one a folder).</li>
 * </ul>
 * Messages are parsed on a small thread pool but stored in a deterministic order, in batches of
 * {@link #BATCH_SIZE}, one transaction each. Unreadable files are reported and skipped.
 */
public final class LocalImporter {
    public static final int BATCH_SIZE = 500;
    private final int threads;

    /** An importer parsing on up to two threads. */
    public LocalImporter() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** An importer parsing on {@code threads} threads (1 = in the calling thread only). */
    public LocalImporter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.threads = threads;
    }

    /**
     * Imports everything under {@code source} into {@code cache} for {@code account}. Unreadable
     * files are reported to the listener and counted as failed; the rest goes on.
     *
     * @throws IOException when {@code source} does not exist or its directory tree cannot be listed
     */
    public ImportResult importPath(Path source, String account, MessageCache cache, ImportListener listener)
            throws IOException {
        ImportListener l = listener == null ? ImportListener.NONE : listener;
        List<Source> sources = discover(source);
        long total = sources.stream().anyMatch(s -> s instanceof MboxSource) ? -1
                : sources.stream().filter(s -> s instanceof FileSource).count();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "threadguard-import");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Run run = new Run(account, cache, l, pool, total);
            for (Source s : sources) {
                if (s instanceof FileSource f) {
                    run.add(new Item(f.folder(), f.sourceKey(), f.file(), null, !f.maildir()));
                } else if (s instanceof MboxSource m) {
                    run.importMbox(m);
                }
            }
            run.flush();
            run.removeVanished();
            return new ImportResult(run.added, run.present, run.failed, run.errors, run.replaced, run.removed);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    // ---- discovery ----

    private sealed interface Source permits FileSource, MboxSource {
    }

    /** A message file; a Maildir's files never change content under the same unique name. */
    private record FileSource(String folder, String sourceKey, Path file, boolean maildir) implements Source {
        FileSource(String folder, String sourceKey, Path file) {
            this(folder, sourceKey, file, false);
        }
    }

    private record MboxSource(String folder, Path file) implements Source {
    }

    static List<Source> discover(Path source) throws IOException {
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("No such file or directory: " + source);
        }
        if (!Files.isDirectory(source)) {
            if (MboxReader.looksLikeMbox(source)) {
                return List.of(new MboxSource(withoutExtension(source.getFileName().toString()), source));
            }
            return List.of(new FileSource("INBOX", source.getFileName().toString(), source));
        }
        if (isMaildir(source)) {
            return maildir(source);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(p))
                    .sorted(Comparator.comparing(p -> slashPath(source.relativize(p)))).toList();
        }
        List<Source> out = new ArrayList<>();
        for (Path p : files) {
            Path rel = source.relativize(p);
            String folder = rel.getParent() == null ? "INBOX" : slashPath(rel.getParent());
            String name = p.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".eml")) {
                out.add(new FileSource(folder, name, p));
            } else if (MboxReader.looksLikeMbox(p)) {
                String base = withoutExtension(name);
                out.add(new MboxSource(rel.getParent() == null ? base : folder + "/" + base, p));
            }
        }
        return out;
    }

    private static boolean isMaildir(Path dir) {
        return Files.isDirectory(dir.resolve("cur")) && Files.isDirectory(dir.resolve("new"));
    }

    private static List<Source> maildir(Path root) throws IOException {
        List<Source> out = new ArrayList<>();
        addMaildirFolder(out, root, "INBOX");
        List<Path> subs;
        try (Stream<Path> list = Files.list(root)) {
            subs = list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("."))
                    .filter(LocalImporter::isMaildir).sorted().toList();
        }
        for (Path sub : subs) {
            String name = sub.getFileName().toString().substring(1);
            if (!name.isEmpty()) {
                addMaildirFolder(out, sub, name.replace('.', '/'));
            }
        }
        return out;
    }

    private static void addMaildirFolder(List<Source> out, Path dir, String folder) throws IOException {
        List<FileSource> files = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path d = dir.resolve(sub);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> list = Files.list(d)) {
                list.filter(p -> !Files.isDirectory(p)).filter(p -> !isHidden(p))
                        .forEach(p -> files.add(new FileSource(folder, maildirKey(p.getFileName().toString()), p, true)));
            }
        }
        files.sort(Comparator.comparing(FileSource::sourceKey));
        out.addAll(files);
    }

    /** The unique part of a Maildir file name: everything before the {@code :2,} (or {@code !2,}) info. */
    static String maildirKey(String fileName) {
        int colon = fileName.indexOf(':');
        if (colon < 0) {
            colon = fileName.indexOf("!2,");
        }
        return colon < 0 ? fileName : fileName.substring(0, colon);
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static String slashPath(Path rel) {
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (b.length() > 0) {
                b.append('/');
            }
            String name = part.toString();
            // Thunderbird keeps a folder's subfolders in "<folder>.sbd" beside the folder's mbox file
            b.append(name.endsWith(".sbd") && name.length() > 4 ? name.substring(0, name.length() - 4) : name);
        }
        return b.toString();
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- importing ----

    /**
     * One message to import: from a file ({@code bytes == null}) or already read from an mbox. {@code verify}:
     * the same source key may hold other content than when it was imported (an .eml file rewritten, an mbox
     * whose earlier messages were deleted), so a cached copy counts only if its bytes are the same.
     */
    private record Item(String folder, String sourceKey, Path file, byte[] bytes, boolean verify) {
    }

    private sealed interface Outcome permits Parsed, Failed {
    }

    private record Parsed(StoredMessage message) implements Outcome {
    }

    private record Failed(Path file, String error) implements Outcome {
    }

    /** The state of one import run. */
    private final class Run {
        final String account;
        final MessageCache cache;
        final ImportListener listener;
        final ExecutorService pool;
        final long total;
        final List<Item> pending = new ArrayList<>(BATCH_SIZE);
        final List<String> errors = new ArrayList<>();
        final Map<String, Set<String>> seen = new HashMap<>();
        int replaced;
        int removed;
        int added;
        int present;
        int failed;
        long done;

        Run(String account, MessageCache cache, ImportListener listener, ExecutorService pool, long total) {
            this.account = account;
            this.cache = cache;
            this.listener = listener;
            this.pool = pool;
            this.total = total;
        }

        void add(Item item) throws IOException {
            seen.computeIfAbsent(item.folder(), f -> new HashSet<>()).add(item.sourceKey());
            if (cache.contains(account, item.folder(), item.sourceKey()) && (!item.verify() || unchanged(item))) {
                present++;
                done++;
                if (done % BATCH_SIZE == 0) {
                    listener.onProgress(done, total);
                }
                return;
            }
            pending.add(item);
            if (pending.size() >= BATCH_SIZE) {
                flush();
            }
        }

        void importMbox(MboxSource m) throws IOException {
            try {
                MboxReader.read(m.file(), (offset, bytes) -> add(new Item(sentLabelled(bytes) ? "Sent" : m.folder(),
                        Long.toString(offset), m.file(), bytes, true)));
            } catch (IOException e) {
                fail(m.file(), "unreadable mbox: " + e);
            }
        }

        /**
         * Whether a message of an mbox is labelled as sent mail ({@code X-Gmail-Labels: Sent,...}, as a Google
         * Takeout export writes every message of the account into one file): it then joins the folder "Sent",
         * so the user's own mail is known for what it is, as it is from an IMAP account's Sent folder.
         */
        /** Gmail's "Sent" label as Takeout writes it, in the interface languages the quote splitter knows. */
        private static final Set<String> SENT_LABELS = Set.of("sent", "sent mail", "gesendet", "enviados",
                "enviadas", "envoyés", "inviati", "posta inviata", "verzonden", "skickat", "sendt", "wysłane",
                "odeslané", "lähetetyt", "gönderilmiş", "gönderilenler");

        static boolean sentLabelled(byte[] raw) {
            String labels = headerValue(raw, "x-gmail-labels");
            if (labels == null) {
                return false;
            }
            for (String label : labels.split(",")) {
                if (SENT_LABELS.contains(label.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        void flush() throws IOException {
            if (pending.isEmpty()) {
                return;
            }
            List<Outcome> outcomes = parseAll(pending);
            List<StoredMessage> batch = new ArrayList<>(outcomes.size());
            for (Outcome o : outcomes) {
                if (o instanceof Parsed p) {
                    batch.add(p.message());
                } else if (o instanceof Failed f) {
                    fail(f.file(), f.error());
                }
            }
            int stored = cache.putAll(batch);
            added += stored;
            present += batch.size() - stored;
            done += batch.size();
            pending.clear();
            listener.onProgress(done, total);
        }

        /**
         * Whether the cached copy of an item is what the source holds now; if not, the cached copy is removed
         * so that the current content is imported in its place. An unreadable file keeps its cached copy.
         */
        private boolean unchanged(Item item) {
            byte[] now = item.bytes();
            if (now == null) {
                try {
                    now = Files.readAllBytes(item.file());
                } catch (IOException | RuntimeException e) {
                    return true; // reported when it is parsed; nothing is lost meanwhile
                }
            }
            byte[] current = now;
            String key = StoredMessage.keyOf(account, item.folder(), item.sourceKey());
            if (cache.raw(key).map(old -> Arrays.equals(old, current)).orElse(false)) {
                return true;
            }
            cache.remove(account, item.folder(), List.of(item.sourceKey()));
            replaced++;
            return false;
        }

        /**
         * Removes from the cache the messages of the imported folders that the source no longer holds (files
         * deleted, an mbox rewritten shorter): the cache mirrors the local source, as it mirrors an IMAP
         * folder's expunges. Folders the source no longer has at all are left alone (a partial import path).
         */
        void removeVanished() {
            for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
                List<String> gone = new ArrayList<>();
                for (String key : cache.sourceKeys(account, e.getKey())) {
                    if (!e.getValue().contains(key)) {
                        gone.add(key);
                    }
                }
                if (!gone.isEmpty()) {
                    removed += cache.remove(account, e.getKey(), gone);
                }
            }
        }

        private void fail(Path file, String error) {
            failed++;
            done++;
            errors.add(file + ": " + error);
            listener.onError(file, error);
        }

        private List<Outcome> parseAll(List<Item> items) throws IOException {
            List<Callable<Outcome>> tasks = new ArrayList<>(items.size());
            for (Item it : items) {
                tasks.add(() -> parseOne(it));
            }
            List<Outcome> out = new ArrayList<>(items.size());
            if (pool == null) {
                for (Callable<Outcome> t : tasks) {
                    out.add(call(t));
                }
                return out;
            }
            try {
                for (Future<Outcome> f : pool.invokeAll(tasks)) {
                    out.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Import interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("Parsing failed unexpectedly", e.getCause());
            }
            return out;
        }

        private Outcome call(Callable<Outcome> t) throws IOException {
            try {
                return t.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        private Outcome parseOne(Item it) {
            byte[] raw = it.bytes();
            if (raw == null) {
                try {
                    raw = Files.readAllBytes(it.file());
                } catch (IOException | RuntimeException e) {
                    return new Failed(it.file(), "unreadable: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
                }
            }
            String key = StoredMessage.keyOf(account, it.folder(), it.sourceKey());
            MailMessage m = MimeParser.parse(raw, key, it.folder());
            return new Parsed(new StoredMessage(account, it.folder(), it.sourceKey(), m, raw));
        }
    }

    /** An unfolded header's value from a message's header block (ASCII name, Latin-1 value), or null. */
    static String headerValue(byte[] raw, String lowerName) {
        int end = Math.min(raw.length, 256 * 1024);
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && raw[lineEnd] != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd > lineStart && raw[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == lineStart) {
                return null; // the blank line: end of the header block
            }
            if (contentEnd - lineStart > lowerName.length() && raw[lineStart + lowerName.length()] == ':'
                    && new String(raw, lineStart, lowerName.length(), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .toLowerCase(java.util.Locale.ROOT).equals(lowerName)) {
                StringBuilder v = new StringBuilder(new String(raw, lineStart + lowerName.length() + 1,
                        contentEnd - lineStart - lowerName.length() - 1, java.nio.charset.StandardCharsets.ISO_8859_1));
                // folded continuation lines
                int next = lineEnd + 1;
                while (next < end && (raw[next] == ' ' || raw[next] == '\t')) {
                    int e = next;
                    while (e < end && raw[e] != '\n') {
                        e++;
                    }
                    int ce = e > next && raw[e - 1] == '\r' ? e - 1 : e;
                    v.append(' ').append(new String(raw, next, ce - next, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .strip());
                    next = e + 1;
                }
                return v.toString().strip();
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }
}
