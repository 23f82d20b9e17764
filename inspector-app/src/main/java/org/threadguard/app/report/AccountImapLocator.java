package org.threadguard.app.report;

import java.util.Optional;
import java.util.function.Function;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.cache.FolderState;
import org.threadguard.imap.cache.MessageCache;
import org.threadguard.imap.report.MailServer;

/**
 * The real {@link SecurityReportService.ImapLocator}: a cache key {@code account/folder/UIDVALIDITY:UID}
 * of a message synced from a configured IMAP account becomes that account's server, the folder, the
 * UIDVALIDITY seen at the sync and the UID. The password is asked for only when the after-action
 * connects, from the same place the app takes it for a sync (keyring, the session's memory, an
 * environment variable on the command line).
 *
 * <p>Messages imported from local files (accounts {@code local:...}, or folders never synced over IMAP)
 * are not locatable: {@link #locate} returns empty. A message of an IMAP account that Threadguard
 * cannot reach any more (the account was removed) is refused with
 * {@link SecurityReportService.NotLocatableException}.
 */
public final class AccountImapLocator implements SecurityReportService.ImapLocator {
    private final MessageCache cache;
    private final Function<String, Optional<ImapAccount>> accounts;
    private final Function<ImapAccount, char[]> passwords;

    /**
     * @param cache the cache the keys come from (its folder states tell synced IMAP folders from local imports)
     * @param accounts the configured account of a cache account name
     * @param passwords the account's password, asked for only when connecting; a fresh array (it is wiped
     *     after use); may throw with a readable message when there is none
     */
    public AccountImapLocator(MessageCache cache, Function<String, Optional<ImapAccount>> accounts,
            Function<ImapAccount, char[]> passwords) {
        this.cache = cache;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** The parts of a cache key of an IMAP-synced message. */
    record Key(String account, String folder, long uidValidity, long uid) {
        /** Parses {@code account/folder/UIDVALIDITY:UID}; empty for keys of another shape (local sources). */
        static Optional<Key> parse(String key) {
            int first = key.indexOf('/');
            int last = key.lastIndexOf('/');
            if (first <= 0 || last <= first + 1) {
                return Optional.empty();
            }
            String source = key.substring(last + 1);
            int colon = source.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            try {
                long v = Long.parseLong(source.substring(0, colon));
                long u = Long.parseLong(source.substring(colon + 1));
                if (v <= 0 || u <= 0) {
                    return Optional.empty();
                }
                return Optional.of(new Key(key.substring(0, first), key.substring(first + 1, last), v, u));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    public Optional<SecurityReportService.ImapLocation> locate(String messageKey) {
        Optional<Key> parsed = Key.parse(messageKey);
        if (parsed.isEmpty() || parsed.get().account().startsWith("local:")) {
            return Optional.empty();
        }
        Key k = parsed.get();
        Optional<FolderState> synced = cache.folderState(k.account(), k.folder());
        if (synced.isEmpty()) {
            return Optional.empty(); // imported from a file, never synced over IMAP
        }
        ImapAccount account = accounts.apply(k.account()).orElseThrow(() ->
                new SecurityReportService.NotLocatableException("The account " + k.account()
                        + " is no longer configured in Threadguard, so it cannot reach the original; nothing was changed."));
        MailServer server = new MailServer(account.host(), account.port(), security(account), account.user(),
                () -> passwords.apply(account));
        return Optional.of(new SecurityReportService.ImapLocation(server, k.folder(), k.uidValidity(), k.uid()));
    }

    static MailServer.Security security(ImapAccount a) {
        return switch (a.security()) {
            case IMAPS -> MailServer.Security.TLS;
            case STARTTLS -> MailServer.Security.STARTTLS;
            case PLAIN_LOCALHOST_ONLY -> MailServer.Security.PLAIN_LOCALHOST;
        };
    }
}
