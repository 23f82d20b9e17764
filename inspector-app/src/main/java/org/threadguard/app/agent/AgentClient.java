package org.threadguard.app.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.app.scan.DataDirectory;

/**
 * The {@code sync} command's short way: when a sync agent ({@code threadguard agent}) keeps the same account's
 * connection and cache open, {@code threadguard sync} hands the request to it over a local socket instead of
 * starting a TLS connection, a login and the cache in a new process. Kept free of the command-line library and
 * of the mail classes, so that the short way starts quickly; whatever it cannot hand over (help, an option it does
 * not know, no agent, another account or cache) goes the usual way.
 */
public final class AgentClient {
    /** The first line of a request, naming the protocol and its version. */
    static final String HELLO = "threadguard-agent 1";
    /** The line that ends a response, followed by the exit code. */
    static final String EXIT = "#exit ";
    /** The response of an agent that serves another account, cache or folder list. */
    static final String MISMATCH = "#mismatch";
    /** Environment variable naming the agent's socket (default: agent.sock in the data directory). */
    public static final String SOCKET_ENV = "THREADGUARD_AGENT_SOCKET";

    private AgentClient() {
    }

    /** The socket a sync agent listens on by default. */
    public static Path defaultSocket() {
        String env = System.getenv(SOCKET_ENV);
        return env != null && !env.isBlank() ? Path.of(env) : DataDirectory.get().resolve("agent.sock");
    }

    /**
     * A sync request as the agent compares it with what it serves. (This class and the rest of the short way build
     * strings with {@link StringBuilder} and declare no records or lambdas: their bootstrap on first use costs a
     * starting JVM tens of milliseconds, a good part of what the short way is for.)
     */
    static final class Request {
        final String source;
        final Path cache;
        final List<String> folders;
        final boolean quiet;

        Request(String source, Path cache, List<String> folders, boolean quiet) {
            this.source = source;
            this.cache = cache;
            this.folders = folders;
            this.quiet = quiet;
        }

        String text() {
            StringBuilder b = new StringBuilder(256);
            b.append(HELLO).append('\n').append("sync\n");
            b.append("source=").append(source).append('\n');
            b.append("cache=").append(cache.toString()).append('\n');
            for (String f : folders) {
                b.append("folder=").append(f).append('\n');
            }
            b.append("quiet=").append(quiet ? "true" : "false").append('\n').append('\n');
            return b.toString();
        }
    }

    /**
     * Reads {@code sync} arguments the short way: {@code --source}, {@code --cache}, {@code --folder} (repeatable),
     * {@code --quiet}, and {@code --password-env} / {@code --trust-cert} (which the agent already settled when it
     * started). Anything else (help, an unknown option, a missing source): {@code null}, the usual way.
     */
    static Request parse(String[] args) {
        if (args.length == 0 || !args[0].equals("sync")) {
            return null;
        }
        String source = null;
        Path cache = DataDirectory.defaultCache();
        List<String> folders = new ArrayList<>();
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--quiet") && value == null) {
                quiet = true;
                continue;
            }
            if (!List.of("--source", "--cache", "--folder", "--password-env", "--trust-cert").contains(name)) {
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            switch (name) {
                case "--source" -> source = value;
                case "--cache" -> cache = Path.of(value);
                case "--folder" -> folders.add(value);
                default -> { } // settled by the agent
            }
        }
        if (source == null) {
            return null;
        }
        return new Request(source, cache.toAbsolutePath().normalize(), List.copyOf(folders), quiet);
    }

    /**
     * Hands a {@code sync} command line to a running agent that serves the same account, cache and folders, and
     * copies its output to {@code err}. Returns the command's exit code, or -1 when the sync must run the usual
     * way (no agent, not the same account, an argument this short way does not read, the agent went away).
     */
    public static int delegate(String[] args, PrintStream err) {
        return delegate(args, err, defaultSocket());
    }

    /** {@link #delegate(String[], PrintStream)} through the agent listening on {@code socket}. */
    public static int delegate(String[] args, PrintStream err, Path socket) {
        Request request = parse(args);
        if (request == null) {
            return -1;
        }
        if (!Files.exists(socket)) {
            return -1;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            var out = Channels.newOutputStream(channel);
            out.write(request.text().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.startsWith(MISMATCH)) {
                return -1;
            }
            while (line != null) {
                if (line.startsWith(EXIT)) {
                    err.flush();
                    return Integer.parseInt(line.substring(EXIT.length()).strip());
                }
                err.println(line);
                line = in.readLine();
            }
            err.println(new StringBuilder("threadguard: the sync agent at ").append(socket.toString())
                    .append(" stopped before answering.").toString());
            return 1;
        } catch (IOException | NumberFormatException e) {
            return -1; // a stale socket file, an agent that is gone: sync the usual way
        }
    }
}
