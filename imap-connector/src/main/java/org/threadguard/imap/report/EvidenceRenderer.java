package org.threadguard.imap.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadguard.heuristics.detect.AnalysisResult;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The evidence of one verdict as plain text and as a self-contained HTML page: inline CSS only, no
 * scripts, no images, no links (every URL is defanged and shown as text). Used for the report's
 * body and for the evidence export.
 */
public final class EvidenceRenderer {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp|file)://[^\\s<>\"'\\])]+");
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d1d1f;margin:16px;\
            line-height:1.4}
            h1{font-size:20px;margin:0 0 8px}h2{font-size:16px;margin:18px 0 4px}
            .level{display:inline-block;padding:2px 8px;border-radius:10px;font-weight:bold;color:#fff;background:#b42318}
            .level.SUSPICIOUS{background:#b54708}.level.CONSISTENT{background:#067647}
            table{border-collapse:collapse;width:100%;margin:4px 0 8px;table-layout:fixed}
            th,td{border:1px solid #d0d5dd;padding:4px 6px;vertical-align:top;text-align:left;white-space:pre-wrap;\
            word-break:break-word;font-size:13px}
            th{background:#f2f4f7}td.s{background:#fef3f2}td.e{background:#f6fef9}
            .meta th{width:140px}.ref{color:#667085;font-size:11px}code{font-family:ui-monospace,Consolas,monospace}
            """;

    private EvidenceRenderer() {
    }

    /** Every URL in {@code s} defanged ({@code hxxps://evil[.]example/x}). */
    public static String defangUrls(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        Matcher m = URL.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(Evidence.defang(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The plain-text evidence: verdict, summary, findings with evidence rows, earlier Message-IDs. */
    public static String text(AnalysisResult r, List<String> earlierMessageIds) {
        MailMessage m = r.message();
        StringBuilder b = new StringBuilder();
        b.append("Threadguard report\n==================\n\n");
        b.append("Verdict:    ").append(r.verdict().level().id()).append(" (score ").append(r.verdict().score())
                .append("/100)\n");
        b.append("Message-ID: ").append(m.messageId()).append('\n');
        b.append("From:       ").append(d(m.from() == null ? "" : m.from().toString())).append('\n');
        b.append("Subject:    ").append(d(m.subject())).append('\n');
        b.append("Date:       ").append(m.date() == null ? "" : m.date().toString()).append("\n\n");
        b.append(d(r.verdict().summary())).append("\n\n");
        if (r.verdict().findings().isEmpty()) {
            b.append("No findings.\n");
        }
        for (Finding f : r.verdict().findings()) {
            b.append("* ").append(f.code()).append(" (").append(f.severity().id()).append(", weight ").append(f.weight())
                    .append(")\n  ").append(d(f.explanation())).append('\n');
            if (!f.earlier().isEmpty() || !f.suspicious().isEmpty()) {
                b.append("  Earlier:      ").append(d(f.earlier()))
                        .append(f.earlierRef().isEmpty() ? "" : " [" + f.earlierRef() + "]").append('\n');
                b.append("  This message: ").append(d(f.suspicious())).append('\n');
            }
            for (EvidenceRow row : f.rows()) {
                b.append("    - ").append(d(row.field())).append(": earlier ").append(q(row.earlier()))
                        .append(row.earlierRef().isEmpty() ? "" : " [" + row.earlierRef() + "]")
                        .append(" / this message ").append(q(row.suspicious())).append('\n');
            }
        }
        b.append("\nEarlier messages of the thread (Message-IDs):\n");
        if (earlierMessageIds.isEmpty()) {
            b.append("  (none known)\n");
        }
        for (String id : earlierMessageIds) {
            b.append("  ").append(id).append('\n');
        }
        b.append("\nThe original message is attached unmodified (message/rfc822). Links above are defanged.\n");
        return b.toString();
    }

    /** A complete, self-contained HTML page of the evidence. */
    public static String html(AnalysisResult r, List<String> earlierMessageIds) {
        MailMessage m = r.message();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Threadguard evidence: ").append(h(m.subject())).append("</title><style>").append(CSS)
                .append("</style></head><body>\n");
        b.append("<h1>Threadguard evidence</h1>\n<p><span class=\"level ").append(r.verdict().level().name()).append("\">")
                .append(h(r.verdict().level().id())).append("</span> score ").append(r.verdict().score())
                .append("/100</p>\n");
        b.append("<table class=\"meta\">");
        row(b, "Message-ID", m.messageId());
        row(b, "From", m.from() == null ? "" : m.from().toString());
        row(b, "To", String.join(", ", m.to().stream().map(Object::toString).toList()));
        row(b, "Subject", m.subject());
        row(b, "Date", m.date() == null ? "" : m.date().toString());
        row(b, "Folder", m.folder());
        b.append("</table>\n<p>").append(h(r.verdict().summary())).append("</p>\n");
        for (Finding f : r.verdict().findings()) {
            b.append("<h2>").append(h(f.code())).append(" <small>(").append(h(f.severity().id())).append(", weight ")
                    .append(f.weight()).append(")</small></h2>\n<p>").append(h(f.explanation())).append("</p>\n");
            b.append("<table><tr><th style=\"width:18%\">Field</th><th>Earlier messages</th><th>This message</th></tr>");
            if (!f.earlier().isEmpty() || !f.suspicious().isEmpty()) {
                evidence(b, "Summary", f.earlier(), f.earlierRef(), f.suspicious());
            }
            for (EvidenceRow row : f.rows()) {
                evidence(b, row.field(), row.earlier(), row.earlierRef(), row.suspicious());
            }
            b.append("</table>\n");
        }
        b.append("<h2>Earlier messages of the thread</h2>\n");
        if (earlierMessageIds.isEmpty()) {
            b.append("<p>(none known)</p>\n");
        } else {
            b.append("<ul>");
            for (String id : earlierMessageIds) {
                b.append("<li><code>").append(h(id)).append("</code></li>");
            }
            b.append("</ul>\n");
        }
        b.append("<p class=\"ref\">Links are defanged and not clickable. Generated by Threadguard.</p>\n</body></html>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(h(k)).append("</th><td>").append(h(v)).append("</td></tr>");
    }

    private static void evidence(StringBuilder b, String field, String earlier, String ref, String suspicious) {
        b.append("<tr><td>").append(h(field)).append("</td><td class=\"e\">").append(h(earlier));
        if (!ref.isEmpty()) {
            b.append("<div class=\"ref\">").append(h(ref)).append("</div>");
        }
        b.append("</td><td class=\"s\">").append(h(suspicious)).append("</td></tr>");
    }

    private static String q(String s) {
        return s.isEmpty() ? "(none)" : "\"" + d(s) + "\"";
    }

    private static String d(String s) {
        return defangUrls(s);
    }

    /** HTML-escaped and defanged. */
    static String h(String raw) {
        String s = defangUrls(raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
