package org.threadguard.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.threadguard.app.scan.ImapSource;
import org.threadguard.app.scan.PasswordResolver;
import org.threadguard.app.scan.ScanService;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;
import org.threadguard.imap.connect.Authenticator;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.sync.CancellationToken;
import org.threadguard.imap.sync.SyncListener;
import org.threadguard.imap.sync.SyncOptions;
import org.threadguard.imap.sync.SyncResult;
import picocli.CommandLine.Option;

/** The IMAP options shared by {@code scan} and {@code sync}. */
final class ImapOptions {
    /** Runs one sync (the signature of {@link ScanService#syncImap}). */
    @FunctionalInterface
    interface Syncer {
        SyncResult sync(ImapAccount account, Authenticator authenticator, SyncOptions options, SyncListener listener,
                CancellationToken cancel) throws ImapConnectionException;
    }

    @Option(names = "--password-env", paramLabel = "VARIABLE",
            description = "Read the IMAP password from this environment variable (else: system keyring, then a prompt).")
    String passwordEnv;

    @Option(names = "--trust-cert", paramLabel = "SHA256",
            description = "Trust exactly the server certificate with this SHA-256 fingerprint (when it is self-signed "
                    + "or from an unknown authority; compare the fingerprint with your server first).")
    String trustCert;

    @Option(names = "--folder", paramLabel = "FOLDER",
            description = "Also sync this folder (repeatable); INBOX, Sent and Archive are always synced.")
    List<String> folders = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    /** Syncs {@code source} into the service's cache; returns the account synced. */
    ImapAccount sync(ScanService service, ImapSource source, PrintWriter err) throws ImapConnectionException {
        return sync(service::syncImap, source, err);
    }

    /** Syncs {@code source} with {@code syncer}; returns the account synced. */
    ImapAccount sync(Syncer syncer, ImapSource source, PrintWriter err) throws ImapConnectionException {
        ImapAccount account;
        try {
            account = source.account(trustCert);
        } catch (IllegalArgumentException e) {
            throw new ThreadguardCommand.UsageProblem(e.getMessage());
        }
        if (account.security() == Security.PLAIN_LOCALHOST_ONLY && !quiet) {
            err.println("threadguard: warning: connecting without encryption to " + account.host() + ".");
        }
        char[] password = PasswordResolver.resolve(account, passwordEnv);
        PasswordAuthenticator auth = new PasswordAuthenticator(password);
        Arrays.fill(password, '\0');
        try {
            List<String> extra = new ArrayList<>(folders);
            source.folder().ifPresent(extra::add);
            run(syncer, account, auth, extra, err);
            return account;
        } finally {
            auth.wipe();
        }
    }

    /** Syncs an account with progress on stderr and prints a one-line summary there. */
    SyncResult run(ScanService service, ImapAccount account, Authenticator auth, List<String> extra, PrintWriter err)
            throws ImapConnectionException {
        return run(service::syncImap, account, auth, extra, err);
    }

    SyncResult run(Syncer syncer, ImapAccount account, Authenticator auth, List<String> extra,
            PrintWriter err) throws ImapConnectionException {
        long t0 = System.nanoTime();
        SyncResult r = syncer.sync(account, auth, SyncOptions.defaults().withExtraFolders(extra),
                new SyncListener() {
                    @Override
                    public void progress(String folder, long done, long total) {
                        if (!quiet && total > 0 && (done == total || done % 1000 < 250)) {
                            err.printf("Syncing %s: %d/%d%n", folder, done, total);
                            err.flush();
                        }
                    }

                    @Override
                    public void warning(String message) {
                        err.println("threadguard: " + message);
                        err.flush();
                    }
                }, null);
        if (!quiet) {
            err.printf("Synced %s (%s) in %.1f s: %d new, %d removed, %d reconnects.%n", account.host(),
                    String.join(", ", r.folders().stream().map(f -> f.folder() + " " + f.total()).toList()),
                    (System.nanoTime() - t0) / 1e9, r.added(), r.removed(), r.reconnects());
            err.flush();
        }
        return r;
    }
}
