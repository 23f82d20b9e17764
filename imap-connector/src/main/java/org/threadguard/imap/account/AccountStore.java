package org.threadguard.imap.account;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The configured accounts, kept in a properties file in the data directory ({@code accounts.properties}).
 * Never holds a password: secrets go to a {@link CredentialStore}. Writes replace the file atomically.
 */
public final class AccountStore {
    private final Path file;

    /** A store backed by {@code file} (created on the first {@link #put}). */
    public AccountStore(Path file) {
        this.file = file;
    }

    /** The conventional file inside a data directory. */
    public static AccountStore inDirectory(Path dataDirectory) {
        return new AccountStore(dataDirectory.resolve("accounts.properties"));
    }

    /** Every account, sorted by name. */
    public synchronized List<ImapAccount> list() {
        Properties p = load();
        TreeSet<String> names = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            int dot = k.lastIndexOf('.');
            if (k.startsWith("account.") && dot > 8) {
                names.add(k.substring(8, dot));
            }
        }
        List<ImapAccount> out = new ArrayList<>();
        for (String n : names) {
            read(p, n).ifPresent(out::add);
        }
        return out;
    }

    /** The account with this name. */
    public synchronized Optional<ImapAccount> get(String name) {
        return read(load(), name);
    }

    /** Adds or replaces an account. */
    public synchronized void put(ImapAccount a) {
        Properties p = load();
        removeFrom(p, a.name());
        String pre = "account." + a.name() + ".";
        p.setProperty(pre + "host", a.host());
        p.setProperty(pre + "port", Integer.toString(a.port()));
        p.setProperty(pre + "security", a.security().name());
        p.setProperty(pre + "user", a.user());
        if (a.trustedCertSha256() != null) {
            p.setProperty(pre + "trustedCertSha256", a.trustedCertSha256());
        }
        save(p);
    }

    /** Removes an account; returns whether it existed. */
    public synchronized boolean remove(String name) {
        Properties p = load();
        boolean existed = removeFrom(p, name);
        if (existed) {
            save(p);
        }
        return existed;
    }

    private static boolean removeFrom(Properties p, String name) {
        String pre = "account." + name + ".";
        return p.keySet().removeIf(k -> k.toString().startsWith(pre) && k.toString().indexOf('.', pre.length()) < 0);
    }

    private static Optional<ImapAccount> read(Properties p, String name) {
        String pre = "account." + name + ".";
        String host = p.getProperty(pre + "host");
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new ImapAccount(name, host, Integer.parseInt(p.getProperty(pre + "port")),
                Security.valueOf(p.getProperty(pre + "security")), p.getProperty(pre + "user"),
                p.getProperty(pre + "trustedCertSha256")));
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the account list " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    private void save(Properties p) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "accounts", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Threadguard accounts (no passwords: those are in the system keyring)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the account list " + file + ": " + e.getMessage(), e);
        }
    }
}
