package org.threadguard.app.ui.common;

import org.threadguard.app.ui.service.ImapProblem;

/** Turns a failure of a service call into one translated sentence for the user. */
public final class Problems {
    private Problems() {
    }

    /** The translated text of an {@link ImapProblem}, else the generic "Problem: ..." with the message. */
    public static String describe(I18n i18n, Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof ImapProblem)) {
            t = t.getCause();
        }
        if (t instanceof ImapProblem p) {
            return i18n.format("imap.error." + p.kind().name(), p.host(), p.fingerprint() == null ? ""
                    : p.fingerprint());
        }
        return i18n.format("error.generic", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
