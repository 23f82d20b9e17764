package org.threadguard.app.ui.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing the user said is fine, as listed in the settings: a message marked as safe, or an
 * allowlist entry ("this sender's links to this domain / attachments of this type").
 *
 * @param kind what it is
 * @param subject the message key (safe mark) or the sender's address (allowlist)
 * @param value the note (safe mark), the registrable domain or the attachment type
 * @param created when the user said so
 */
public record SafetyEntry(Kind kind, String subject, String value, Instant created) {
    public enum Kind { SAFE_MARK, LINK_DOMAIN, ATTACHMENT_TYPE }

    public SafetyEntry {
        Objects.requireNonNull(kind);
        subject = subject == null ? "" : subject;
        value = value == null ? "" : value;
        Objects.requireNonNull(created);
    }
}
