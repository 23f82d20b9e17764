package org.threadguard.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadguard.app.agent.AgentClient;
import org.threadguard.app.agent.AgentServer;
import org.threadguard.app.scan.DataDirectory;
import org.threadguard.app.scan.ImapSource;
import org.threadguard.app.scan.PasswordResolver;
import org.threadguard.imap.cache.SqliteMessageCache;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.connect.ImapConnectionException;
import org.threadguard.imap.connect.ImapConnector;
import org.threadguard.imap.connect.PasswordAuthenticator;
import org.threadguard.imap.sync.ImapSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threadguard agent}: syncs an account once, then stays running with its connection and cache open and
 * serves {@code threadguard sync} for the same account, cache and folders over a local socket (see
 * {@link AgentClient}); a resync then costs a few IMAP round trips instead of a new process, a TLS handshake and a
 * login. Read-only like {@code sync}. The socket is the user's own (owner-only permissions, in the data directory by
 * default); the password stays in this process's memory only.
 */
@Command(name = "agent", mixinStandardHelpOptions = true,
        description = {"Syncs an IMAP account, then keeps running with the connection and the cache open, and "
                + "serves `threadguard sync` for the same --source, --cache and --folder options over a local socket "
                + "(other syncs run as usual). Stop it with Ctrl+C or a TERM signal.",
            "SOURCE is imaps://USER@HOST[:PORT][/FOLDER] (TLS), imap://... (STARTTLS) or imap+plain://... "
                + "(no encryption, 127.0.0.1/localhost only)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (bad credentials, unreachable host, refused certificate, socket in use)",
            "2:bad arguments"})
public final class AgentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "URL", required = true, description = "The IMAP account to keep in sync.")
    String source;

    @Option(names = "--cache", paramLabel = "FILE", description = "The SQLite cache file (default: ${DEFAULT-VALUE}).")
    Path cache = DataDirectory.defaultCache();

    @Option(names = "--socket", paramLabel = "PATH",
            description = "The local socket to listen on (default: $" + AgentClient.SOCKET_ENV
                    + ", else agent.sock in the data directory).")
    Path socket;

    @Mixin
    ImapOptions imap;

    /** Set once listening (tests wait for it). */
    volatile boolean listening;
    private volatile ServerSocketChannel server;

    @Override
    public Integer call() throws ImapConnectionException, IOException {
        if (!ImapSource.isImapUrl(source)) {
            throw new ThreadguardCommand.UsageProblem("agent needs an IMAP URL (imaps://USER@HOST[:PORT][/FOLDER]).");
        }
        ImapSource src;
        ImapAccount account;
        try {
            src = ImapSource.parse(source);
            account = src.account(imap.trustCert);
        } catch (IllegalArgumentException e) {
            throw new ThreadguardCommand.UsageProblem(e.getMessage());
        }
        Path socketPath = socket != null ? socket : AgentClient.defaultSocket();
        Path cachePath = cache.toAbsolutePath().normalize();
        List<String> extra = new ArrayList<>(imap.folders);
        src.folder().ifPresent(extra::add);
        PrintWriter err = spec.commandLine().getErr();
        char[] password = PasswordResolver.resolve(account, imap.passwordEnv);
        PasswordAuthenticator auth = new PasswordAuthenticator(password);
        Arrays.fill(password, '\0');
        try (SqliteMessageCache opened = SqliteMessageCache.open(cachePath);
                ImapSync.ConnectionSlot slot = new ImapSync.ConnectionSlot()) {
            ImapSync sync = new ImapSync(new ImapConnector(), opened);
            ImapOptions.Syncer syncer = (a, au, options, listener, cancel) -> sync.sync(a, au, options, listener, cancel,
                    slot);
            imap.run(syncer, account, auth, extra, err); // the first sync, before serving: fails early and clearly
            AgentServer.Served served = new AgentServer.Served(source, cachePath, imap.folders);
            try (ServerSocketChannel channel = AgentServer.listen(socketPath)) {
                server = channel;
                listening = true;
                if (!imap.quiet) {
                    err.println("Sync agent for " + account.host() + " listening on " + socketPath
                            + "; `threadguard sync` with the same options now goes through it.");
                    err.flush();
                }
                Thread cleanup = new Thread(() -> AgentServer.remove(socketPath), "threadguard-agent-cleanup");
                Runtime.getRuntime().addShutdownHook(cleanup);
                while (channel.isOpen()) {
                    SocketChannel client;
                    try {
                        client = channel.accept();
                    } catch (IOException e) {
                        break; // closed by stop()
                    }
                    try (client) {
                        serve(client, served, syncer, account, auth, extra);
                    } catch (IOException e) {
                        err.println("threadguard: agent: a client went away (" + e.getMessage() + ").");
                        err.flush();
                    }
                }
                AgentServer.remove(socketPath);
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException e) {
                    // shutting down already
                }
            }
        } finally {
            auth.wipe();
        }
        return ThreadguardCommand.EXIT_OK;
    }

    /** Stops serving (tests; a signal stops the process itself). */
    void stop() throws IOException {
        ServerSocketChannel s = server;
        if (s != null) {
            s.close();
        }
    }

    private void serve(SocketChannel client, AgentServer.Served served, ImapOptions.Syncer syncer,
            ImapAccount account, PasswordAuthenticator auth, List<String> extra) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Channels.newWriter(client, StandardCharsets.UTF_8), true);
        AgentServer.Parsed request = AgentServer.read(in);
        if (request == null || !served.matches(request)) {
            out.println(AgentServer.MISMATCH);
            return;
        }
        ImapOptions options = new ImapOptions();
        options.quiet = request.quiet();
        PrintWriter lines = new PrintWriter(new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                out.write(cbuf, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                // the client's socket is closed by the caller
            }
        });
        int code;
        try {
            options.run(syncer, account, auth, extra, lines);
            code = ThreadguardCommand.EXIT_OK;
        } catch (ImapConnectionException | RuntimeException e) {
            lines.println("threadguard: " + e.getMessage());
            code = ThreadguardCommand.EXIT_FAILURE;
        }
        lines.flush();
        out.println(AgentServer.EXIT + code);
        out.flush();
    }
}
