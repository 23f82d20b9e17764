package org.threadguard.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.imap.report.EvidenceRenderer;
import org.threadguard.imap.report.ReportOutbox;

/**
 * Writes the evidence of a verdict as one self-contained HTML file for tickets: inline CSS, no
 * scripts, no external resources of any kind, links defanged and not clickable.
 */
public final class EvidenceHtmlExporter {
    private EvidenceHtmlExporter() {
    }

    /** The page itself. */
    public static String render(AnalysisResult r, List<String> earlierMessageIds) {
        return EvidenceRenderer.html(r, earlierMessageIds);
    }

    /** Writes the page into {@code dir} under a safe, unique name derived from the Message-ID. */
    public static Path write(AnalysisResult r, List<String> earlierMessageIds, Path dir) {
        try {
            Files.createDirectories(dir);
            String base = "threadguard-evidence-" + ReportOutbox.safeName(r.message().messageId().isEmpty()
                    ? r.message().key() : r.message().messageId());
            Path f = dir.resolve(base + ".html");
            for (int i = 2; Files.exists(f); i++) {
                f = dir.resolve(base + "-" + i + ".html");
            }
            Files.writeString(f, render(r, earlierMessageIds), StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the evidence to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The thread's earlier Message-IDs as far as the message and its evidence name them. */
    public static List<String> earlierMessageIds(AnalysisResult r) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        ids.addAll(r.message().references());
        ids.addAll(r.message().inReplyTo());
        r.verdict().findings().forEach(f -> {
            ids.add(f.earlierRef());
            f.rows().forEach(row -> ids.add(row.earlierRef()));
        });
        ids.removeIf(id -> id.isBlank() || !id.startsWith("<") || id.equals(r.message().messageId()));
        return List.copyOf(ids);
    }
}
