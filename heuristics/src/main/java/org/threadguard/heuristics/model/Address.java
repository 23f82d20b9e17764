package org.threadguard.heuristics.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A mailbox address with its display name, as written in a From/To/Cc/Reply-To header.
 *
 * @param displayName the decoded display name, empty when the header had none
 * @param email the address in lower case ({@code local@domain}); may be empty for broken headers
 */
public record Address(String displayName, String email) {

    public Address {
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Address of(String displayName, String email) {
        return new Address(displayName, email);
    }

    /** The domain part in lower case, or an empty string. */
    public String domain() {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    /** The local part, or the whole address when there is no {@code @}. */
    public String localPart() {
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    public boolean hasDisplayName() {
        return !displayName.isEmpty();
    }

    /** {@code "Name <email>"} or just the address. */
    @Override
    public String toString() {
        return displayName.isEmpty() ? email : displayName + " <" + email + ">";
    }

    public boolean sameMailbox(Address other) {
        return other != null && Objects.equals(email, other.email);
    }
}
