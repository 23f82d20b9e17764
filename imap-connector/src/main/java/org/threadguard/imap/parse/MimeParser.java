package org.threadguard.imap.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.FileNames;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.model.MimeSummary;
import org.threadguard.heuristics.text.HtmlText;
import org.threadguard.heuristics.text.LinkExtractor;
import org.threadguard.heuristics.text.UrlHosts;

/**
 * Parses raw RFC 5322 bytes into a {@link MailMessage}. The header section is read directly from
 * the bytes (order, raw and decoded values, 8-bit headers); the MIME structure is walked with
 * Jakarta Mail over a shared, non-copying stream. Malformed input never escapes as an exception:
 * whatever could be read is kept and the message carries human-readable {@code parseProblems}.
 * Thread-safe.
 */
public final class MimeParser {
    private static final int MAX_DEPTH = 30;
    /** Attached messages are opened this many levels deep (a message attached to an attached message ...). */
    static final int MAX_ATTACHED_DEPTH = 3;
    private static final ThreadLocal<Integer> ATTACHED_DEPTH = ThreadLocal.withInitial(() -> 0);
    private static final Session SESSION;

    static {
        // Angus Mail reads most leniency switches from system properties, once.
        setIfAbsent("mail.mime.decodetext.strict", "false");
        setIfAbsent("mail.mime.decodefilename", "true");
        setIfAbsent("mail.mime.decodeparameters", "true");
        setIfAbsent("mail.mime.decodeparameters.strict", "false");
        setIfAbsent("mail.mime.parameters.strict", "false");
        setIfAbsent("mail.mime.base64.ignoreerrors", "true");
        setIfAbsent("mail.mime.uudecode.ignoreerrors", "true");
        setIfAbsent("mail.mime.uudecode.ignoremissingbeginend", "true");
        setIfAbsent("mail.mime.ignoreunknownencoding", "true");
        setIfAbsent("mail.mime.multipart.ignoremissingendboundary", "true");
        setIfAbsent("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        setIfAbsent("mail.mime.multipart.allowempty", "true");
        // Without this, every header parse runs a ServiceLoader scan of the class path.
        setIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        Properties props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.allowutf8", "true");
        SESSION = Session.getInstance(props);
    }

    private MimeParser() {
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && !value.isEmpty()) {
            System.setProperty(key, value);
        }
    }

