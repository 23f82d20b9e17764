package org.threadguard.imap.account;

import java.util.Map;
import java.util.Optional;

/**
 * The password from an environment variable the user names (for headless servers and CI). Read-only:
 * {@link #store} and {@link #delete} are refused.
 */
public final class EnvironmentCredentialStore implements CredentialStore {
    private final String variable;
    private final Map<String, String> environment;

    /** Reads {@code variable} from the process environment. */
    public EnvironmentCredentialStore(String variable) {
        this(variable, System.getenv());
    }

    /** Reads {@code variable} from the given environment (for tests). */
    public EnvironmentCredentialStore(String variable, Map<String, String> environment) {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("Name the environment variable that holds the password.");
        }
        this.variable = variable;
        this.environment = environment;
    }

    @Override
    public Optional<char[]> password(ImapAccount account) throws CredentialStoreException {
        String v = environment.get(variable);
        if (v == null) {
            throw new CredentialStoreException("The environment variable " + variable + " is not set.", false, null);
        }
        return Optional.of(v.toCharArray());
    }

    @Override
    public void store(ImapAccount account, char[] password) throws CredentialStoreException {
        throw new CredentialStoreException("Passwords cannot be stored in environment variable " + variable + ".",
                false, null);
    }

    @Override
    public void delete(ImapAccount account) {
        // nothing is stored
    }

    @Override
    public String describe() {
        return "environment variable " + variable;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialStore[" + variable + "]";
    }
}
