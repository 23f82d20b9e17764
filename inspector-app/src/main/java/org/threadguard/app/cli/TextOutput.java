package org.threadguard.app.cli;

import java.io.PrintWriter;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.model.MailMessage;

/** The readable summary of a flagged reply, for people at a terminal. */
public final class TextOutput {
    private TextOutput() {
    }

    public static void print(PrintWriter out, AnalysisResult r, boolean verbose) {
        MailMessage m = r.message();
        out.printf("%s  score %d  %s%n", r.verdict().level().id().toUpperCase(java.util.Locale.ROOT),
                r.verdict().score(), m.messageId());
        out.printf("  From:    %s%n", m.from() == null ? "(none)" : m.from());
        out.printf("  Subject: %s%n", m.subject());
        out.printf("  Date:    %s   Folder: %s%n", m.date() == null ? "(none)" : m.date(), m.folder());
        out.printf("  %s%n", wrap(r.verdict().summary(), 96, "  "));
        for (Finding f : r.verdict().findings()) {
            if (!verbose && f.strength() < 0.1) {
                continue;
            }
            out.printf("  - %-18s %-6s %3d  %s%n", f.code(), f.severity().id(), f.weight(), f.explanation());
            if (!f.earlier().isEmpty() || !f.suspicious().isEmpty()) {
                out.printf("      earlier:    %s%n", f.earlier().isEmpty() ? "-" : f.earlier());
                out.printf("      this reply: %s%n", f.suspicious().isEmpty() ? "-" : f.suspicious());
            }
            if (verbose) {
                for (EvidenceRow row : f.rows()) {
                    out.printf("      %s: %s | %s%n", row.field(), row.earlier(), row.suspicious());
                }
            }
        }
        out.println();
    }

    static String wrap(String text, int width, String indent) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + w.length() + 1 > width) {
                b.append('\n').append(indent);
                col = 0;
            } else if (col > 0) {
                b.append(' ');
                col++;
            }
            b.append(w);
            col += w.length();
        }
        return b.toString();
    }
}
