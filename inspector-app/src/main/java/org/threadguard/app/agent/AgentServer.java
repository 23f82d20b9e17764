package org.threadguard.app.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** The agent's side of the local protocol of {@link AgentClient}: the socket, and reading a request. */
public final class AgentServer {
    public static final String EXIT = AgentClient.EXIT;
    public static final String MISMATCH = AgentClient.MISMATCH;

    private AgentServer() {
    }

    /** What an agent serves: one account URL, one cache file, one list of extra folders. */
    public record Served(String source, Path cache, List<String> folders) {
        public Served {
            folders = List.copyOf(folders);
        }

        public boolean matches(Parsed r) {
            return r.source().equals(source) && r.cache().equals(cache)
                    && new java.util.HashSet<>(r.folders()).equals(new java.util.HashSet<>(folders));
        }
    }

    /** A request as read from a client. */
    public record Parsed(String source, Path cache, List<String> folders, boolean quiet) {
    }

    /** Reads one request (up to its empty line); {@code null} when it is not a sync request of this protocol. */
    public static Parsed read(BufferedReader in) throws IOException {
        if (!AgentClient.HELLO.equals(in.readLine()) || !"sync".equals(in.readLine())) {
            return null;
        }
        String source = null;
        Path cache = null;
        List<String> folders = new ArrayList<>();
        boolean quiet = false;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String value = line.substring(eq + 1);
            switch (line.substring(0, eq)) {
                case "source" -> source = value;
                case "cache" -> cache = Path.of(value);
                case "folder" -> folders.add(value);
                case "quiet" -> quiet = Boolean.parseBoolean(value);
                default -> {
                    return null;
                }
            }
        }
        return source == null || cache == null ? null : new Parsed(source, cache, folders, quiet);
    }

    /**
     * Listens on {@code socket} (owner-only permissions). A socket file left by an agent that is gone is replaced;
     * one that another agent answers on is an error.
     */
    public static ServerSocketChannel listen(Path socket) throws IOException {
        Path dir = socket.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (Files.exists(socket)) {
            try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(socket));
                throw new IOException("another sync agent is listening on " + socket);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("another sync agent")) {
                    throw e;
                }
                Files.deleteIfExists(socket); // left behind by an agent that stopped without cleaning up
            }
        }
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(socket));
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own permissions apply
        }
        return channel;
    }

    /** Removes the socket file (on stop). */
    public static void remove(Path socket) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // nothing more to do on the way out
        }
    }
}
