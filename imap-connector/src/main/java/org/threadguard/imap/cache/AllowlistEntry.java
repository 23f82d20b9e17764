package org.threadguard.imap.cache;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.threadguard.heuristics.detect.Allowlist;

/**
 * One thing the user said is fine for one sender: links to a registrable domain, or attachments
 * of a type (extension or MIME type).
 *
 * @param kind what is allowed
 * @param sender the sender's address, lower case
 * @param value the registrable domain or the attachment type key, lower case
 * @param created when the entry was added
 */
public record AllowlistEntry(Kind kind, String sender, String value, Instant created) {
    /** What an entry allows. */
    public enum Kind { LINK_DOMAIN, ATTACHMENT_TYPE }

    public AllowlistEntry {
        Objects.requireNonNull(kind);
        sender = norm(sender);
        value = norm(value);
        Objects.requireNonNull(created);
    }

    static String norm(String s) {
        return Objects.requireNonNull(s).strip().toLowerCase(Locale.ROOT);
    }

    /** The heuristics' view of a list of entries. */
    public static Allowlist toAllowlist(List<AllowlistEntry> entries) {
        Set<String> links = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (AllowlistEntry e : entries) {
            (e.kind == Kind.LINK_DOMAIN ? links : types).add(Allowlist.entry(e.sender, e.value));
        }
        return new Allowlist(links, types);
    }
}
