package org.threadguard.app.nativehost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Saves the original message unmodified (.eml) and the evidence (.html) under a directory. */
public final class LocalReportService implements ReportService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private final Path dir;

    public LocalReportService(Path dir) {
        this.dir = dir;
    }

    @Override
    public Outcome report(byte[] rawMessage, Map<String, Object> verdict) throws IOException {
        Files.createDirectories(dir);
        String id = String.valueOf(verdict.getOrDefault("messageId", "message"));
        String base = STAMP.format(Instant.now()) + "-" + safe(id);
        Path eml = dir.resolve(base + ".eml");
        Path html = dir.resolve(base + ".html");
        Files.write(eml, rawMessage);
        Files.writeString(html, EvidenceHtml.render(verdict), StandardCharsets.UTF_8);
        return new Outcome(false, List.of(eml, html),
                "Saved the original message and the evidence to " + dir + " (sending reports is not set up yet).");
    }

    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
        return t.length() > 60 ? t.substring(0, 60) : t.isEmpty() ? "message" : t;
    }
}
