package org.threadguard.imap.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that forwards to a server and, on the first {@code cuts} connections, drops
 * the connection once {@code cutAfter} bytes have gone from the server to the client (mid-FETCH).
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final long cutAfter;
    private final AtomicInteger cutsLeft;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger cutsDone = new AtomicInteger();

    CuttingProxy(int targetPort, long cutAfter, int cuts) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.cutAfter = cutAfter;
        this.cutsLeft = new AtomicInteger(cuts);
        Thread t = new Thread(this::acceptLoop, "cutting-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                connections.incrementAndGet();
                boolean cut = cutsLeft.getAndDecrement() > 0;
                AtomicLong down = new AtomicLong();
                pump(client.getInputStream(), server.getOutputStream(), client, server, null, Long.MAX_VALUE);
                pump(server.getInputStream(), client.getOutputStream(), client, server, down,
                        cut ? cutAfter : Long.MAX_VALUE);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b, AtomicLong counter, long limit) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (counter != null && counter.get() + n >= limit) {
                        int part = (int) (limit - counter.get());
                        out.write(buf, 0, Math.max(0, part));
                        out.flush();
                        cutsDone.incrementAndGet();
                        break;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    if (counter != null) {
                        counter.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
