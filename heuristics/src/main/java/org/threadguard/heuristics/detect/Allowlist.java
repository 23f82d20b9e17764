package org.threadguard.heuristics.detect;

import java.util.Locale;
import java.util.Set;

/**
 * What the user has said is fine: "this sender's links to this domain" and "this sender's
 * attachments of this type". Detectors honour it for later messages; it never hides identity
 * findings (a spoofed name stays a spoofed name).
 *
 * @param senderLinkDomains entries {@code sender-address|registrable-domain}
 * @param senderAttachmentTypes entries {@code sender-address|type-key} (extension or MIME type)
 * @param safeMessageKeys keys of messages the user marked as safe: whatever their verdict, they
 *     teach the analysis what is normal for their thread and sender, as genuine mail does
 */
public record Allowlist(Set<String> senderLinkDomains, Set<String> senderAttachmentTypes, Set<String> safeMessageKeys) {
    public static final Allowlist EMPTY = new Allowlist(Set.of(), Set.of());

    public Allowlist {
        senderLinkDomains = senderLinkDomains == null ? Set.of() : Set.copyOf(senderLinkDomains);
        senderAttachmentTypes = senderAttachmentTypes == null ? Set.of() : Set.copyOf(senderAttachmentTypes);
        safeMessageKeys = safeMessageKeys == null ? Set.of() : Set.copyOf(safeMessageKeys);
    }

    public Allowlist(Set<String> senderLinkDomains, Set<String> senderAttachmentTypes) {
        this(senderLinkDomains, senderAttachmentTypes, Set.of());
    }

    /** The same entries plus messages the user marked as safe (by message key). */
    public Allowlist withSafeMessages(Set<String> messageKeys) {
        return new Allowlist(senderLinkDomains, senderAttachmentTypes, messageKeys);
    }

    public boolean isMarkedSafe(String messageKey) {
        return safeMessageKeys.contains(messageKey);
    }

    public static String entry(String sender, String value) {
        return sender.toLowerCase(Locale.ROOT) + "|" + value.toLowerCase(Locale.ROOT);
    }

    public boolean allowsLink(String sender, String registrableDomain) {
        return senderLinkDomains.contains(entry(sender, registrableDomain));
    }

    public boolean allowsAttachment(String sender, String typeKey) {
        return senderAttachmentTypes.contains(entry(sender, typeKey));
    }
}
