package org.threadguard.imap.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's decision that a message is legitimate, remembered across scans.
 *
 * @param messageKey the {@code MailMessage#key()} it applies to
 * @param note the user's note, possibly empty
 * @param created when the mark was set
 */
public record SafeMark(String messageKey, String note, Instant created) {
    public SafeMark {
        Objects.requireNonNull(messageKey);
        note = note == null ? "" : note;
        Objects.requireNonNull(created);
    }
}
