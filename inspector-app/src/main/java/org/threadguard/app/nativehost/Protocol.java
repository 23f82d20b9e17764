package org.threadguard.app.nativehost;

/** Constants of the native-messaging protocol (docs/native-messaging.md). */
public final class Protocol {
    /** The protocol version this host speaks. Bumped on incompatible changes. */
    public static final int VERSION = 1;
    /** The oldest add-on protocol version this host still understands. */
    public static final int MIN_VERSION = 1;
    /** The host manifest's name (Firefox/Thunderbird: dot-separated word characters). */
    public static final String HOST_NAME = "org.threadguard.host";
    /** The add-on's id (manifest browser_specific_settings.gecko.id). */
    public static final String ADDON_ID = "threadguard@threadguard.org";
    /** Thunderbird refuses host-to-extension messages over 1 MiB. */
    public static final int MAX_OUTGOING_BYTES = 1024 * 1024;
    /** What the host aims for (leaves room below the hard limit). */
    public static final int OUTGOING_BUDGET = 1_000_000;
    /** Our own cap on one incoming frame (the browser allows far more; the add-on sends chunks). */
    public static final int MAX_INCOMING_BYTES = 8 * 1024 * 1024;
    /** At most this many messages (target + context) per analysis. */
    public static final int MAX_MESSAGES = 500;
    /** At most this many decoded bytes per analysis. */
    public static final long MAX_ANALYSIS_BYTES = 128L * 1024 * 1024;
    /** At most this many analyses may be open (begun, not ended) at once. */
    public static final int MAX_OPEN_ANALYSES = 16;

    private Protocol() {
    }

    public static boolean compatible(int addonProtocolVersion) {
        return addonProtocolVersion >= MIN_VERSION && addonProtocolVersion <= VERSION;
    }
}
