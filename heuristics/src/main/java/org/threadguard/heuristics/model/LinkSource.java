package org.threadguard.heuristics.model;

/** Where a link was found in a message. */
public enum LinkSource {
    /** An {@code <a href>} (or area/form action) in an HTML part. */
    HTML,
    /** A URL written out in a text part. */
    TEXT,
    /** A web link inside an attached document (a PDF's link annotations, an invitation's description). */
    ATTACHMENT,
    /**
     * A web link encoded in a QR code in an attached or inline image: hidden from mail filters and from a
     * reader who checks links before following them, and opened on a phone, outside the company's protection.
     */
    QR_CODE
}
