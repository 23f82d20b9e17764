package org.threadguard.imap.account;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * Passwords in the operating system's keyring through java-keyring: Secret Service (GNOME Keyring,
 * KWallet) on Linux, Credential Manager on Windows, Keychain on macOS. Entries are keyed by service
 * {@value #SERVICE} and {@code user@host:port}.
 */
public final class KeyringCredentialStore implements CredentialStore {
    public static final String SERVICE = "Threadguard IMAP";
    private final Keyring keyring;

    private KeyringCredentialStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the platform's keyring.
     *
     * @throws CredentialStoreException with {@link CredentialStoreException#unavailable()} true when
     *     this machine has no usable keyring (e.g. no Secret Service on a headless Linux server)
     */
    public static KeyringCredentialStore open() throws CredentialStoreException {
        try {
            return new KeyringCredentialStore(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            throw new CredentialStoreException("No system keyring is available on this machine ("
                    + e.getClass().getSimpleName() + "). Use an environment variable or the password prompt.", true, e);
        }
    }

    static String entry(ImapAccount a) {
        return a.user() + "@" + a.host() + ":" + a.port();
    }

    @Override
    public Optional<char[]> password(ImapAccount account) throws CredentialStoreException {
        try {
            String p = keyring.getPassword(SERVICE, entry(account));
            return p == null ? Optional.empty() : Optional.of(p.toCharArray());
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry and an unreachable Secret Service the same way
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("not found") || m.contains("no password") || m.contains("could not be found")) {
                return Optional.empty();
            }
            throw new CredentialStoreException("The system keyring could not be read for account "
                    + account.name() + ".", isUnavailable(e), e);
        } catch (RuntimeException | LinkageError e) {
            throw new CredentialStoreException("The system keyring is not usable (" + e.getClass().getSimpleName()
                    + ").", true, e);
        }
    }

    @Override
    public void store(ImapAccount account, char[] password) throws CredentialStoreException {
        try {
            keyring.setPassword(SERVICE, entry(account), new String(password));
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            throw new CredentialStoreException("The password could not be saved in the system keyring for account "
                    + account.name() + ".", !(e instanceof PasswordAccessException) || isUnavailable(e), e);
        }
    }

    @Override
    public void delete(ImapAccount account) throws CredentialStoreException {
        try {
            keyring.deletePassword(SERVICE, entry(account));
        } catch (PasswordAccessException e) {
            // nothing stored: nothing to delete
        } catch (RuntimeException | LinkageError e) {
            throw new CredentialStoreException("The system keyring is not usable.", true, e);
        }
    }

    private static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("dbus") || m.contains("secret service") || m.contains("org.freedesktop")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "system keyring (" + keyring.getKeyringStorageType() + ")";
    }

    @Override
    public String toString() {
        return "KeyringCredentialStore[" + keyring.getKeyringStorageType() + "]";
    }
}
