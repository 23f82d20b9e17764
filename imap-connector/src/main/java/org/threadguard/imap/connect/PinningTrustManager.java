package org.threadguard.imap.connect;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.threadguard.imap.account.ImapAccount;

/**
 * The JVM's default trust (the system's certificate authorities) plus, optionally, exactly one pinned
 * server certificate. Remembers the chain it refused so the caller can name its fingerprint. One
 * instance per connection attempt.
 *
 * <p>The system's trust store (about 140 certificates to parse) is loaded once per process, on a
 * background thread that starts with the first connection attempt, so the TCP connection and the first
 * TLS messages overlap with it; a server whose certificate the user pinned is verified without it.
 */
final class PinningTrustManager implements X509TrustManager {
    private static final Object LOCK = new Object();
    private static CompletableFuture<X509TrustManager> systemLoading;
    private final CompletableFuture<X509TrustManager> system;
    private final String pinned;
    private volatile X509Certificate[] refused;
    private volatile CertificateException refusal;

    PinningTrustManager(String pinnedSha256) {
        this.system = systemLoading();
        this.pinned = pinnedSha256 == null ? null : ImapAccount.normalizeFingerprint(pinnedSha256);
    }

    private static CompletableFuture<X509TrustManager> systemLoading() {
        synchronized (LOCK) {
            if (systemLoading == null || systemLoading.isCompletedExceptionally()) {
                CompletableFuture<X509TrustManager> f = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        f.complete(systemTrustManager());
                    } catch (RuntimeException | Error e) {
                        f.completeExceptionally(e);
                    }
                }, "threadguard-trust-store");
                t.setDaemon(true);
                t.start();
                systemLoading = f;
            }
            return systemLoading;
        }
    }

    /** The system's trust, waiting for it to be loaded. */
    private X509TrustManager system() {
        return Futures.join(system);
    }

    static X509TrustManager systemTrustManager() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("No X509TrustManager in the JVM");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM's default trust store cannot be loaded", e);
        }
    }

    /** The SHA-256 fingerprint of a certificate, {@code AB:CD:...}. */
    static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (pinned != null && chain != null && chain.length > 0 && pinned.equals(fingerprint(chain[0]))) {
            chain[0].checkValidity();
            return;
        }
        try {
            system().checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            refused = chain;
            refusal = e;
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Client certificates are not accepted");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system().getAcceptedIssuers();
    }

    /** The chain refused by the last check, or {@code null}. */
    X509Certificate[] refusedChain() {
        return refused;
    }

    /** Why it was refused, or {@code null}. */
    CertificateException refusal() {
        return refusal;
    }
}
