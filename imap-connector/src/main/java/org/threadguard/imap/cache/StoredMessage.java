package org.threadguard.imap.cache;

import java.util.Objects;
import org.threadguard.heuristics.model.MailMessage;

/**
 * A message ready to store: where it came from, its parsed form and its raw bytes.
 *
 * @param account the account name (for local imports, a name derived from the source)
 * @param folder the folder name
 * @param sourceKey the key inside the folder (UIDVALIDITY:UID, relative path or mbox offset)
 * @param message the parsed message; its {@code key} must be {@link #keyOf(String, String, String)}
 * @param raw the raw bytes as received
 */
public record StoredMessage(String account, String folder, String sourceKey, MailMessage message, byte[] raw) {
    public StoredMessage {
        Objects.requireNonNull(account);
        Objects.requireNonNull(folder);
        Objects.requireNonNull(sourceKey);
        Objects.requireNonNull(message);
        Objects.requireNonNull(raw);
    }

    /** The message key used in the model: {@code account/folder/sourceKey}. */
    public static String keyOf(String account, String folder, String sourceKey) {
        return account + "/" + folder + "/" + sourceKey;
    }
}