    /**
     * Parses a message. Never throws for any input; {@code raw} is not modified or copied.
     *
     * @param raw the message bytes as received
     * @param key the message key ({@code account/folder/sourceKey})
     * @param folder the folder name
     */
    public static MailMessage parse(byte[] raw, String key, String folder) {
        byte[] bytes = raw == null ? new byte[0] : raw;
        Walk w = new Walk();
        HeaderBlock block = null;
        try {
            block = HeaderBlock.parse(bytes);
            w.problems.addAll(block.problems());
            w.walkBody(bytes, block);
        } catch (RuntimeException | StackOverflowError e) {
            w.problems.add("Message structure could not be read: " + describe(e));
        }
        return w.build(bytes, block, key, folder);
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + shorten(m, 160));
    }

    private static String shorten(String s, int max) {
        String t = s.replace('\r', ' ').replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max) + "...";
    }

    /** The state of one parse. */
    private static final class Walk {
        final List<String> problems = new ArrayList<>(2);
        final List<Attachment> attachments = new ArrayList<>(2);
        /** Web links inside attached documents (PDF link annotations). */
        final List<Link> attachmentLinks = new ArrayList<>(0);
        final StringBuilder layout = new StringBuilder(64);
        String text;
        String html;
        String textCharset = "";
        String textEncoding = "";
        String htmlCharset = "";
        String htmlEncoding = "";

        void walkBody(byte[] raw, HeaderBlock block) {
            MimeMessage msg;
            try {
                msg = new PreParsedMessage(raw, block);
            } catch (MessagingException | RuntimeException e) {
                problems.add("MIME structure unreadable, body kept as text: " + describe(e));
                keepAsText(raw, block.bodyOffset(), ContentInfo.parse(block.value("Content-Type")).charset());
                return;
            }
            walk(msg, 0);
        }

        private void keepAsText(byte[] raw, int offset, String charset) {
            if (text == null && offset < raw.length) {
                byte[] body = java.util.Arrays.copyOfRange(raw, offset, raw.length);
                text = decodeText(body, charset);
                textCharset = charset;
            }
        }

        void walk(Part part, int depth) {
            if (depth > MAX_DEPTH) {
                problems.add("MIME nesting deeper than " + MAX_DEPTH + " levels ignored");
                return;
            }
            ContentInfo ct = ContentInfo.parse(header(part, "Content-Type"));
            String base = ct.baseType();
            if (base.startsWith("multipart/")) {
                layout.append(base).append('(');
                walkMultipart(part, base, depth);
                layout.append(')');
                return;
            }
            layout.append(base);
            leaf(part, ct);
        }

        private void walkMultipart(Part part, String base, int depth) {
            try {
                if (!(part instanceof MimePart mimePart)) {
                    return;
                }
                // Built directly: part.getContent() goes through the activation framework's lookups.
                MimeMultipart mp = new MimeMultipart(new MimePartDataSource(mimePart));
                if (!mp.isComplete()) {
                    problems.add("Broken " + base + ": closing boundary missing");
                }
                int count = mp.getCount();
                if (count == 0) {
                    problems.add("Broken " + base + ": no parts found");
                    keepStreamAsText(part);
                }
                for (int i = 0; i < count; i++) {
                    if (i > 0) {
                        layout.append(',');
                    }
                    BodyPart child = mp.getBodyPart(i);
                    walk(child, depth + 1);
                }
            } catch (MessagingException | RuntimeException e) {
                problems.add("Broken " + base + ", body kept as text: " + describe(e));
                keepStreamAsText(part);
            }
        }

        private void keepStreamAsText(Part part) {
            if (text != null) {
                return;
            }
            try (InputStream in = rawStream(part)) {
                if (in != null) {
                    text = decodeText(in.readAllBytes(), "");
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                problems.add("Body unreadable: " + describe(e));
            }
        }

        private void leaf(Part part, ContentInfo ct) {
            String base = ct.baseType();
            String dispositionValue = header(part, "Content-Disposition");
            String disposition = ContentInfo.firstToken(dispositionValue);
            String fileName = fileName(part, ct, dispositionValue);
            boolean isAttachment = "attachment".equals(disposition);
            boolean bodyType = "text/plain".equals(base) || "text/html".equals(base);
            if (bodyType && !isAttachment && fileName.isEmpty()) {
                if ("text/plain".equals(base) && text == null) {
                    text = decodeText(bytes(part, base), ct.charset());
                    textCharset = ct.charset();
                    textEncoding = ContentInfo.firstToken(header(part, "Content-Transfer-Encoding"));
                    return;
                }
                if ("text/html".equals(base) && html == null) {
                    html = decodeText(bytes(part, base), ct.charset());
                    htmlCharset = ct.charset();
                    htmlEncoding = ContentInfo.firstToken(header(part, "Content-Transfer-Encoding"));
                    return;
                }
                return; // a further inline text part (signature, footer): not an attachment
            }
            if (!isAttachment && fileName.isEmpty() && base.startsWith("text/")
                    && !"text/html".equals(base)) {
                return; // text/calendar, text/enriched... inline without a name
            }
            attachments.add(attachment(part, base, fileName, disposition));
        }

        /** Images looked at for a QR code in one message: a newsletter's dozens of pictures are not all read. */
        private static final int MAX_QR_IMAGES = 4;
        private int qrImagesRead;

        private Attachment attachment(Part part, String base, String fileName, String disposition) {
            byte[] content = bytes(part, base);
            List<ArchiveEntry> entries = List.of();
            boolean encrypted = false;
            String note = "";
            boolean zipMagic = content.length >= 4 && content[0] == 'P' && content[1] == 'K';
            if (zipMagic) {
                ZipListing listing = ZipListing.of(content);
                entries = listing.entries();
                encrypted = listing.encrypted();
                note = listing.note();
            } else if ("zip".equals(FileNames.extension(fileName))) {
                note = "named .zip but not a zip archive";
            } else if ("message/rfc822".equals(base)) {
                // an attached message: its own attachments are listed like an archive's entries
                entries = attachedMessageEntries(content);
                encrypted = entries.stream().anyMatch(ArchiveEntry::encrypted);
            }
            String sniffed = TypeSniffer.sniff(content, entries);
            if (TypeSniffer.OOXML.equals(sniffed)) {
                entries = List.of(); // an Office document, not an archive the user opens
                note = "";
            }
            if (entries.isEmpty() && note.isEmpty() && HtmlSmuggling.isWebPage(fileName, base, sniffed)) {
                Optional<String> redirect = HtmlSmuggling.redirectTarget(content);
                redirect.ifPresent(url -> attachmentLinks.add(
                        new Link(url, "", UrlHosts.hostOf(url), LinkSource.ATTACHMENT, false)));
                if (redirect.isEmpty()) {
                    for (String url : HtmlSmuggling.clickableLinks(content)) {
                        attachmentLinks.add(new Link(url, "", UrlHosts.hostOf(url), LinkSource.ATTACHMENT, false));
                    }
                }
                note = HtmlSmuggling.smuggledFile(content).map(name -> Attachment.SMUGGLES + name)
                        .or(() -> HtmlSmuggling.passwordFormTarget(content).map(host -> Attachment.ASKS_PASSWORD + host))
                        .or(() -> redirect.map(url -> Attachment.REDIRECTS + UrlHosts.hostOf(url)))
                        .or(() -> HtmlSmuggling.runsScript(content, fileName.toLowerCase(java.util.Locale.ROOT)
                                .matches(".*\\.svgz?") || sniffed.contains("svg") || base.contains("svg"))
                                ? Optional.of(Attachment.RUNS_SCRIPT) : Optional.empty())
                        .orElse("");
            }
            if (!encrypted && EncryptedDocuments.isEncrypted(content, sniffed)) {
                encrypted = true; // a password-protected PDF or Office document
            }
            boolean inline = "inline".equals(disposition)
                    || (disposition.isEmpty() && header(part, "Content-ID") != null);
            List<String> documentLinks = sniffed.contains("pdf") ? PdfLinks.of(content)
                    : TypeSniffer.OOXML.equals(sniffed) ? OfficeLinks.of(content)
                    : CalendarLinks.isCalendar(base, fileName, content) ? CalendarLinks.of(content) : List.of();
            for (String url : documentLinks) {
                attachmentLinks.add(new Link(url, url, UrlHosts.hostOf(url), LinkSource.ATTACHMENT, false));
            }
            if (qrImagesRead < MAX_QR_IMAGES && sniffed.contains("pdf")) {
                // a code printed in the document ("scan to view", "quishing"): its link leaves the mail filters'
                // sight and opens on the reader's phone
                for (java.awt.image.BufferedImage picture : PdfImages.of(content)) {
                    if (qrImagesRead++ >= MAX_QR_IMAGES) {
                        break;
                    }
                    QrCodes.read(picture).map(QrCodes::webLink).ifPresent(url -> attachmentLinks.add(
                            new Link(url, "", UrlHosts.hostOf(url), LinkSource.QR_CODE, false)));
                }
            }
            if (qrImagesRead < MAX_QR_IMAGES && QrCodes.isPicture(base, sniffed, content)) {
                qrImagesRead++;
                QrCodes.read(content).map(QrCodes::webLink).ifPresent(url -> attachmentLinks.add(
                        new Link(url, "", UrlHosts.hostOf(url), LinkSource.QR_CODE, false)));
            }
            return new Attachment(fileName, base, sniffed, content.length, sha256(content), inline, entries,
                    encrypted, note);
        }

        /**
         * The attachments of an attached message (and the entries of its archives, as {@code name/entry}),
         * parsed with the same parser; attached messages inside it are opened up to {@value #MAX_ATTACHED_DEPTH}
         * levels, no deeper.
         */
        private List<ArchiveEntry> attachedMessageEntries(byte[] content) {
            int depth = ATTACHED_DEPTH.get();
            if (depth >= MAX_ATTACHED_DEPTH) {
                return List.of();
            }
            ATTACHED_DEPTH.set(depth + 1);
            try {
                List<ArchiveEntry> out = new ArrayList<>();
                for (Attachment a : MimeParser.parse(content, "attached", "").attachments()) {
                    String name = a.fileName().isEmpty() ? "(" + a.declaredType() + ")" : a.fileName();
                    out.add(new ArchiveEntry(name, a.size(), a.encrypted()));
                    for (ArchiveEntry e : a.archiveEntries()) {
                        if (out.size() < ZipListing.MAX_ENTRIES) {
                            out.add(new ArchiveEntry(name + "/" + e.name(), e.size(), e.encrypted()));
                        }
                    }
                }
                return out;
            } finally {
                ATTACHED_DEPTH.set(depth);
            }
        }

        private String fileName(Part part, ContentInfo ct, String dispositionValue) {
            String name = null;
            try {
                name = part.getFileName();
            } catch (MessagingException | RuntimeException e) {
                problems.add("Unreadable attachment name: " + describe(e));
            }
            if (name == null || name.isBlank()) {
                if (dispositionValue != null) {
                    name = ContentInfo.param(dispositionValue, "filename");
                }
                if (name == null || name.isBlank()) {
                    name = ct.name();
                }
            }
            if (name == null) {
                return "";
            }
            name = HeaderBlock.unfold(name).strip();
            return name.contains("=?") ? EncodedWords.decode(name) : name;
        }

        private byte[] bytes(Part part, String base) {
            String encoding = ContentInfo.firstToken(header(part, "Content-Transfer-Encoding"));
            try (InputStream in = rawStream(part)) {
                byte[] raw = in == null ? new byte[0] : in.readAllBytes();
                return TransferDecoding.decode(raw, encoding, base + " part", problems);
            } catch (IOException | MessagingException | RuntimeException e) {
                problems.add("Unreadable " + base + " part: " + describe(e));
                return new byte[0];
            }
        }

        private String decodeText(byte[] b, String charset) {
            Charsets.Decoded d = Charsets.decode(b, charset);
            if (!d.problem().isEmpty()) {
                problems.add(d.problem());
            }
            return d.text();
        }

        MailMessage build(byte[] raw, HeaderBlock block, String key, String folder) {
            List<Header> headers = block == null ? List.of() : block.headers();
            String messageId = "";
            List<String> inReplyTo = List.of();
            List<String> references = List.of();
            Address from = null;
            List<Address> to = List.of();
            List<Address> cc = List.of();
            List<Address> replyTo = List.of();
            String subject = "";
            OffsetDateTime date = null;
            Instant received = null;
            if (block != null) {
                try {
                    messageId = MessageIds.first(block.rawUnfolded("Message-ID"));
                    inReplyTo = MessageIds.all(block.rawUnfolded("In-Reply-To"));
                    references = MessageIds.all(block.rawUnfolded("References"));
                    List<Address> froms = Addresses.parse(block.rawUnfolded("From"));
                    from = froms.isEmpty() ? null : froms.get(0);
                    if (from == null && block.value("From") != null) {
                        problems.add("Unparseable From header: " + shorten(block.value("From"), 120));
                    }
                    to = Addresses.parse(block.rawUnfolded("To"));
                    cc = Addresses.parse(block.rawUnfolded("Cc"));
                    replyTo = Addresses.parse(block.rawUnfolded("Reply-To"));
                    String s = block.value("Subject");
                    subject = s == null ? "" : s;
                    String d = block.value("Date");
                    date = MailDates.parse(d);
                    if (date == null && d != null) {
                        problems.add("Unparseable Date header: " + shorten(d, 120));
                    }
                    received = receivedStamp(block);
                } catch (RuntimeException e) {
                    problems.add("Header fields could not be read: " + describe(e));
                }
            }
            String htmlText = "";
            List<Link> links = new ArrayList<>();
            try {
                if (html != null) {
                    HtmlText.Rendered rendered = HtmlText.render(html);
                    htmlText = rendered.text();
                    links.addAll(rendered.links());
                }
                if (text != null) {
                    links.addAll(LinkExtractor.fromText(text));
                }
                links.addAll(attachmentLinks);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("HTML could not be rendered: " + describe(e));
            }
            boolean plainMain = text != null;
            MimeSummary mime = new MimeSummary(layout.toString(),
                    (plainMain ? textCharset : htmlCharset).toLowerCase(Locale.ROOT),
                    (plainMain ? textEncoding : htmlEncoding).toLowerCase(Locale.ROOT), text != null, html != null);
            return new MailMessage(key, folder, headers, messageId, inReplyTo, references, from, to, cc, replyTo,
                    subject, date, received, text, html, htmlText, dedupe(links), attachments, mime, raw.length,
                    problems);
        }

        private Instant receivedStamp(HeaderBlock block) {
            String r = block.value("Received");
            if (r == null) {
                return null;
            }
            int semi = r.lastIndexOf(';');
            if (semi < 0) {
                problems.add("Top Received header has no date");
                return null;
            }
            OffsetDateTime t = MailDates.parse(r.substring(semi + 1));
            if (t == null) {
                problems.add("Unparseable date in top Received header: " + shorten(r.substring(semi + 1).strip(), 80));
                return null;
            }
            return t.toInstant();
        }
    }

    /**
     * A MimeMessage that takes its headers from our {@link HeaderBlock} instead of re-reading them
     * with Angus Mail's byte-at-a-time line reader (the single largest cost of a parse). The body is
     * a shared, non-copying view of the raw bytes.
     */
    private static final class PreParsedMessage extends MimeMessage {
        private HeaderBlock block;

        PreParsedMessage(byte[] raw, HeaderBlock block) throws MessagingException {
            super(SESSION);
            this.block = block;
            parse(new RawStream(raw, 0, raw.length));
            modified = false;
            saved = true;
        }

        @Override
        protected InternetHeaders createInternetHeaders(InputStream is) throws MessagingException {
            try {
                long toSkip = block.bodyOffset();
                while (toSkip > 0) {
                    long skipped = is.skip(toSkip);
                    if (skipped <= 0) {
                        break;
                    }
                    toSkip -= skipped;
                }
            } catch (IOException e) {
                throw new MessagingException("Cannot skip the header section", e);
            }
            return new BlockHeaders(block);
        }
    }

    /**
     * The fields of a {@link HeaderBlock} as Jakarta Mail headers, built without
     * {@link InternetHeaders#addHeader}'s case-insensitive search of the whole list (against some 40
     * placeholder entries) for every field. Lookups by name see the same values in the same order
     * as with {@code addHeader}: fields are appended in message order, except Received and
     * Return-Path, which {@code addHeader} itself places (in reverse order, at the top). The
     * placeholders only order headers that are added later, which never happens here.
     */
    private static final class BlockHeaders extends InternetHeaders {
        BlockHeaders(HeaderBlock block) {
            headers.clear();
            List<Header> fields = block.headers();
            List<String> values = block.unfolded();
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).name();
                if (name.equalsIgnoreCase("Received") || name.equalsIgnoreCase("Return-Path")) {
                    addHeader(name, values.get(i));
                } else {
                    headers.add(new InternetHeader(name, values.get(i)));
                }
            }
        }
    }

    /**
     * The message bytes as a shared stream, like {@link SharedByteArrayInputStream} but without
     * {@link java.io.ByteArrayInputStream}'s per-call locking: Jakarta Mail's multipart parser calls
     * mark/read/reset/skip once per boundary-length window of every body, and its line reader reads
     * one byte per call. The streams are confined to one parse. Sub-streams are of this class too, so
     * every part of the message is read this way.
     */
    private static final class RawStream extends SharedByteArrayInputStream {
        RawStream(byte[] buf, int offset, int length) {
            super(buf, offset, length);
        }

        @Override
        public InputStream newStream(long start, long end) {
            if (start < 0) {
                throw new IllegalArgumentException("start < 0");
            }
            long last = end == -1 ? count - this.start : end;
            return new RawStream(buf, this.start + (int) start, (int) (last - start));
        }

        @Override
        public int read() {
            return pos < count ? buf[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (pos >= count) {
                return -1;
            }
            int n = Math.min(len, count - pos);
            if (n <= 0) {
                return 0;
            }
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long k = count - pos;
            if (n < k) {
                k = n < 0 ? 0 : n;
            }
            pos += (int) k;
            return k;
        }

        @Override
        public int available() {
            return count - pos;
        }

        @Override
        public void mark(int readAheadLimit) {
            mark = pos;
        }

        @Override
        public void reset() {
            pos = mark;
        }
    }

    private static List<Link> dedupe(List<Link> links) {
        if (links.size() < 2) {
            return links;
        }
        Set<String> seen = new HashSet<>();
        List<Link> out = new ArrayList<>(links.size());
        for (Link l : links) {
            if (seen.add(l.source() + "\u0000" + l.href())) {
                out.add(l);
            }
        }
        return out;
    }

    private static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart p) {
            return p.getRawInputStream();
        }
        if (part instanceof MimeMessage m) {
            return m.getRawInputStream();
        }
        return null;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
