package org.threadguard.heuristics.model;

/** Where a link was found in a message. */
public enum LinkSource {
    /** An {@code <a href>} (or area/form action) in an HTML part. */
    HTML,
    /** A URL written out in a text part. */
    TEXT,
    /** A web link inside an attached document (a PDF's link annotations). */
    ATTACHMENT
}
