package org.threadguard.heuristics.thread;

/** How a message was attached to its parent in a thread, strongest first. */
public enum ThreadLink {
    /** The root of its thread, no parent. */
    ROOT,
    /** In-Reply-To / References (RFC 5256 REFERENCES, JWZ). */
    REFERENCES,
    /** Outlook Thread-Index (same conversation GUID) when References were missing. */
    THREAD_INDEX,
    /** Only the normalised subject matched: a weaker, marked link. */
    SUBJECT
}
