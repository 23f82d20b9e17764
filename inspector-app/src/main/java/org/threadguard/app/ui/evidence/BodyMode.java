package org.threadguard.app.ui.evidence;

/** How the message body is shown: all modes are text, none renders HTML or loads anything. */
public enum BodyMode {
    /** The text part (or the HTML converted to text), URLs defanged. */
    TEXT,
    /** The HTML part sanitised with jsoup's Safelist and shown as text, links replaced by defanged targets. */
    SANITISED_HTML,
    /** The header fields. */
    HEADERS,
    /** The raw source as received. */
    RAW
}
