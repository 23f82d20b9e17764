package org.threadguard.imap.parse;

import java.nio.charset.StandardCharsets;

/**
 * Whether a document is password-protected: a PDF with an {@code /Encrypt} dictionary, or an Office
 * document saved with a password (an OLE compound file holding an {@code EncryptedPackage} stream,
 * which is how Word, Excel and PowerPoint store an encrypted .docx/.xlsx/.pptx). Virus scanners cannot
 * look inside either, which is why fake replies send them with the password in the text.
 *
 * <p>Byte searches only, over at most {@value #MAX_SCAN} bytes; nothing is decrypted or parsed.
 */
final class EncryptedDocuments {
    static final int MAX_SCAN = 32 * 1024 * 1024;
    private static final byte[] PDF_ENCRYPT = "/Encrypt".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OLE_ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private EncryptedDocuments() {
    }

    /** Whether {@code content}, of the sniffed type, is a password-protected document. */
    static boolean isEncrypted(byte[] content, String sniffedType) {
        int len = Math.min(content.length, MAX_SCAN);
        if (sniffedType.contains("pdf")) {
            return PdfLinks.indexOf(content, PDF_ENCRYPT, 0, len) >= 0;
        }
        if (sniffedType.contains("ole-storage")) {
            return PdfLinks.indexOf(content, OLE_ENCRYPTED_PACKAGE, 0, len) >= 0;
        }
        return false;
    }
}
