package org.threadguard.imap.cache;

/** A storage failure of the message cache (I/O, corrupt database, violated invariant). */
public class CacheException extends RuntimeException {
    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    public CacheException(String message) {
        super(message);
    }
}
