package org.threadguard.heuristics.model;

/**
 * One header field as it appeared in the message, in order.
 *
 * @param name the field name as written
 * @param value the unfolded value with RFC 2047 encoded words decoded
 * @param raw the raw value as received (folded, undecoded)
 */
public record Header(String name, String value, String raw) {
    public Header {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
        raw = raw == null ? value : raw;
    }

    public boolean is(String fieldName) {
        return name.equalsIgnoreCase(fieldName);
    }
}
