package org.threadguard.imap.account;

import java.util.Optional;

/**
 * Where an account's password lives. Implementations never log or print it; callers should wipe the
 * returned array after use.
 */
public interface CredentialStore {

    /** The stored password of an account, if this store has one. */
    Optional<char[]> password(ImapAccount account) throws CredentialStoreException;

    /** Stores (replaces) an account's password. */
    void store(ImapAccount account, char[] password) throws CredentialStoreException;

    /** Forgets an account's password; no effect when there is none. */
    void delete(ImapAccount account) throws CredentialStoreException;

    /** A short description for messages ("system keyring (Secret Service)", "environment variable X"). */
    String describe();
}
