package org.threadguard.imap.report;

import java.util.Properties;

/** Session properties with timeouts always set and certificates always verified. */
final class MailSessions {
    static final int CONNECT_TIMEOUT_MS = 15_000;
    static final int IO_TIMEOUT_MS = 30_000;

    private MailSessions() {
    }

    /** Properties for {@code smtp} or {@code imap} on this server. */
    static Properties properties(String protocol, MailServer server) {
        server.checkPlainAllowed();
        String p = server.security() == MailServer.Security.TLS ? protocol + "s" : protocol;
        Properties props = new Properties();
        props.put("mail." + p + ".host", server.host());
        props.put("mail." + p + ".port", Integer.toString(server.port()));
        props.put("mail." + p + ".connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        props.put("mail." + p + ".timeout", Integer.toString(IO_TIMEOUT_MS));
        props.put("mail." + p + ".writetimeout", Integer.toString(IO_TIMEOUT_MS));
        switch (server.security()) {
            case STARTTLS -> {
                props.put("mail." + p + ".starttls.enable", "true");
                props.put("mail." + p + ".starttls.required", "true");
                props.put("mail." + p + ".ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.put("mail." + p + ".ssl.enable", "true");
                props.put("mail." + p + ".ssl.checkserveridentity", "true");
            }
            case PLAIN_LOCALHOST -> {
                props.put("mail." + p + ".starttls.enable", "false");
            }
        }
        if (protocol.equals("smtp")) {
            props.put("mail." + p + ".auth", Boolean.toString(!server.user().isEmpty()));
        }
        props.put("mail.transport.protocol", server.security() == MailServer.Security.TLS ? "smtps" : "smtp");
        props.put("mail.store.protocol", server.security() == MailServer.Security.TLS ? "imaps" : "imap");
        return props;
    }

    static String protocol(String base, MailServer server) {
        return server.security() == MailServer.Security.TLS ? base + "s" : base;
    }
}
