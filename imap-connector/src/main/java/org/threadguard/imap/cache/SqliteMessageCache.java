package org.threadguard.imap.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The message cache in one SQLite file (WAL journal, synchronous=NORMAL, foreign keys on). The schema
 * is versioned with {@code PRAGMA user_version} and upgraded by {@link #MIGRATIONS} in order, each in
 * its own transaction. Parsed messages are stored in {@link MessageCodec} form next to the raw bytes,
 * and their {@link Envelope}s in a small table of their own, so that listing a mailbox does not read
 * the large rows (ADR 0005).
 *
 * <p>One connection, guarded by this object's monitor: safe to share between threads.
 */
public final class SqliteMessageCache implements MessageCache {

    /** Schema migrations; entry {@code i} upgrades the schema from version {@code i} to {@code i + 1}. */
    static final List<Migration> MIGRATIONS = List.of(
            Migration.of(

                    """
                    CREATE TABLE messages(
                      account TEXT NOT NULL,
                      folder TEXT NOT NULL,
                      source_key TEXT NOT NULL,
                      msg_key TEXT NOT NULL UNIQUE,
                      message_id TEXT NOT NULL,
                      date INTEGER,
                      raw BLOB NOT NULL,
                      parsed BLOB NOT NULL,
                      PRIMARY KEY(account, folder, source_key))""",
                    "CREATE INDEX messages_message_id ON messages(message_id)",
                    """
                    CREATE TABLE folder_state(
                      account TEXT NOT NULL,
                      folder TEXT NOT NULL,
                      uidvalidity INTEGER NOT NULL,
                      uidnext INTEGER NOT NULL,
                      highestmodseq INTEGER NOT NULL,
                      PRIMARY KEY(account, folder))""",
                    """
                    CREATE TABLE safe_marks(
                      msg_key TEXT PRIMARY KEY,
                      note TEXT NOT NULL,
                      created INTEGER NOT NULL)"""),
            Migration.of(
                    """
                    CREATE TABLE allowlist(
                      kind TEXT NOT NULL CHECK(kind IN ('LINK_DOMAIN','ATTACHMENT_TYPE')),
                      sender TEXT NOT NULL,
                      value TEXT NOT NULL,
                      created INTEGER NOT NULL,
                      PRIMARY KEY(kind, sender, value))"""),
            // version 3: envelopes for listing and threading without decoding whole messages; backfilled
            new Migration(List.of(
                    """
                    CREATE TABLE envelopes(
                      msg_key TEXT PRIMARY KEY REFERENCES messages(msg_key) ON DELETE CASCADE,
                      account TEXT NOT NULL,
                      folder TEXT NOT NULL,
                      envelope BLOB NOT NULL)"""),
                    c -> backfillEnvelopes(c, null)),
            // version 4: a generation per account, bumped by every change to its messages, and the thread list
            // (ThreadListing) stored under the generation it was built at
            Migration.of(
                    """
                    CREATE TABLE account_generation(
                      account TEXT PRIMARY KEY,
                      generation INTEGER NOT NULL)""",
                    """
                    CREATE TABLE thread_lists(
                      account TEXT PRIMARY KEY,
                      generation INTEGER NOT NULL,
                      data BLOB NOT NULL)"""));

    /** A step of {@link #MIGRATIONS}: SQL statements, then optionally code (e.g. a backfill), in one transaction. */
    record Migration(List<String> sql, Step then) {
        static Migration of(String... sql) {
            return new Migration(List.of(sql), null);
        }
    }

    /** Code run by a migration after its SQL, inside its transaction. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    private final Connection conn;
    private final Path file;

    private SqliteMessageCache(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** Opens (creating the file and its parent directories) and migrates the cache at {@code file}. */
    public static SqliteMessageCache open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            migrate(c);
            return new SqliteMessageCache(c, file);
        } catch (IOException | SQLException e) {
            throw new CacheException("Cannot open message cache " + file, e);
        }
    }

    /** The schema version this code writes. */
    public static int schemaVersion() {
        return MIGRATIONS.size();
    }

    static void migrate(Connection c) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > MIGRATIONS.size()) {
            throw new SQLException("Cache schema version " + version + " is newer than this program ("
                    + MIGRATIONS.size() + ")");
        }
        for (int v = version; v < MIGRATIONS.size(); v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                Migration m = MIGRATIONS.get(v);
                for (String sql : m.sql()) {
                    s.execute(sql);
                }
                if (m.then() != null) {
                    m.then().run(c);
                }
                s.execute("PRAGMA user_version=" + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized boolean contains(String account, String folder, String sourceKey) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT 1 FROM messages WHERE account=? AND folder=? AND source_key=?")) {
            ps.setString(1, account);
            ps.setString(2, folder);
            ps.setString(3, sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new CacheException("contains failed", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The messages are checked and encoded before the connection is taken, so several threads can
     * prepare their batches at the same time; only the inserts are serialised.
     */
    @Override
    public int putAll(Collection<StoredMessage> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<byte[]> parsed = new ArrayList<>(batch.size());
        for (StoredMessage m : batch) {
            String key = StoredMessage.keyOf(m.account(), m.folder(), m.sourceKey());
            if (!key.equals(m.message().key())) {
                throw new CacheException("Message key " + m.message().key() + " does not match " + key);
            }
            try {
                parsed.add(MessageCodec.encode(m.message()));
            } catch (RuntimeException e) {
                throw new CacheException("Storing " + batch.size() + " messages failed; nothing stored", e);
            }
        }
        synchronized (this) {
            return insert(batch, parsed);
        }
    }

    private int insert(Collection<StoredMessage> batch, List<byte[]> parsed) {
        try {
            conn.setAutoCommit(false);
            int added = 0;
            Set<String> changed = new HashSet<>(2);
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT OR IGNORE INTO messages(account, folder, source_key, msg_key, message_id, date, raw, parsed)"
                            + " VALUES(?,?,?,?,?,?,?,?)");
                    PreparedStatement envelopes = conn.prepareStatement(INSERT_ENVELOPE)) {
                int k = 0;
                for (StoredMessage m : batch) {
                    ps.setString(1, m.account());
                    ps.setString(2, m.folder());
                    ps.setString(3, m.sourceKey());
                    ps.setString(4, m.message().key());
                    ps.setString(5, m.message().messageId());
                    if (m.message().date() == null) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setLong(6, m.message().date().toInstant().toEpochMilli());
                    }
                    ps.setBytes(7, m.raw());
                    ps.setBytes(8, parsed.get(k++));
                    int one = ps.executeUpdate();
                    if (one > 0) {
                        added += one;
                        changed.add(m.account());
                    }
                    insertEnvelope(envelopes, m.account(), m.message());
                }
            }
            for (String account : changed) {
                bumpGeneration(account);
            }
            conn.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof CacheException c) {
                throw c;
            }
            throw new CacheException("Storing " + batch.size() + " messages failed; nothing stored", e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized List<MailMessage> loadAll(String account) {
        return query("SELECT parsed FROM messages WHERE account=?", account);
    }

    @Override
    public synchronized List<String> accounts() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT account FROM messages ORDER BY account");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new CacheException("accounts failed", e);
        }
        return out;
    }

    @Override
    public synchronized List<MailMessage> loadAll() {
        return query("SELECT parsed FROM messages", null);
    }

    @Override
    public synchronized List<Envelope> envelopes(String account) {
        try {
            return readEnvelopes(account);
        } catch (MessageCodec.FormatException e) {
            // written by another version of the envelope format: rebuild this account's envelopes once
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM envelopes WHERE account=?")) {
                ps.setString(1, account);
                ps.executeUpdate();
            } catch (SQLException s) {
                throw new CacheException("envelopes failed", s);
            }
            return readEnvelopes(account);
        }
    }

    private List<Envelope> readEnvelopes(String account) {
        try {
            if (countOf("SELECT COUNT(*) FROM messages WHERE account=?", account)
                    != countOf("SELECT COUNT(*) FROM envelopes WHERE account=?", account)) {
                // messages written without their envelope (another write path): fill them in once
                conn.setAutoCommit(false);
                try {
                    backfillEnvelopes(conn, account);
                    conn.commit();
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                } finally {
                    autoCommit();
                }
            }
            // only the blob: every text column read costs a JNI call and a UTF-8 decode per row
            try (PreparedStatement ps = conn.prepareStatement("SELECT envelope FROM envelopes WHERE account=?")) {
                ps.setString(1, account);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Envelope> out = new ArrayList<>();
                    Envelope.Pool pool = new Envelope.Pool();
                    while (rs.next()) {
                        out.add(Envelope.decode(rs.getBytes(1), pool));
                    }
                    return out;
                }
            }
        } catch (SQLException e) {
            throw new CacheException("envelopes failed", e);
        }
    }

    private long countOf(String sql, String account) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static final String INSERT_ENVELOPE =
            "INSERT OR IGNORE INTO envelopes(msg_key, account, folder, envelope) VALUES(?,?,?,?)";

    /** Stores a message's envelope; an existing one is kept (it belongs to the same, unchanged message). */
    private static void insertEnvelope(PreparedStatement ps, String account, MailMessage m) throws SQLException {
        ps.setString(1, m.key());
        ps.setString(2, account);
        ps.setString(3, m.folder());
        ps.setBytes(4, Envelope.of(m).encode());
        ps.executeUpdate();
    }

    /**
     * Writes the envelope of every message of {@code account} (every account when {@code null}) that has
     * none, from the stored parsed form, or from the raw bytes when that form is of an older version.
     * Runs in the caller's transaction.
     */
    static void backfillEnvelopes(Connection c, String account) throws SQLException {
        String sql = "SELECT m.account, m.msg_key, m.folder, m.parsed FROM messages m WHERE "
                + (account == null ? "" : "m.account=? AND ")
                + "NOT EXISTS (SELECT 1 FROM envelopes e WHERE e.msg_key=m.msg_key)";
        try (PreparedStatement select = c.prepareStatement(sql);
                PreparedStatement insert = c.prepareStatement(INSERT_ENVELOPE);
                PreparedStatement raw = c.prepareStatement("SELECT raw FROM messages WHERE msg_key=?")) {
            if (account != null) {
                select.setString(1, account);
            }
            List<Object[]> pending = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)});
                    if (pending.size() == 500) {
                        writeEnvelopes(pending, insert, raw);
                    }
                }
            }
            writeEnvelopes(pending, insert, raw);
        }
    }

    private static void writeEnvelopes(List<Object[]> rows, PreparedStatement insert, PreparedStatement raw)
            throws SQLException {
        for (Object[] r : rows) {
            String key = (String) r[1];
            String folder = (String) r[2];
            MailMessage m;
            try {
                m = MessageCodec.decode((byte[]) r[3]);
            } catch (MessageCodec.FormatException e) {
                raw.setString(1, key);
                try (ResultSet rs = raw.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    m = org.threadguard.imap.parse.MimeParser.parse(rs.getBytes(1), key, folder);
                }
            }
            insertEnvelope(insert, (String) r[0], m);
        }
        rows.clear();
    }

    @Override
    public synchronized Optional<byte[]> raw(String messageKey) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT raw FROM messages WHERE msg_key=?")) {
            ps.setString(1, messageKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CacheException("raw failed", e);
        }
    }

    @Override
    public synchronized List<MailMessage> findByMessageId(String messageId) {
        return query("SELECT parsed FROM messages WHERE message_id=?", messageId);
    }

    @Override
    public synchronized long count() {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM messages")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new CacheException("count failed", e);
        }
    }

    @Override
    public synchronized int remove(String account, String folder, Collection<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return 0;
        }
        try {
            conn.setAutoCommit(false);
            int removed = 0;
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM messages WHERE account=? AND folder=? AND source_key=?")) {
                for (String k : sourceKeys) {
                    ps.setString(1, account);
                    ps.setString(2, folder);
                    ps.setString(3, k);
                    removed += ps.executeUpdate();
                }
            }
            if (removed > 0) {
                bumpGeneration(account);
            }
            conn.commit();
            return removed;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new CacheException("remove failed", e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public synchronized List<String> sourceKeys(String account, String folder) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT source_key FROM messages WHERE account=? AND folder=?")) {
            ps.setString(1, account);
            ps.setString(2, folder);
            List<String> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CacheException("sourceKeys failed", e);
        }
    }

    @Override
    public synchronized void removeFolder(String account, String folder) {
        try {
            conn.setAutoCommit(false);
            for (String sql : List.of("DELETE FROM messages WHERE account=? AND folder=?",
                    "DELETE FROM folder_state WHERE account=? AND folder=?")) {
                try (PreparedStatement ps = conn.prepareStatement(sql)) {
                    ps.setString(1, account);
                    ps.setString(2, folder);
                    ps.executeUpdate();
                }
            }
            bumpGeneration(account);
            conn.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new CacheException("removeFolder failed", e);
        } finally {
            autoCommit();
        }
    }

    /** Inside a write transaction: the account's messages changed, so its stored thread list is stale. */
    private void bumpGeneration(String account) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO account_generation(account, generation)"
                + " VALUES(?, 1) ON CONFLICT(account) DO UPDATE SET generation = generation + 1")) {
            ps.setString(1, account);
            ps.executeUpdate();
        }
    }

    @Override
    public synchronized long generation(String account) {
        try {
            return generationInTransaction(account);
        } catch (SQLException e) {
            throw new CacheException("generation failed", e);
        }
    }

    @Override
    public synchronized Optional<byte[]> threadList(String account) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT t.data FROM thread_lists t"
                + " WHERE t.account=? AND t.generation = coalesce("
                + "(SELECT g.generation FROM account_generation g WHERE g.account = t.account), 0)")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CacheException("threadList failed", e);
        }
    }

    @Override
    public synchronized boolean putThreadList(String account, long generation, byte[] data) {
        try {
            conn.setAutoCommit(false);
            boolean stored = false;
            if (generationInTransaction(account) == generation) {
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT OR REPLACE INTO thread_lists(account, generation, data) VALUES(?,?,?)")) {
                    ps.setString(1, account);
                    ps.setLong(2, generation);
                    ps.setBytes(3, data);
                    stored = ps.executeUpdate() > 0;
                }
            }
            conn.commit();
            return stored;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new CacheException("putThreadList failed", e);
        } finally {
            autoCommit();
        }
    }

    /** The account's generation, read on the connection (inside a transaction when one is open). */
    private long generationInTransaction(String account) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT generation FROM account_generation WHERE account=?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public synchronized Optional<FolderState> folderState(String account, String folder) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT uidvalidity, uidnext, highestmodseq FROM folder_state WHERE account=? AND folder=?")) {
            ps.setString(1, account);
            ps.setString(2, folder);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new FolderState(account, folder, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CacheException("folderState failed", e);
        }
    }

    @Override
    public synchronized void putFolderState(FolderState state) {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT OR REPLACE INTO folder_state(account, folder, uidvalidity, uidnext, highestmodseq)"
                        + " VALUES(?,?,?,?,?)")) {
            ps.setString(1, state.account());
            ps.setString(2, state.folder());
            ps.setLong(3, state.uidValidity());
            ps.setLong(4, state.uidNext());
            ps.setLong(5, state.highestModSeq());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CacheException("putFolderState failed", e);
        }
    }

    @Override
    public synchronized void markSafe(String messageKey, String note) {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT OR REPLACE INTO safe_marks(msg_key, note, created) VALUES(?,?,?)")) {
            ps.setString(1, messageKey);
            ps.setString(2, note == null ? "" : note);
            ps.setLong(3, Instant.now().toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CacheException("markSafe failed", e);
        }
    }

    @Override
    public synchronized void unmarkSafe(String messageKey) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM safe_marks WHERE msg_key=?")) {
            ps.setString(1, messageKey);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CacheException("unmarkSafe failed", e);
        }
    }

    @Override
    public synchronized boolean isMarkedSafe(String messageKey) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM safe_marks WHERE msg_key=?")) {
            ps.setString(1, messageKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new CacheException("isMarkedSafe failed", e);
        }
    }

    @Override
    public synchronized List<SafeMark> safeMarks() {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT msg_key, note, created FROM safe_marks ORDER BY created, msg_key")) {
            List<SafeMark> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new SafeMark(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
            }
            return out;
        } catch (SQLException e) {
            throw new CacheException("safeMarks failed", e);
        }
    }

    @Override
    public synchronized void addAllowlistEntry(AllowlistEntry.Kind kind, String sender, String value) {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT OR IGNORE INTO allowlist(kind, sender, value, created) VALUES(?,?,?,?)")) {
            ps.setString(1, kind.name());
            ps.setString(2, AllowlistEntry.norm(sender));
            ps.setString(3, AllowlistEntry.norm(value));
            ps.setLong(4, Instant.now().toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CacheException("addAllowlistEntry failed", e);
        }
    }

    @Override
    public synchronized void removeAllowlistEntry(AllowlistEntry.Kind kind, String sender, String value) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM allowlist WHERE kind=? AND sender=? AND value=?")) {
            ps.setString(1, kind.name());
            ps.setString(2, AllowlistEntry.norm(sender));
            ps.setString(3, AllowlistEntry.norm(value));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CacheException("removeAllowlistEntry failed", e);
        }
    }

    @Override
    public synchronized List<AllowlistEntry> allowlistEntries() {
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT kind, sender, value, created FROM allowlist ORDER BY created, kind, sender, value")) {
            List<AllowlistEntry> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new AllowlistEntry(AllowlistEntry.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
            }
            return out;
        } catch (SQLException e) {
            throw new CacheException("allowlistEntries failed", e);
        }
    }

    /** Runs a single-value PRAGMA (for diagnostics and tests), e.g. {@code journal_mode}. */
    public synchronized String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a pragma name: " + name);
        }
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new CacheException("pragma failed", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new CacheException("close failed", e);
        }
    }

    private List<MailMessage> query(String sql, String param) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<MailMessage> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(MessageCodec.decode(rs.getBytes(1)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new CacheException("query failed", e);
        }
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private void autoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            throw new CacheException("Cannot restore auto-commit", e);
        }
    }
}
