package org.threadguard.imap.report;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where and how to connect for the report (SMTP) or the after-action (IMAP). A small record of its
 * own so that it can be filled from an account later; the password is never stored here, only a
 * way to ask for it.
 *
 * @param host the server
 * @param port the port
 * @param security how the connection is protected
 * @param user the login, empty for none
 * @param password asked for only when connecting; may return {@code null} for no login
 */
public record MailServer(String host, int port, Security security, String user, Supplier<char[]> password) {

    /** How a connection is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which is required (submission, port 587; IMAP 143). */
        STARTTLS,
        /** TLS from the first byte (port 465 for SMTP, 993 for IMAP). */
        TLS,
        /** No encryption at all: only allowed to a loopback address (a local relay, tests). */
        PLAIN_LOCALHOST;

        public static Security parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "starttls" -> STARTTLS;
                case "tls", "ssl" -> TLS;
                case "plain-localhost", "plain" -> PLAIN_LOCALHOST;
                default -> throw new IllegalArgumentException("Unknown security '" + s
                        + "' (starttls, tls or plain-localhost)");
            };
        }
    }

    public MailServer {
        Objects.requireNonNull(host);
        Objects.requireNonNull(security);
        if (host.isBlank()) {
            throw new IllegalArgumentException("No server host given");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        user = user == null ? "" : user;
        password = password == null ? () -> null : password;
    }

    /** Refuses an unencrypted connection to anything but this machine. */
    void checkPlainAllowed() {
        if (security != Security.PLAIN_LOCALHOST) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("Refusing an unencrypted connection to " + host
                            + ": plain-localhost is only for a server on this machine");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
    }

    @Override
    public String toString() {
        return "MailServer[" + host + ":" + port + ", " + security + (user.isEmpty() ? "" : ", user " + user) + "]";
    }
}
