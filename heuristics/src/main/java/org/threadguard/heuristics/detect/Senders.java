package org.threadguard.heuristics.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.MailMessage;

/** Who really sent a message, seeing through mailing-list From rewriting. */
public final class Senders {
    private static final Pattern VIA = Pattern.compile("(?i)^(.*?)\\s+via\\s+\\S.*$");
    private static final Pattern MAILTO = Pattern.compile("(?i)mailto:([^>?,\\s]+)");
    private static final Pattern SENT_FOLDER = Pattern.compile(
            "(?i).*(sent|gesendet|enviad|envoy|inviat|verzonden|skickat|sendt|wys[lł]ane|odeslan|l[äa]hetetyt).*");

    /** Subjects that out-of-office replies put first, in the languages the quote splitter knows. */
    private static final Pattern AUTO_SUBJECT = Pattern.compile("(?iu)^\\s*(automatic reply|auto(?:matic)?[- ]?reply"
            + "|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|respuesta autom[aá]tica"
            + "|r[ée]ponse automatique|absence du bureau|risposta automatica|resposta autom[aá]tica"
            + "|automatisch antwoord|afwezig)\\b");

    private Senders() {
    }

    /**
     * The effective sender: the From address, or, when a mailing list rewrote From to its own
     * address ("Anna via List &lt;list@...&gt;"), the Reply-To address with the original name.
     */
    public static Address effectiveSender(MailMessage m) {
        Address from = m.from();
        if (from == null) {
            return m.replyTo().isEmpty() ? null : m.replyTo().get(0);
        }
        Optional<String> listAddress = listAddress(m);
        Matcher via = VIA.matcher(from.displayName());
        boolean rewritten = listAddress.map(a -> a.equals(from.email())).orElse(false);
        if ((rewritten || via.matches() && listAddress.isPresent()) && !m.replyTo().isEmpty()) {
            Address reply = m.replyTo().get(0);
            if (!reply.email().equals(from.email()) && !listAddress.map(reply.email()::equals).orElse(false)) {
                String name = via.matches() ? via.group(1).strip() : from.displayName();
                return new Address(reply.hasDisplayName() ? reply.displayName() : name, reply.email());
            }
        }
        if (via.matches() && rewritten) {
            return new Address(via.group(1).strip(), from.email());
        }
        return from;
    }

    /** Whether From was rewritten by a mailing list (so its address is the list's, not the person's). */
    public static boolean isListRewritten(MailMessage m) {
        Address from = m.from();
        return from != null && listAddress(m).map(a -> a.equals(from.email())).orElse(false);
    }

    /** The list's posting address from List-Post, if the message came through a list. */
    public static Optional<String> listAddress(MailMessage m) {
        Optional<String> post = m.header("List-Post");
        if (post.isPresent()) {
            Matcher mm = MAILTO.matcher(post.get());
            if (mm.find()) {
                return Optional.of(mm.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    public static boolean isMailingList(MailMessage m) {
        return m.header("List-Id").isPresent() || m.header("List-Post").isPresent()
                || m.header("Mailing-List").isPresent();
    }

    public static boolean isSentFolder(String folder) {
        return folder != null && SENT_FOLDER.matcher(folder).matches();
    }

    /** Automatic replies (out of office, delivery reports): not something a person wrote into the thread. */
    public static boolean isAutoReply(MailMessage m) {
        String auto = m.header("Auto-Submitted").orElse("").strip().toLowerCase(Locale.ROOT);
        if (!auto.isEmpty() && !auto.startsWith("no")) {
            return true;
        }
        if (m.header("X-Autoreply").isPresent() || m.header("X-Autorespond").isPresent()
                || m.header("Precedence").map(v -> v.strip().equalsIgnoreCase("auto_reply")).orElse(false)) {
            return true;
        }
        return AUTO_SUBJECT.matcher(m.subject()).find();
    }
}
