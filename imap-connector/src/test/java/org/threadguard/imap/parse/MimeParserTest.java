package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.MailMessage;

class MimeParserTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = MimeParserTest.class.getResourceAsStream("/eml/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    static MailMessage parse(String name) throws IOException {
        return MimeParser.parse(fixture(name), "acct/INBOX/" + name, "INBOX");
    }

    @Test
    void multipartAlternativeUtf8WithEncodedWordsAndThreadHeaders() throws IOException {
        MailMessage m = parse("alternative-utf8.eml");
        assertThat(m.key()).isEqualTo("acct/INBOX/alternative-utf8.eml");
        assertThat(m.messageId()).isEqualTo("<CAB123.456@mail.example.org>");
        assertThat(m.inReplyTo()).containsExactly("<orig-1@example.com>");
        assertThat(m.references()).containsExactly("<root-0@example.com>", "<orig-1@example.com>");
        assertThat(m.from()).isEqualTo(new Address("Jürgen Müller", "juergen.mueller@example.org"));
        assertThat(m.to()).containsExactly(new Address("Anna Smith", "anna@example.com"), new Address("", "bob@example.com"));
        assertThat(m.cc()).extracting(Address::email).containsExactly("carol@example.com", "dave@example.com");
        assertThat(m.replyTo()).extracting(Address::email).containsExactly("juergen@example.org");
        assertThat(m.subject()).isEqualTo("Re: Überweisung für März");
        assertThat(m.date()).isEqualTo(OffsetDateTime.of(2024, 3, 5, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(m.received()).isEqualTo(OffsetDateTime.of(2024, 3, 5, 10, 15, 30, 0, ZoneOffset.ofHours(1)).toInstant());
        assertThat(m.text()).contains("die Überweisung ist da: https://bank.example/tx?id=1.");
        assertThat(m.html()).contains("<blockquote>");
        assertThat(m.htmlText()).contains("Hallo Anna, die Überweisung ist da: hier.").contains("> see doc");
        assertThat(m.links()).extracting(Link::href, Link::source, Link::quoted).containsExactly(
                tuple("https://bank.example/tx?id=1", org.threadguard.heuristics.model.LinkSource.HTML, false),
                tuple("http://old.example/doc", org.threadguard.heuristics.model.LinkSource.HTML, true),
                tuple("https://bank.example/tx?id=1", org.threadguard.heuristics.model.LinkSource.TEXT, false),
                tuple("http://old.example/doc", org.threadguard.heuristics.model.LinkSource.TEXT, true));
        assertThat(m.mime().layout()).isEqualTo("multipart/alternative(text/plain,text/html)");
        assertThat(m.mime().textCharset()).isEqualTo("utf-8");
        assertThat(m.mime().transferEncoding()).isEqualTo("quoted-printable");
        assertThat(m.mime().bodyKind()).isEqualTo("both");
        assertThat(m.headers()).extracting(h -> h.name()).startsWith("Received", "From", "To", "Cc");
        assertThat(m.headers().get(0).raw()).contains("\r\n\tby mail.example.com");
        assertThat(m.header("References")).hasValue("<root-0@example.com> junk (comment) <orig-1@example.com>");
        assertThat(m.attachments()).isEmpty();
        assertThat(m.size()).isEqualTo(fixture("alternative-utf8.eml").length);
        assertThat(m.parseProblems()).isEmpty();
    }

    @Test
    void latin1BodyEightBitHeadersAndUnknownCharset() throws IOException {
        MailMessage m = parse("latin1-mislabelled.eml");
        assertThat(m.from()).isEqualTo(new Address("François", "francois@example.fr"));
        assertThat(m.subject()).isEqualTo("Café résumé");
        assertThat(m.text()).isEqualTo("Chère Anna, voilà le café € 5.");
        assertThat(m.html()).contains("Grüße aus Köln");
        assertThat(m.date()).isEqualTo(OffsetDateTime.of(2024, 3, 5, 10, 15, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(m.mime().textCharset()).isEqualTo("iso-8859-1");
        assertThat(m.mime().transferEncoding()).isEqualTo("8bit");
        assertThat(m.parseProblems()).anyMatch(p -> p.contains("Unknown charset 'x-unknown-charset'"));
    }

    @Test
    void utf8MislabelledAsLatin1IsRead() {
        byte[] raw = ("From: a@example.com\nContent-Type: text/plain; charset=iso-8859-1\n\nGrüße\n")
                .getBytes(StandardCharsets.UTF_8);
        MailMessage m = MimeParser.parse(raw, "k", "INBOX");
        assertThat(m.text()).isEqualTo("Grüße\n");
    }

    @Test
    void outlookHtmlReplyWithInlineImageAndAttachedMessage() throws IOException {
        MailMessage m = parse("outlook-reply.eml");
        assertThat(m.text()).isEmpty();
        assertThat(m.bodyText()).startsWith("Please see the attached document Invoice").doesNotContain("Inner body");
        assertThat(m.links()).extracting(Link::host, Link::quoted)
                .containsExactly(tuple("files.evil.example", false), tuple("portal.corp.example", true));
        assertThat(m.mime().layout()).isEqualTo(
                "multipart/mixed(multipart/related(text/html,image/png),message/rfc822)");
        assertThat(m.mime().bodyKind()).isEqualTo("html");
        assertThat(m.mime().textCharset()).isEqualTo("us-ascii");
        assertThat(m.attachments()).extracting(Attachment::fileName, Attachment::declaredType, Attachment::sniffedType,
                Attachment::inline).containsExactly(
                        tuple("logo.png", "image/png", "image/png", true),
                        tuple("forwarded.eml", "message/rfc822", "", false));
        assertThat(m.attachments().get(0).sha256()).hasSize(64);
        assertThat(m.header("Thread-Index")).hasValue("AQHabc==");
    }

    @Test
    void malformedMessageIsKeptWithProblems() throws IOException {
        MailMessage m = parse("malformed.eml");
        assertThat(m.subject()).isEqualTo("broken");
        assertThat(m.date()).isNull();
        assertThat(m.messageId()).isEmpty();
        assertThat(m.to()).extracting(Address::email).containsExactly("anna@example.com");
        assertThat(m.bodyText()).contains("This body uses another boundary.");
        assertThat(m.parseProblems()).anyMatch(p -> p.startsWith("Unparseable Date header: sometime"))
                .anyMatch(p -> p.startsWith("Broken multipart/mixed"));
    }

    @Test
    void badBase64AndMissingEndBoundary() throws IOException {
        MailMessage m = parse("bad-base64.eml");
        assertThat(m.text()).startsWith("Hello ");
        assertThat(m.date()).isNull();
        assertThat(m.attachments()).extracting(Attachment::fileName, Attachment::sniffedType)
                .containsExactly(tuple("a.pdf", "application/pdf"));
        assertThat(m.parseProblems()).anyMatch(p -> p.contains("Invalid base64 in text/plain"))
                .anyMatch(p -> p.contains("closing boundary missing"))
                .anyMatch(p -> p.startsWith("Unparseable Date header"));
    }

    @Test
    void missingMessageIdAndLfLineEndings() throws IOException {
        MailMessage m = parse("no-message-id-lf.eml");
        assertThat(m.messageId()).isEmpty();
        assertThat(m.from()).isEqualTo(new Address("Carol", "carol@example.com"));
        assertThat(m.date().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(m.text()).isEqualTo("Just text, LF only, no Message-ID.\nSee www.example.net/page.\n");
        assertThat(m.links()).extracting(Link::host).containsExactly("www.example.net");
        assertThat(m.mime().layout()).isEqualTo("text/plain");
        assertThat(m.received()).isNull();
        assertThat(m.parseProblems()).isEmpty();
    }

    @Test
    void zipWithEncryptedEntryIsListed() throws IOException {
        byte[] zip = zip("invoice.js", "readme.txt");
        setEncryptedFlag(zip, "invoice.js");
        MailMessage m = MimeParser.parse(withAttachment("Invoice.zip", zip), "k", "INBOX");
        Attachment a = m.attachments().get(0);
        assertThat(a.fileName()).isEqualTo("Invoice.zip");
        assertThat(a.sniffedType()).isEqualTo("application/zip");
        assertThat(a.encrypted()).isTrue();
        assertThat(a.archiveEntries()).extracting(ArchiveEntry::name, ArchiveEntry::encrypted)
                .containsExactly(tuple("invoice.js", true), tuple("readme.txt", false));
        assertThat(a.archiveEntries().get(1).size()).isEqualTo("content of readme.txt".length());
        assertThat(a.archiveNote()).isEmpty();
        assertThat(a.size()).isEqualTo(zip.length);
        assertThat(m.mime().layout()).isEqualTo("multipart/mixed(text/plain,application/octet-stream)");
    }

    @Test
    void archiveWithManyEntriesIsListedBounded() throws IOException {
        String[] names = new String[5000];
        for (int i = 0; i < names.length; i++) {
            names[i] = "f" + i + ".txt";
        }
        MailMessage m = MimeParser.parse(withAttachment("bomb.zip", zip(names)), "k", "INBOX");
        Attachment a = m.attachments().get(0);
        assertThat(a.archiveEntries()).hasSize(ZipListing.MAX_ENTRIES);
        assertThat(a.archiveNote()).contains("truncated at 1000 of 5000");
    }

    @Test
    void nestedZipIsListedOneLevelDeep() throws IOException {
        byte[] inner = zip("payload.exe");
        setEncryptedFlag(inner, "payload.exe");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(inner);
            z.closeEntry();
        }
        ZipListing l = ZipListing.of(bos.toByteArray());
        assertThat(l.entries()).extracting(ArchiveEntry::name).containsExactly("inner.zip", "inner.zip/payload.exe");
        assertThat(l.encrypted()).isTrue();
    }

    @Test
    void officeDocumentIsSniffedAsOoxml() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        MailMessage m = MimeParser.parse(withAttachment("report.docx", docx), "k", "INBOX");
        assertThat(m.attachments().get(0).sniffedType()).isEqualTo(TypeSniffer.OOXML);
    }

    @Test
    void garbageNeverThrows() {
        byte[][] inputs = {
            new byte[0], "\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            "Content-Type: multipart/mixed\n\n".getBytes(StandardCharsets.US_ASCII),
            "Content-Type: multipart/mixed; boundary=\"\n\n--\n--\n".getBytes(StandardCharsets.US_ASCII),
            "Subject: =?utf-8?B?####?= =?bogus?Q?x?=\nDate: Mon, 99 Jan 2024\n\nx".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', '\n', (byte) 0x80}};
        for (byte[] in : inputs) {
            MailMessage m = MimeParser.parse(in, "k", "f");
            assertThat(m).isNotNull();
            assertThat(m.size()).isEqualTo(in.length);
        }
    }

    @Test
    void anAttachedMessageListsItsOwnAttachments() throws IOException {
        byte[] inner = withAttachment("Invoice_7731.zip", zip("Invoice_7731.pdf.exe", "readme.txt"));
        String outer = "From: a@example.com\r\nTo: b@example.com\r\nSubject: RE: invoice\r\nMessage-ID: <o@example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"O\"\r\n\r\n"
                + "--O\r\nContent-Type: text/plain\r\n\r\nSee the message below.\r\n"
                + "--O\r\nContent-Type: message/rfc822\r\n\r\n" + new String(inner, StandardCharsets.US_ASCII)
                + "\r\n--O--\r\n";
        MailMessage m = MimeParser.parse(outer.getBytes(StandardCharsets.US_ASCII), "k", "INBOX");
        assertThat(m.attachments()).hasSize(1);
        assertThat(m.attachments().get(0).declaredType()).isEqualTo("message/rfc822");
        assertThat(m.attachments().get(0).archiveEntries()).extracting(ArchiveEntry::name)
                .containsExactly("Invoice_7731.zip", "Invoice_7731.zip/Invoice_7731.pdf.exe", "Invoice_7731.zip/readme.txt");
        // messages attached inside attached messages are opened a bounded number of levels deep
        byte[] nested = outer.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < MimeParser.MAX_ATTACHED_DEPTH + 2; i++) {
            nested = ("From: a@example.com\r\nSubject: fw\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
                    + new String(nested, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        }
        assertThat(MimeParser.parse(nested, "k", "INBOX").parseProblems()).isNotNull();
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write(("content of " + n).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    /** Sets general-purpose bit 0 on the entry's local and central headers, as an encrypting zipper would. */
    static void setEncryptedFlag(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            int sig = (zip[i] & 0xff) | (zip[i + 1] & 0xff) << 8 | (zip[i + 2] & 0xff) << 16 | (zip[i + 3] & 0xff) << 24;
            if (sig == 0x04034b50 && matches(zip, i + 30, n)) {
                zip[i + 6] |= 1;
            } else if (sig == 0x02014b50 && matches(zip, i + 46, n)) {
                zip[i + 8] |= 1;
            }
        }
    }

    private static boolean matches(byte[] b, int off, byte[] n) {
        if (off + n.length > b.length) {
            return false;
        }
        for (int i = 0; i < n.length; i++) {
            if (b[off + i] != n[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] withAttachment(String fileName, byte[] content) {
        String msg = "From: a@example.com\r\nTo: b@example.com\r\nSubject: file\r\nMessage-ID: <z@example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nPassword: 123\r\n"
                + "--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\""
                + fileName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(content) + "\r\n--B--\r\n";
        return msg.getBytes(StandardCharsets.US_ASCII);
    }
}
