package org.threadguard.imap.parse;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code of an attached or inline image ("scan the code with your phone to sign the document"):
 * the link it holds is a link of the message, which mail filters and a careful reader never see.
 *
 * <p>Only images that can be a QR code sent by mail are decoded: PNG, JPEG, GIF or BMP of at most
 * {@value #MAX_BYTES} bytes, roughly square (a signature logo or a banner is not), between {@value #MIN_SIDE}
 * and {@value #MAX_SIDE} pixels a side (a photo is not); the size is read from the image header before anything is decoded, so a
 * decompression bomb is refused unread. Malformed images yield nothing, never an exception.
 */
public final class QrCodes {
    static final int MAX_BYTES = 200 * 1024;
    static final int MIN_SIDE = 80;
    static final int MAX_SIDE = 1200;
    /** About the side, in pixels, at which a picture is read. */
    static final int READ_SIDE = 320;
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE));
    }

    private QrCodes() {
    }

    /** Whether an attachment is a picture format worth looking at, by its content type or first bytes. */
    public static boolean isPicture(String declaredType, String sniffedType, byte[] content) {
        String t = (sniffedType.isEmpty() ? declaredType : sniffedType).toLowerCase(Locale.ROOT);
        return content.length <= MAX_BYTES && (t.equals("image/png") || t.equals("image/jpeg") || t.equals("image/gif")
                || t.equals("image/bmp"));
    }

    /** The text of the QR code in the image, if it has one. */
    public static Optional<String> read(byte[] content) {
        try {
            BufferedImage image = decodeBounded(content);
            return image == null ? Optional.empty() : read(image);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Optional.empty(); // a damaged or hostile image: no code read
        }
    }

    /** The text of the QR code in a decoded picture (at most {@value #MAX_SIDE} pixels a side), if it has one. */
    static Optional<String> read(BufferedImage image) {
        try {
            if (image.getWidth() > READ_SIDE * 2 || image.getHeight() > READ_SIDE * 2) {
                // as for picture files: a code needs a few pixels per module, not hundreds
                int step = Math.max(image.getWidth(), image.getHeight()) / READ_SIDE;
                BufferedImage small = new BufferedImage(image.getWidth() / step, image.getHeight() / step,
                        BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = small.createGraphics();
                try {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, small.getWidth(), small.getHeight());
                    g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
                } finally {
                    g.dispose();
                }
                image = small;
            }
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
            Result r = new QRCodeReader().decode(bitmap, HINTS);
            String text = r.getText();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException | RuntimeException | OutOfMemoryError e) {
            return Optional.empty(); // a damaged or hostile image: no code read
        }
    }

    /**
     * The web address a QR code's text is, or leads to: an {@code http(s)} URL, or a bare {@code www.} host;
     * {@code null} for anything else (a contact card, Wi-Fi settings, plain text).
     */
    public static String webLink(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && t.length() > 10 && t.indexOf(' ') < 0) {
            return t;
        }
        if (lower.startsWith("www.") && t.indexOf(' ') < 0 && t.indexOf('.', 4) > 4) {
            return "http://" + t;
        }
        return null;
    }

    /** Decodes the image only if its header says it is roughly square and of a sensible size. */
    private static BufferedImage decodeBounded(byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE || w > h * 1.6 || h > w * 1.6) {
                    return null;
                }
                // a two-colour code compresses to a few hundredths of a byte per pixel in a lossless format; a
                // photo or a drawing with shades does not (JPEG, lossy, is not told apart this way)
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.contains("jp") && content.length > (long) w * h / 4) {
                    return null;
                }
                // a code needs a few pixels per module, not hundreds: large pictures are read at a fraction of
                // their size, which is most of the cost of looking at them
                int step = Math.max(1, Math.max(w, h) / READ_SIDE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Grey levels of an image for the reader (drawn on white, so transparent pixels read as paper). */
    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int w = image.getWidth();
            int h = image.getHeight();
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && !image.getColorModel().hasAlpha()) {
                grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            } else {
                BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D paint = g.createGraphics();
                try {
                    paint.setColor(Color.WHITE);
                    paint.fillRect(0, 0, w, h);
                    paint.drawImage(image, 0, 0, null);
                } finally {
                    paint.dispose();
                }
                grey = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            int w = getWidth();
            byte[] out = row == null || row.length < w ? new byte[w] : row;
            System.arraycopy(grey, y * w, out, 0, w);
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
