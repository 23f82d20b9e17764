package org.threadguard.imap.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The roughly square pictures drawn in a PDF document, decoded to grey levels for {@link QrCodes}: a QR code
 * printed in a PDF ("scan to view the document", "quishing") is a link the mail filters do not see and the
 * reader opens on a phone, outside the company's protection.
 *
 * <p>Reads image XObjects (8-bit grey, RGB or CMYK samples, or 1-bit black and white) compressed with Flate
 * (with or without PNG predictors) or stored as JPEG (DCT). Never renders a page or runs anything. Bounded:
 * at most {@value #MAX_IMAGES} images of {@value QrCodes#MIN_SIDE}-{@value QrCodes#MAX_SIDE} pixels a side,
 * at most {@value #MAX_SAMPLES} inflated bytes each; malformed input yields fewer images, never an exception.
 */
final class PdfImages {
    static final int MAX_IMAGES = 4;
    static final int MAX_SAMPLES = 4 * 1024 * 1024;
    /** How far before a stream its dictionary may start (image dictionaries are short). */
    private static final int MAX_DICTIONARY = 2_048;
    private static final Pattern WIDTH = Pattern.compile("/Width\\s+(\\d{1,5})");
    private static final Pattern HEIGHT = Pattern.compile("/Height\\s+(\\d{1,5})");
    private static final Pattern BITS = Pattern.compile("/BitsPerComponent\\s+(\\d{1,2})");
    private static final Pattern PREDICTOR = Pattern.compile("/Predictor\\s+(\\d{1,2})");

    private PdfImages() {
    }

    /** The square-ish pictures of the document, as images {@link QrCodes#read(BufferedImage)} can look at. */
    static List<BufferedImage> of(byte[] pdf) {
        List<BufferedImage> out = new ArrayList<>();
        try {
            PdfLinks.streams(pdf, (s, start, end) -> {
                String dict = new String(pdf, Math.max(0, s - MAX_DICTIONARY), Math.min(s, MAX_DICTIONARY),
                        StandardCharsets.ISO_8859_1);
                int obj = dict.lastIndexOf(" obj");
                if (obj >= 0) {
                    dict = dict.substring(obj);
                }
                if (dict.contains("/Image")) {
                    BufferedImage image = decode(dict, pdf, start, end);
                    if (image != null) {
                        out.add(image);
                    }
                }
                return out.size() < MAX_IMAGES;
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            // a damaged or hostile document: the pictures found so far
        }
        return out;
    }

    private static int number(Pattern p, String dict, int otherwise) {
        Matcher m = p.matcher(dict);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    private static BufferedImage decode(String dict, byte[] pdf, int start, int end) {
        int w = number(WIDTH, dict, 0);
        int h = number(HEIGHT, dict, 0);
        if (w < QrCodes.MIN_SIDE || h < QrCodes.MIN_SIDE || w > QrCodes.MAX_SIDE || h > QrCodes.MAX_SIDE
                || w > h * 1.6 || h > w * 1.6) {
            return null;
        }
        if (dict.contains("/DCTDecode")) {
            try {
                return ImageIO.read(new ByteArrayInputStream(pdf, start, end - start)); // null for CMYK JPEGs
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        if (!dict.contains("/FlateDecode")) {
            return null; // other filters (JBIG2, CCITT, LZW) are left alone
        }
        int bits = number(BITS, dict, 8);
        int colors = dict.contains("/DeviceRGB") ? 3 : dict.contains("/DeviceCMYK") ? 4
                : dict.contains("/DeviceGray") || dict.contains("/ImageMask true") ? 1 : 0;
        if (bits != 8 && bits != 1) {
            return null;
        }
        boolean png = number(PREDICTOR, dict, 1) >= 10;
        long rowBytes = ((long) w * Math.max(1, colors) * bits + 7) / 8;
        long expected = (rowBytes + (png ? 1 : 0)) * h;
        if (colors == 0) {
            // an indirect or ICC colour space: told by how many bytes each pixel has
            expected = 0;
        }
        byte[] samples = PdfLinks.inflate(pdf, start, end - start, MAX_SAMPLES);
        if (colors == 0) {
            for (int c : new int[] {1, 3, 4}) {
                long rb = ((long) w * c * bits + 7) / 8;
                if (samples.length == (rb + (png ? 1 : 0)) * h) {
                    colors = c;
                    rowBytes = rb;
                    expected = samples.length;
                }
            }
        }
        if (colors == 0 || samples.length < expected) {
            return null;
        }
        byte[] rows = png ? unpredict(samples, (int) rowBytes, h, Math.max(1, colors * bits / 8)) : samples;
        if (rows == null) {
            return null;
        }
        // a stencil mask paints where its bit is 0; a /Decode [1 0] array inverts the samples
        boolean mask = dict.contains("/ImageMask true") || dict.replace(" ", "").contains("/Decode[10");
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = (int) (y * rowBytes);
            for (int x = 0; x < w; x++) {
                int v;
                if (bits == 1) {
                    int bit = (rows[row + x / 8] >> (7 - x % 8)) & 1;
                    v = bit == 1 ? 255 : 0; // a 1-bit grey picture is white where the bit is 1
                } else if (colors == 1) {
                    v = rows[row + x] & 0xff;
                } else if (colors == 3) {
                    int p = row + 3 * x;
                    v = ((rows[p] & 0xff) + (rows[p + 1] & 0xff) + (rows[p + 2] & 0xff)) / 3;
                } else {
                    int p = row + 4 * x;
                    int ink = Math.min(255, ((rows[p] & 0xff) + (rows[p + 1] & 0xff) + (rows[p + 2] & 0xff)) / 3
                            + (rows[p + 3] & 0xff));
                    v = 255 - ink;
                }
                grey[y * w + x] = (byte) (mask ? 255 - v : v);
            }
        }
        return image;
    }

    /** Undoes the PNG row filters (None, Sub, Up, Average, Paeth) of a Flate stream with a predictor >= 10. */
    private static byte[] unpredict(byte[] data, int rowBytes, int rows, int bpp) {
        byte[] out = new byte[rowBytes * rows];
        for (int y = 0; y < rows; y++) {
            int in = y * (rowBytes + 1);
            int filter = data[in] & 0xff;
            int o = y * rowBytes;
            for (int x = 0; x < rowBytes; x++) {
                int raw = data[in + 1 + x] & 0xff;
                int a = x >= bpp ? out[o + x - bpp] & 0xff : 0;
                int b = y > 0 ? out[o - rowBytes + x] & 0xff : 0;
                int c = x >= bpp && y > 0 ? out[o - rowBytes + x - bpp] & 0xff : 0;
                int v = switch (filter) {
                    case 0 -> raw;
                    case 1 -> raw + a;
                    case 2 -> raw + b;
                    case 3 -> raw + (a + b) / 2;
                    case 4 -> raw + paeth(a, b, c);
                    default -> -1;
                };
                if (v < 0) {
                    return null; // not PNG rows after all
                }
                out[o + x] = (byte) v;
            }
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
