package org.threadguard.imap.connect;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.threadguard.imap.account.ImapAccount;
import org.threadguard.imap.account.Security;

/**
 * Opens authenticated IMAP connections for an {@link ImapAccount}: TLS verified against the system's
 * authorities (plus the account's pinned certificate, if any), host name checked, timeouts always set,
 * errors turned into one-sentence {@link ImapConnectionException}s. A returned store belongs to one
 * thread; close it when done.
 */
public final class ImapConnector {
    private static final System.Logger LOG = System.getLogger(ImapConnector.class.getName());
    private final ConnectionSettings settings;

    public ImapConnector() {
        this(ConnectionSettings.defaults());
    }

    public ImapConnector(ConnectionSettings settings) {
        this.settings = settings;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Connects and logs in. */
    public IMAPStore connect(ImapAccount account, Authenticator authenticator) throws ImapConnectionException {
        String protocol = account.security() == Security.IMAPS ? "imaps" : "imap";
        PinningTrustManager trust = new PinningTrustManager(account.trustedCertSha256());
        Properties p = new Properties();
        String pre = "mail." + protocol + ".";
        p.setProperty("mail.store.protocol", protocol);
        p.setProperty(pre + "host", account.host());
        p.setProperty(pre + "port", Integer.toString(account.port()));
        p.setProperty(pre + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        p.setProperty(pre + "timeout", Long.toString(settings.readTimeout().toMillis()));
        p.setProperty(pre + "writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        p.setProperty(pre + "connectionpoolsize", "1");
        switch (account.security()) {
            case IMAPS -> {
                tls(p, pre, trust);
                p.setProperty(pre + "ssl.checkserveridentity", Boolean.toString(settings.checkServerIdentity()));
            }
            case STARTTLS -> {
                p.setProperty(pre + "starttls.enable", "true");
                p.setProperty(pre + "starttls.required", "true");
                tls(p, pre, trust);
                p.setProperty(pre + "ssl.checkserveridentity", Boolean.toString(settings.checkServerIdentity()));
            }
            case PLAIN_LOCALHOST_ONLY -> {
                if (!Security.isLoopback(account.host())) {
                    throw new ImapConnectionException(ImapConnectionException.Kind.PROTOCOL,
                            "Unencrypted IMAP is only allowed to 127.0.0.1 or localhost.", null);
                }
                LOG.log(System.Logger.Level.DEBUG, "Connecting to {0}:{1} without encryption (local server only).",
                        account.host(), Integer.toString(account.port()));
            }
        }
        authenticator.configure(p, protocol);
        Session session = Session.getInstance(p);
        IMAPStore store;
        try {
            store = (IMAPStore) session.getStore(protocol);
        } catch (MessagingException e) {
            throw new ImapConnectionException(ImapConnectionException.Kind.PROTOCOL, "No IMAP provider: " + e, e);
        }
        try {
            authenticator.login(store, account);
            return store;
        } catch (AuthenticationFailedException e) {
            throw new ImapConnectionException(ImapConnectionException.Kind.AUTHENTICATION, "Login to "
                    + account.host() + ":" + account.port() + " as " + account.user()
                    + " failed: the server rejected the user name or password" + serverText(e) + ".", e);
        } catch (MessagingException | RuntimeException e) {
            throw classify(account, trust, e);
        }
    }

    private static String serverText(MessagingException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "" : " (" + m.strip() + ")";
    }

    private ImapConnectionException classify(ImapAccount a, PinningTrustManager trust, Exception e) {
        String where = a.host() + ":" + a.port();
        X509Certificate[] refused = trust.refusedChain();
        if (refused != null && refused.length > 0) {
            String reason = trust.refusal() == null ? "unknown issuer" : shortReason(trust.refusal());
            return new UntrustedCertificateException(a.host(), a.port(), PinningTrustManager.fingerprint(refused[0]),
                    refused[0].getSubjectX500Principal().getName(), reason, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("verify identity")) {
                return new ImapConnectionException(ImapConnectionException.Kind.CERTIFICATE, "The certificate of "
                        + where + " does not name the host " + a.host() + "; refusing to connect.", e);
            }
            if (t instanceof UnknownHostException) {
                return new ImapConnectionException(ImapConnectionException.Kind.UNREACHABLE,
                        "Cannot reach " + where + ": unknown host.", e);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new ImapConnectionException(ImapConnectionException.Kind.UNREACHABLE,
                        "Cannot reach " + where + ": " + t.getMessage() + ".", e);
            }
            if (t instanceof SocketTimeoutException) {
                return new ImapConnectionException(ImapConnectionException.Kind.UNREACHABLE,
                        "Cannot reach " + where + ": the server did not answer in time.", e);
            }
            if (t instanceof SSLException) {
                return new ImapConnectionException(ImapConnectionException.Kind.CERTIFICATE,
                        "TLS with " + where + " failed: " + t.getMessage() + ".", e);
            }
        }
        return new ImapConnectionException(ImapConnectionException.Kind.PROTOCOL,
                "Connecting to " + where + " failed: " + e.getMessage(), e);
    }

    private static String shortReason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("PKIX path building failed") || m.contains("unable to find valid certification path")) {
            return "issued by an unknown or self-signed authority";
        }
        if (m.contains("expired") || e instanceof java.security.cert.CertificateExpiredException) {
            return "expired";
        }
        return m.length() > 120 ? m.substring(0, 120) + "..." : m;
    }

    /**
     * TLS settings: the pinning trust manager, and the JDK's enabled cipher suites with the
     * ChaCha20-Poly1305 ones first. Java 17 decrypts AES-GCM with its CPU intrinsics only in C2-compiled
     * code; the command-line launchers stop at C1 (short runs), where AES-GCM costs about twice the CPU of
     * ChaCha20-Poly1305, a suite of equal strength. Only the preference changes: a server without
     * ChaCha20 still gets AES-GCM.
     */
    private static void tls(Properties p, String pre, PinningTrustManager trust) throws ImapConnectionException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trust}, null);
            p.put(pre + "ssl.socketFactory", ctx.getSocketFactory());
            p.setProperty(pre + "ssl.ciphersuites", String.join(" ",
                    chachaFirst(ctx.getDefaultSSLParameters().getCipherSuites())));
        } catch (GeneralSecurityException e) {
            throw new ImapConnectionException(ImapConnectionException.Kind.CERTIFICATE, "TLS is not available: " + e, e);
        }
    }

    /**
     * Starts loading what the first TLS connection of this process needs (the system's trust store, the
     * JSSE provider, a client hello with its key share) on a background thread, so that a command which is
     * about to connect does that work while it parses its arguments and opens its cache. Only warms up:
     * nothing is connected, and the connection still makes and checks everything itself. Idempotent.
     */
    public static void prewarmTls() {
        synchronized (ImapConnector.class) {
            if (prewarmed) {
                return;
            }
            prewarmed = true;
        }
        Thread t = new Thread(() -> {
            try {
                PinningTrustManager trust = new PinningTrustManager(null);
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new TrustManager[] {trust}, null);
                SSLEngine engine = ctx.createSSLEngine("localhost", 993);
                engine.setUseClientMode(true);
                engine.beginHandshake();
                ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                engine.wrap(ByteBuffer.allocate(0), out);
                engine.closeOutbound();
            } catch (GeneralSecurityException | SSLException | RuntimeException e) {
                // only a warm-up: the real connection reports any problem
            }
        }, "threadguard-tls-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static boolean prewarmed;

    /** The same cipher suites, the ChaCha20-Poly1305 ones first, otherwise in the given order. */
    static List<String> chachaFirst(String[] suites) {
        List<String> out = new ArrayList<>(suites.length);
        for (String s : suites) {
            if (s.contains("_CHACHA20_")) {
                out.add(s);
            }
        }
        for (String s : suites) {
            if (!s.contains("_CHACHA20_")) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Connects, logs in, lists the folders and logs out: the "test connection" button.
     *
     * @return the server's capabilities and folders
     */
    public ConnectionInfo test(ImapAccount account, Authenticator authenticator) throws ImapConnectionException {
        IMAPStore store = connect(account, authenticator);
        try {
            List<String> caps = new ArrayList<>();
            for (String c : new String[] {"IMAP4rev1", "IMAP4rev2", "CONDSTORE", "QRESYNC", "SPECIAL-USE", "IDLE",
                "UIDPLUS", "MOVE", "ENABLE"}) {
                if (store.hasCapability(c)) {
                    caps.add(c);
                }
            }
            List<String> folders = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0 && !(f instanceof IMAPFolder imf
                        && List.of(imf.getAttributes()).contains("\\Noselect"))) {
                    folders.add(f.getFullName());
                }
            }
            return new ConnectionInfo(caps, folders);
        } catch (MessagingException e) {
            throw new ImapConnectionException(ImapConnectionException.Kind.PROTOCOL,
                    "Listing the folders of " + account.host() + " failed: " + e.getMessage(), e);
        } finally {
            closeQuietly(store);
        }
    }

    /** Closes a store, ignoring errors (the connection may already be gone). */
    public static void closeQuietly(IMAPStore store) {
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // already gone
        }
    }

    /**
     * What a successful connection test found.
     *
     * @param capabilities the notable capabilities the server advertised
     * @param folders the selectable folders
     */
    public record ConnectionInfo(List<String> capabilities, List<String> folders) {
        public ConnectionInfo {
            capabilities = List.copyOf(capabilities);
            folders = List.copyOf(folders);
        }
    }
}
