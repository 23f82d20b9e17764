package org.threadguard.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;

/** A QR code in a picture gives its link to the message; pictures that cannot be one are not decoded. */
class QrCodesTest {
    static byte[] png(String text, int side, int height) throws Exception {
        BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side);
        BufferedImage img = new BufferedImage(side, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, y < side && m.get(x, y) ? 0x000000 : 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theCodesLinkIsRead() throws Exception {
        byte[] image = png("https://sign-docs.quartzline.example/s/7Hk2", 240, 240);
        assertThat(QrCodes.isPicture("image/png", "image/png", image)).isTrue();
        assertThat(QrCodes.read(image)).hasValue("https://sign-docs.quartzline.example/s/7Hk2");
        assertThat(QrCodes.webLink("https://sign-docs.quartzline.example/s/7Hk2")).isNotNull();
        assertThat(QrCodes.webLink("BEGIN:VCARD\nFN:Anna\nEND:VCARD")).isNull();
        assertThat(QrCodes.webLink("www.partner.example/menu")).isEqualTo("http://www.partner.example/menu");
    }

    @Test
    void bannersDamagedImagesAndBombsAreNotDecoded() throws Exception {
        // a wide banner is not a QR code: not decoded at all
        assertThat(QrCodes.read(png("https://banner.example/x", 200, 40))).isEmpty();
        assertThat(QrCodes.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})).isEmpty();
        assertThat(QrCodes.read("not an image".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // a header claiming 60,000 x 60,000 pixels is refused before decoding
        byte[] bomb = png("https://x.example/", 100, 100);
        bomb[16] = 0; bomb[17] = 0; bomb[18] = (byte) 0xea; bomb[19] = 0x60; // width 60000
        bomb[20] = 0; bomb[21] = 0; bomb[22] = (byte) 0xea; bomb[23] = 0x60; // height 60000
        assertThat(QrCodes.read(bomb)).isEmpty();
    }

    @Test
    void anInlineQrPictureGivesALinkOfTheMessage() throws Exception {
        String b64 = Base64.getMimeEncoder().encodeToString(png("https://sign-docs.quartzline.example/s/7Hk2", 240, 240));
        String raw = "From: Ben <ben@partner.example>\r\nTo: me@example.com\r\nSubject: RE: Proofs\r\n"
                + "Message-ID: <qr@partner.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<p>Scan the code below with your phone to sign the proof.</p><img src=\"cid:qr1\">\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <qr1>\r\n"
                + "Content-Disposition: inline; filename=image001.png\r\n\r\n" + b64 + "\r\n--b--\r\n";
        MailMessage m = MimeParser.parse(raw.getBytes(StandardCharsets.US_ASCII), "k", "INBOX");
        assertThat(m.links()).filteredOn(l -> l.source() == LinkSource.QR_CODE).singleElement()
                .satisfies(l -> assertThat(l.host()).isEqualTo("sign-docs.quartzline.example"));
    }
}
