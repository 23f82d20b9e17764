package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;

/** The web links of attached PDFs: plain and compressed objects, string forms, damaged and hostile files. */
class PdfLinksTest {
    /** A small PDF with one link annotation per URI, written as a PDF writer does (objects, xref). */
    static byte[] pdf(boolean compressed, String... uriObjects) {
        StringBuilder objs = new StringBuilder();
        for (String u : uriObjects) {
            objs.append("<< /Type /Annot /Subtype /Link /Rect [72 600 300 640] /A << /S /URI /URI ").append(u)
                    .append(" >> >>\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [5 0 R] >>\nendobj\n");
        byte[] content = "BT /F1 24 Tf 72 620 Td (Open document) Tj ET".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zipped = deflate(content);
        write(out, "4 0 obj\n<< /Length " + zipped.length + " /Filter /FlateDecode >>\nstream\r\n");
        out.writeBytes(zipped);
        write(out, "\r\nendstream\nendobj\n");
        if (compressed) {
            byte[] os = deflate(objs.toString().getBytes(StandardCharsets.ISO_8859_1));
            write(out, "5 0 obj\n<< /Type /ObjStm /N " + uriObjects.length + " /First 0 /Length " + os.length
                    + " /Filter /FlateDecode >>\nstream\n");
            out.writeBytes(os);
            write(out, "\nendstream\nendobj\n");
        } else {
            write(out, "5 0 obj\n" + objs + "endobj\n");
        }
        write(out, "xref\n0 6\ntrailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] deflate(byte[] in) {
        Deflater d = new Deflater();
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    @Test
    void linksInPlainObjects() {
        byte[] p = pdf(false, "(https://files.northwind-cdn.example/d/Invoice_4471.zip)", "(mailto:x@example.com)");
        assertThat(TypeSniffer.sniff(p)).isEqualTo("application/pdf");
        assertThat(PdfLinks.of(p)).containsExactly("https://files.northwind-cdn.example/d/Invoice_4471.zip");
    }

    @Test
    void linksInCompressedObjectStreamsAndEveryStringForm() {
        String hex = "<" + java.util.HexFormat.of().formatHex("https://hex.example/a".getBytes(StandardCharsets.US_ASCII)) + ">";
        byte[] p = pdf(true, "(https://docs.example.org/view\\(1\\)?a=\\061)", hex, "(http://paren.example/x(y)z)");
        assertThat(PdfLinks.of(p)).containsExactly("https://docs.example.org/view(1)?a=1", "https://hex.example/a",
                "http://paren.example/x(y)z");
    }

    @Test
    void damagedAndHostileFilesGiveWhatCanBeRead() {
        byte[] p = pdf(true, "(https://ok.example/)");
        byte[] cut = java.util.Arrays.copyOf(p, p.length / 2);
        assertThat(PdfLinks.of(cut)).isNotNull();
        // a deflate bomb: 64 MiB of zeros in a stream is read only up to the budget
        byte[] zeros = deflate(new byte[64 * 1024 * 1024]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n1 0 obj\n<< /Length " + zeros.length + " /Filter /FlateDecode >>\nstream\n");
        out.writeBytes(zeros);
        write(out, "\nendstream\nendobj\n2 0 obj\n<< /A << /URI (https://after-bomb.example/) >> >>\nendobj\n%%EOF");
        assertThat(PdfLinks.of(out.toByteArray())).containsExactly("https://after-bomb.example/");
        Random rnd = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[rnd.nextInt(4000)];
            rnd.nextBytes(junk);
            byte[] withHeader = new byte[junk.length + 8];
            System.arraycopy("%PDF-1.5".getBytes(StandardCharsets.US_ASCII), 0, withHeader, 0, 8);
            System.arraycopy(junk, 0, withHeader, 8, junk.length);
            assertThat(PdfLinks.of(withHeader)).isNotNull();
        }
        assertThat(PdfLinks.of("not a pdf".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void theParserGivesAPdfsLinksAsLinksOfTheMessage() {
        byte[] p = pdf(true, "(https://files.northwind-cdn.example/d/Invoice_4471.zip)");
        MailMessage m = MimeParser.parse(MimeParserTest.withAttachment("Invoice_4471.pdf", p), "k", "INBOX");
        assertThat(m.links()).extracting(Link::href, Link::source, Link::quoted)
                .contains(org.assertj.core.groups.Tuple.tuple("https://files.northwind-cdn.example/d/Invoice_4471.zip",
                        LinkSource.ATTACHMENT, false));
        assertThat(m.attachments()).hasSize(1);
    }

    @Test
    void passwordProtectedPdfsAndOfficeDocumentsAreMarkedEncrypted() {
        byte[] plain = pdf(false, "(https://ok.example/)");
        String withEncrypt = new String(plain, StandardCharsets.ISO_8859_1)
                .replace("trailer\n<< /Size 6 /Root 1 0 R >>", "trailer\n<< /Size 6 /Root 1 0 R /Encrypt 7 0 R /ID [<a1><a1>] >>");
        MailMessage enc = MimeParser.parse(MimeParserTest.withAttachment("Statement.pdf",
                withEncrypt.getBytes(StandardCharsets.ISO_8859_1)), "k", "INBOX");
        assertThat(enc.attachments().get(0).encrypted()).isTrue();
        assertThat(enc.attachments().get(0).isEncryptedDocument()).isTrue();
        assertThat(enc.attachments().get(0).isArchive()).isFalse();
        MailMessage open = MimeParser.parse(MimeParserTest.withAttachment("Statement.pdf", plain), "k", "INBOX");
        assertThat(open.attachments().get(0).encrypted()).isFalse();

        // an encrypted .docx is an OLE compound file with an "EncryptedPackage" stream (names in UTF-16LE)
        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        ole.writeBytes(java.util.HexFormat.of().parseHex("D0CF11E0A1B11AE1"));
        ole.writeBytes(new byte[1024]);
        ole.writeBytes("EncryptionInfo".getBytes(StandardCharsets.UTF_16LE));
        ole.writeBytes(new byte[50]);
        ole.writeBytes("EncryptedPackage".getBytes(StandardCharsets.UTF_16LE));
        ole.writeBytes(new byte[2048]);
        MailMessage docx = MimeParser.parse(MimeParserTest.withAttachment("Invoice.docx", ole.toByteArray()), "k", "INBOX");
        assertThat(docx.attachments().get(0).isEncryptedDocument()).isTrue();
        byte[] plainOle = java.util.Arrays.copyOf(java.util.HexFormat.of().parseHex("D0CF11E0A1B11AE1"), 4096);
        assertThat(MimeParser.parse(MimeParserTest.withAttachment("old.doc", plainOle), "k", "INBOX").attachments().get(0)
                .encrypted()).isFalse();
    }

    @Test
    void officeDocumentsGiveTheirHyperlinksAndRemoteTemplate() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            String[][] parts = {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                {"word/document.xml", "<w:document/>"},
                {"word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships>"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                    + " Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                    + " Target=\"https://portal.example.net/view?a=1&amp;b=2\" TargetMode=\"External\"/></Relationships>"},
                {"word/_rels/settings.xml.rels", "<Relationships><Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
                    + " Target=\"https://cdn.example.org/t/Normal.dotm\" TargetMode=\"External\"/></Relationships>"}};
            for (String[] part : parts) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        MailMessage m = MimeParser.parse(MimeParserTest.withAttachment("Report.docx", bytes.toByteArray()), "k", "INBOX");
        assertThat(m.links()).filteredOn(l -> l.source() == LinkSource.ATTACHMENT).extracting(Link::href)
                .containsExactly("https://portal.example.net/view?a=1&b=2", "https://cdn.example.org/t/Normal.dotm");
        assertThat(m.attachments().get(0).sniffedType()).isEqualTo("application/vnd.openxmlformats");
        // a damaged document gives what could be read, never an exception
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThat(OfficeLinks.of(cut)).isNotNull();
    }
}
