package org.threadguard.app.nativehost;

import java.util.List;
import java.util.Map;

/** A self-contained evidence page (no scripts, no remote content) for tickets. */
final class EvidenceHtml {
    private EvidenceHtml() {
    }

    static String render(Map<String, Object> v) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Threadguard evidence</title><style>body{font-family:sans-serif}td,th{border:1px solid #ccc;"
                        + "padding:4px;vertical-align:top;white-space:pre-wrap}table{border-collapse:collapse}</style>")
                .append("</head><body><h1>Threadguard evidence</h1><table>");
        for (String k : List.of("messageId", "folder", "date", "from", "subject", "verdict", "score")) {
            b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v.get(k))).append("</td></tr>");
        }
        b.append("</table><p>").append(esc(v.get("summary"))).append("</p>");
        Object fs = v.get("findings");
        if (fs instanceof List<?> findings) {
            for (Object o : findings) {
                if (!(o instanceof Map<?, ?> f)) {
                    continue;
                }
                b.append("<h2>").append(esc(f.get("code"))).append(" (").append(esc(f.get("severity")))
                        .append(")</h2><p>").append(esc(f.get("explanation"))).append("</p>")
                        .append("<table><tr><th>Field</th><th>Earlier</th><th>This message</th></tr>");
                if (f.get("evidence") instanceof List<?> rows) {
                    for (Object ro : rows) {
                        if (ro instanceof Map<?, ?> r) {
                            b.append("<tr><td>").append(esc(r.get("field"))).append("</td><td>").append(esc(r.get("earlier")))
                                    .append("</td><td>").append(esc(r.get("suspicious"))).append("</td></tr>");
                        }
                    }
                }
                b.append("</table>");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    static String esc(Object o) {
        String s = o == null ? "" : o.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
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
