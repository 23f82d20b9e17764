package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;

/** A QR code printed in a PDF ("scan to view the document") gives its link to the message. */
class PdfImagesTest {
    private static final String LINK = "https://docs-view.harbour-relay.example/v/Q7x2";

    private static BitMatrix code(int side) throws Exception {
        return new QRCodeWriter().encode(LINK, BarcodeFormat.QR_CODE, side, side);
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** A one-page PDF whose page draws one image XObject with this dictionary and stream. */
    static byte[] pdf(String imageDict, byte[] stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >>"
                + " /Contents 5 0 R >> endobj\n4 0 obj << /Type /XObject /Subtype /Image " + imageDict + " /Length "
                + stream.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(head);
        out.writeBytes(stream);
        out.writeBytes(("\nendstream\nendobj\n5 0 obj << /Length 35 >>\nstream\nq 200 0 0 200 50 500 cm /Im0 Do Q\n"
                + "endstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] rgbSamples(BitMatrix m, int side, boolean pngRows) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < side; y++) {
            if (pngRows) {
                raw.write(y % 2 == 0 ? 2 : 1); // "Up" and "Sub" filters, with their differences below
            }
            for (int x = 0; x < side; x++) {
                int v = m.get(x, y) ? 0 : 255;
                for (int c = 0; c < 3; c++) {
                    int prev;
                    if (!pngRows) {
                        prev = 0;
                    } else if (y % 2 == 0) {
                        prev = y > 0 ? (m.get(x, y - 1) ? 0 : 255) : 0;
                    } else {
                        prev = x > 0 ? (m.get(x - 1, y) ? 0 : 255) : 0;
                    }
                    raw.write((v - prev) & 0xff);
                }
            }
        }
        return raw.toByteArray();
    }

    @Test
    void aCodeInAFlateCompressedPictureIsRead() throws Exception {
        int side = 200;
        BitMatrix m = code(side);
        byte[] doc = pdf("/Width 200 /Height 200 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                deflate(rgbSamples(m, side, false)));
        assertThat(PdfImages.of(doc)).hasSize(1);
        assertThat(QrCodes.read(PdfImages.of(doc).get(0))).hasValue(LINK);
    }

    @Test
    void aCodeStoredWithPngPredictorsOrAsJpegIsRead() throws Exception {
        int side = 200;
        BitMatrix m = code(side);
        byte[] doc = pdf("/Width 200 /Height 200 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode "
                + "/DecodeParms << /Predictor 15 /Colors 3 /Columns 200 >>", deflate(rgbSamples(m, side, true)));
        assertThat(QrCodes.read(PdfImages.of(doc).get(0))).hasValue(LINK);

        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, m.get(x, y) ? 0 : 0xffffff);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", jpeg);
        byte[] dct = pdf("/Width 200 /Height 200 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
                jpeg.toByteArray());
        assertThat(QrCodes.read(PdfImages.of(dct).get(0))).hasValue(LINK);
    }

    @Test
    void bannersDamagedStreamsAndDocumentsWithoutPicturesGiveNothing() throws Exception {
        byte[] banner = pdf("/Width 600 /Height 80 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                deflate(new byte[600 * 80]));
        assertThat(PdfImages.of(banner)).isEmpty();
        byte[] damaged = pdf("/Width 200 /Height 200 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                "not flate at all".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PdfImages.of(damaged)).isEmpty();
        assertThat(PdfImages.of("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(PdfImages.of(new byte[0])).isEmpty();
    }

    @Test
    void theParserGivesTheMessageTheLinkOfACodeInAnAttachedPdf() throws Exception {
        int side = 200;
        byte[] doc = pdf("/Width 200 /Height 200 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                deflate(rgbSamples(code(side), side, false)));
        String raw = "From: Port Agent <ops@harbour.example>\r\nTo: me@example.com\r\nSubject: RE: Clearance\r\n"
                + "Message-ID: <qrpdf@harbour.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Scan the code in the attached clearance to view it.\r\n--b\r\nContent-Type: application/pdf; name=c.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=c.pdf\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(doc) + "\r\n--b--\r\n";
        MailMessage msg = MimeParser.parse(raw.getBytes(StandardCharsets.ISO_8859_1), "k", "INBOX");
        assertThat(msg.links()).anySatisfy(l -> {
            assertThat(l.href()).isEqualTo(LINK);
            assertThat(l.source()).isEqualTo(LinkSource.QR_CODE);
        });
    }
}
