package org.threadguard.app.ui.service;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.detect.Level;

/**
 * The thread list of the last analysis, per source, as a small binary file next to the cache, so
 * that the next start shows the list at once (reading it is far cheaper than threading and
 * analysing the whole mailbox again, which then runs in the background).
 */
public final class ThreadListStore {
    private static final int VERSION = 1;
    private final Path dir;

    public ThreadListStore(Path dir) {
        this.dir = dir;
    }

    private Path fileFor(MailboxSource source) {
        String hex = HexFormat.of().formatHex(source.id().getBytes(StandardCharsets.UTF_8));
        if (hex.length() > 80) {
            hex = Integer.toHexString(source.id().hashCode()) + "-" + hex.substring(0, 60);
        }
        return dir.resolve("threads-" + hex + ".bin");
    }

    public void save(MailboxSnapshot snapshot) {
        if (dir == null) {
            return;
        }
        Path file = fileFor(snapshot.source());
        try {
            Files.createDirectories(dir);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                out.writeInt(VERSION);
                out.writeInt(snapshot.folders().size());
                for (String f : snapshot.folders()) {
                    out.writeUTF(f);
                }
                out.writeInt(snapshot.threads().size());
                for (ThreadSummary t : snapshot.threads()) {
                    out.writeUTF(t.id());
                    out.writeUTF(cut(t.subject()));
                    out.writeInt(t.participants().size());
                    for (String p : t.participants()) {
                        out.writeUTF(cut(p));
                    }
                    out.writeLong(t.lastDate() == null ? Long.MIN_VALUE : t.lastDate().toEpochMilli());
                    out.writeInt(t.messageCount());
                    out.writeByte(t.highestLevel() == null ? -1 : t.highestLevel().ordinal());
                    out.writeByte(t.highestScore());
                    out.writeInt(t.folders().size());
                    for (String f : t.folders()) {
                        out.writeUTF(f);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // only a speed-up: a failure to write it must not break the analysis
        }
    }

    public Optional<MailboxSnapshot> load(MailboxSource source) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = fileFor(source);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            int nf = in.readInt();
            List<String> folders = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) {
                folders.add(in.readUTF());
            }
            int n = in.readInt();
            List<ThreadSummary> threads = new ArrayList<>(n);
            Level[] levels = Level.values();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                String subject = in.readUTF();
                int np = in.readInt();
                List<String> participants = new ArrayList<>(np);
                for (int k = 0; k < np; k++) {
                    participants.add(in.readUTF());
                }
                long last = in.readLong();
                int count = in.readInt();
                int lv = in.readByte();
                Level level = lv < 0 ? null : levels[lv];
                int score = in.readByte();
                int tf = in.readInt();
                Set<String> tfolders = new HashSet<>(tf * 2);
                for (int k = 0; k < tf; k++) {
                    tfolders.add(in.readUTF());
                }
                threads.add(new ThreadSummary(id, subject, participants,
                        last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last), count, level, score, tfolders));
            }
            return Optional.of(new MailboxSnapshot(source, folders, threads, false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
