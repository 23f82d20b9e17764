package org.threadguard.imap.report;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reports that could not be sent, kept as complete .eml files in {@code <data dir>/reports/outbox/}
 * so that they are never lost: they can be retried, or opened and sent by hand. A report sent on
 * retry moves to {@code reports/sent/}.
 */
public final class ReportOutbox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private final Path dir;

    public ReportOutbox(Path dir) {
        this.dir = dir;
    }

    /** The outbox in a data directory: {@code reports/outbox}. */
    public static ReportOutbox in(Path dataDir) {
        return new ReportOutbox(dataDir.resolve("reports").resolve("outbox"));
    }

    public Path dir() {
        return dir;
    }

    /** Saves the report as an .eml file and returns it. */
    public Path save(MimeMessage report, String hint) {
        Path f = dir.resolve(STAMP.format(Instant.now()) + "-" + safeName(hint) + ".eml");
        write(report, f);
        return f;
    }

    /** Writes a report as an .eml file (the same bytes that would be sent). */
    public static void write(MimeMessage report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                report.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The waiting reports, oldest first. */
    public List<Path> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads a waiting report exactly as saved. */
    public static MimeMessage load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Sends one waiting report again; on success it moves to {@code reports/sent/}, which is returned. */
    public Path retry(Path file, SmtpReportSender sender, MailServer server) throws ReportSendException {
        sender.send(load(file), server);
        try {
            Path sent = dir.resolveSibling("sent");
            Files.createDirectories(sent);
            return Files.move(file, sent.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Sent, but cannot move " + file + " out of the outbox: " + e.getMessage(), e);
        }
    }

    /** Sends every waiting report; returns the ones that still failed, each with its error. */
    public Map<Path, String> retryAll(SmtpReportSender sender, MailServer server) {
        Map<Path, String> failed = new LinkedHashMap<>();
        for (Path p : list()) {
            try {
                retry(p, sender, server);
            } catch (ReportSendException e) {
                failed.put(p, e.getMessage());
            }
        }
        return failed;
    }

    /** A file-name-safe form of a hint such as a Message-ID. */
    public static String safeName(String s) {
        String t = (s == null ? "" : s).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[_.]+|[_.]+$", "");
        return t.length() > 60 ? t.substring(0, 60) : t.isEmpty() ? "report" : t;
    }
}
