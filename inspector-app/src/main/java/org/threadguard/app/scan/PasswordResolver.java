package org.threadguard.app.scan;

import java.io.Console;
import java.util.Locale;
import java.util.Optional;
import org.threadguard.imap.account.CredentialStoreException;
import org.threadguard.imap.account.EnvironmentCredentialStore;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.KeyringCredentialStore;

/**
 * Finds an account's password for the command line: the environment variable the user named, else the
 * system keyring (when there is one), else a prompt on the console. Never prints the password.
 */
public final class PasswordResolver {
    private PasswordResolver() {
    }

    /**
     * The password, or an {@link IllegalStateException} with a clear message when there is none.
     *
     * @param passwordEnv the environment variable to read, or {@code null}
     */
    public static char[] resolve(ImapAccount account, String passwordEnv) {
        try {
            if (passwordEnv != null) {
                return new EnvironmentCredentialStore(passwordEnv).password(account).orElseThrow();
            }
            Optional<char[]> fromKeyring = keyring(account);
            if (fromKeyring.isPresent()) {
                return fromKeyring.get();
            }
        } catch (CredentialStoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("No password for " + account.user() + "@" + account.host()
                    + ": none in the system keyring and no terminal to ask. Use --password-env VARIABLE.");
        }
        char[] p = console.readPassword("Password for %s@%s: ", account.user(), account.host());
        if (p == null || p.length == 0) {
            throw new IllegalStateException("No password given.");
        }
        return p;
    }

    /** The keyring's password, or empty when there is no keyring or no entry. */
    static Optional<char[]> keyring(ImapAccount account) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return Optional.empty(); // no session bus: no Secret Service to ask (headless server)
        }
        try {
            return KeyringCredentialStore.open().password(account);
        } catch (CredentialStoreException e) {
            return Optional.empty();
        }
    }
}
