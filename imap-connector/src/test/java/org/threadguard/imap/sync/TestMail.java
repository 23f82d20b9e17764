package org.threadguard.imap.sync;

import java.nio.charset.StandardCharsets;

/** Small raw messages forming threads, for sync tests. */
final class TestMail {
    private TestMail() {
    }

    /** A plain-text message; {@code n} > 1 replies to message {@code n - 1} of the same thread. */
    static byte[] message(String thread, int n, String from, String to) {
        String id = "<" + thread + "." + n + "@example.test>";
        StringBuilder sb = new StringBuilder();
        sb.append("From: ").append(from).append("\r\n");
        sb.append("To: ").append(to).append("\r\n");
        sb.append("Subject: ").append(n > 1 ? "Re: " : "").append("Topic ").append(thread).append("\r\n");
        sb.append("Date: Mon, 3 Mar 2025 1").append(n % 10).append(":00:00 +0100\r\n");
        sb.append("Message-ID: ").append(id).append("\r\n");
        if (n > 1) {
            String parent = "<" + thread + "." + (n - 1) + "@example.test>";
            sb.append("In-Reply-To: ").append(parent).append("\r\n");
            sb.append("References: ").append(parent).append("\r\n");
        }
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        sb.append("Message ").append(n).append(" about ").append(thread).append(".\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart message with a text part and a large binary attachment. */
    static byte[] withAttachment(String id, int attachmentBytes) {
        StringBuilder b64 = new StringBuilder();
        byte[] chunk = new byte[57];
        java.util.Arrays.fill(chunk, (byte) 'A');
        String line = java.util.Base64.getEncoder().encodeToString(chunk);
        for (int k = 0; k < attachmentBytes / 57; k++) {
            b64.append(line).append("\r\n");
        }
        String s = "From: Mark <mark@example.test>\r\nTo: laura@example.test\r\nSubject: Big file\r\n"
                + "Date: Tue, 4 Mar 2025 10:00:00 +0100\r\nMessage-ID: <" + id + "@example.test>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see the attached report.\r\n"
                + "--b1\r\nContent-Type: application/zip; name=\"report.zip\"\r\n"
                + "Content-Disposition: attachment; filename=\"report.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64 + "--b1--\r\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
