package org.threadguard.imap.account;

/** How the connection to the IMAP server is protected. */
public enum Security {
    /** TLS from the first byte (port 993). */
    IMAPS,
    /** Plain connection upgraded with STARTTLS before login (port 143); refusing servers without it. */
    STARTTLS,
    /**
     * No encryption at all: only allowed to 127.0.0.1/localhost (a local server or the demo). User interfaces
     * show a warning when the user picks it (the command line prints one).
     */
    PLAIN_LOCALHOST_ONLY;

    /** Whether {@code host} names this machine's loopback interface. */
    public static boolean isLoopback(String host) {
        return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "::1".equals(host)
                || "[::1]".equals(host);
    }
}
