package org.threadguard.imap.connect;

import java.time.Duration;

/**
 * Timeouts and TLS host-name checking for IMAP connections. Angus Mail's own defaults are infinite
 * timeouts; these are always set.
 *
 * @param connectTimeout TCP connect timeout
 * @param readTimeout socket read timeout
 * @param writeTimeout socket write timeout
 * @param checkServerIdentity whether the certificate must match the host name; {@code false} only in
 *     tests against servers whose certificate names no host (GreenMail)
 */
public record ConnectionSettings(Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
        boolean checkServerIdentity) {

    /** 15 s to connect, 60 s to read or write, host name checked. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(60), true);
    }

    /** A copy with other timeouts. */
    public ConnectionSettings withTimeouts(Duration connect, Duration read, Duration write) {
        return new ConnectionSettings(connect, read, write, checkServerIdentity);
    }
}
