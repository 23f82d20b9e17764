package org.threadguard.heuristics.detect;

/** The verdict level; {@link #id()} is part of the output contract. */
public enum Level {
    CONSISTENT("consistent"),
    SUSPICIOUS("suspicious"),
    LIKELY_HIJACK("likely-hijack");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
