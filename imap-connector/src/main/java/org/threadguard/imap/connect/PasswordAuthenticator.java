package org.threadguard.imap.connect;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.Arrays;
import org.threadguard.imap.account.ImapAccount;

/** Logs in with the account's user name and a password. Never prints the password. */
public final class PasswordAuthenticator implements Authenticator {
    private final char[] password;

    /** Keeps a copy of {@code password}; the caller may wipe its array. */
    public PasswordAuthenticator(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("password");
        }
        this.password = password.clone();
    }

    @Override
    public void login(Store store, ImapAccount account) throws MessagingException {
        store.connect(account.host(), account.port(), account.user(), new String(password));
    }

    /** Overwrites the kept password; this authenticator cannot log in afterwards. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "PasswordAuthenticator[password=***]";
    }
}
