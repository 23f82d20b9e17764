package org.threadguard.heuristics.thread;

import java.util.Collection;
import java.util.List;
import org.threadguard.heuristics.model.MailMessage;

/** Groups messages of all folders into threads (JWZ / RFC 5256 REFERENCES, Thread-Index, subject). */
public final class Threader {

    public List<MailThread> thread(Collection<MailMessage> messages) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
