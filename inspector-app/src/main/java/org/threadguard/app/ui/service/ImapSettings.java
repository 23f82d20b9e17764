package org.threadguard.app.ui.service;

/**
 * What the start screen's "add IMAP account" form collects. The password is passed separately
 * (as a char array) and goes to the keyring, never here.
 */
public record ImapSettings(String email, String host, int port, Security security, String username) {
    public enum Security { SSL_TLS, STARTTLS }

    public ImapSettings {
        email = email == null ? "" : email.strip();
        host = host == null ? "" : host.strip();
        username = username == null || username.isBlank() ? email : username.strip();
        security = security == null ? Security.SSL_TLS : security;
    }
}
