package org.threadguard.heuristics.model;

/**
 * The MIME layout of a message, part of the sender's client fingerprint.
 *
 * @param layout the content-type tree in short form, e.g. {@code multipart/alternative(text/plain,text/html)}
 * @param textCharset the charset declared on the main text part, lower case, empty when none
 * @param transferEncoding the transfer encoding of the main text part, lower case, empty when none
 * @param hasPlain whether a text/plain body exists
 * @param hasHtml whether a text/html body exists
 */
public record MimeSummary(String layout, String textCharset, String transferEncoding, boolean hasPlain, boolean hasHtml) {
    public static final MimeSummary EMPTY = new MimeSummary("", "", "", false, false);

    public MimeSummary {
        layout = layout == null ? "" : layout;
        textCharset = textCharset == null ? "" : textCharset;
        transferEncoding = transferEncoding == null ? "" : transferEncoding;
    }

    /** {@code plain}, {@code html}, {@code both} or {@code none}. */
    public String bodyKind() {
        if (hasPlain && hasHtml) {
            return "both";
        }
        return hasPlain ? "plain" : hasHtml ? "html" : "none";
    }
}
