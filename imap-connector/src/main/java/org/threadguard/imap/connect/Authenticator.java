package org.threadguard.imap.connect;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.util.Properties;
import org.threadguard.imap.account.ImapAccount;

/**
 * How Threadguard logs in to an IMAP server: the seam for authentication mechanisms.
 *
 * <p>{@link PasswordAuthenticator} does LOGIN/AUTHENTICATE PLAIN with a password. An OAuth2
 * implementation needs no change elsewhere: its {@link #configure} sets
 * {@code mail.<protocol>.auth.mechanisms=XOAUTH2} (Angus Mail has the SASL XOAUTH2 client built in) and
 * its {@link #login} passes a fresh access token where the password goes; the token source (refresh
 * token in a {@code CredentialStore}, browser flow) stays inside that class.
 */
public interface Authenticator {

    /** Adds the session properties this mechanism needs, for {@code protocol} ("imap" or "imaps"). */
    default void configure(Properties sessionProperties, String protocol) {
    }

    /** Connects and logs in {@code store}, which is not yet connected. */
    void login(Store store, ImapAccount account) throws MessagingException;
}
