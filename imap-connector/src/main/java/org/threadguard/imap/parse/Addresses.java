package org.threadguard.imap.parse;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.model.Address;

/**
 * Parses address headers leniently: Jakarta Mail's non-strict parser first (groups expanded,
 * display names RFC 2047 decoded), a plain scan of {@code name <addr>} segments when that fails.
 */
public final class Addresses {
    private Addresses() {
    }

    /** The addresses in an unfolded, undecoded header value; never throws. */
    public static List<Address> parse(String rawValue) {
        if (rawValue == null || rawValue.isBlank()) {
            return List.of();
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(rawValue, false);
            List<Address> out = new ArrayList<>(parsed.length);
            for (InternetAddress a : parsed) {
                add(out, a);
            }
            if (!out.isEmpty() || rawValue.indexOf('@') < 0) {
                return out;
            }
        } catch (AddressException | RuntimeException e) {
            // fall through to the plain scan
        }
        return fallback(rawValue);
    }

    private static void add(List<Address> out, InternetAddress a) throws AddressException {
        if (a.isGroup()) {
            for (InternetAddress member : a.getGroup(false)) {
                add(out, member);
            }
            return;
        }
        String email = a.getAddress();
        String personal = a.getPersonal();
        if ((email == null || email.isBlank()) && (personal == null || personal.isBlank())) {
            return;
        }
        if (personal != null && personal.contains("=?")) {
            personal = EncodedWords.decode(personal);
        }
        out.add(new Address(personal == null ? "" : stripQuotes(personal), email));
    }

    /** Splits on commas outside quotes and angle brackets and reads each {@code name <addr>} segment. */
    static List<Address> fallback(String v) {
        List<Address> out = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                angle++;
            } else if (c == '>' && !quoted && angle > 0) {
                angle--;
            } else if ((c == ',' || c == ';') && !quoted && angle == 0 || i == v.length()) {
                segment(out, v.substring(start, Math.min(i, v.length())));
                start = i + 1;
            }
        }
        return out;
    }

    private static void segment(List<Address> out, String seg) {
        String s = seg.strip();
        if (s.isEmpty()) {
            return;
        }
        int lt = s.lastIndexOf('<');
        int gt = s.lastIndexOf('>');
        String email;
        String name;
        if (lt >= 0 && gt > lt) {
            email = s.substring(lt + 1, gt).strip();
            name = s.substring(0, lt);
        } else {
            int at = s.indexOf('@');
            if (at < 0) {
                return;
            }
            int b = at;
            while (b > 0 && !Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            int e = at;
            while (e < s.length() && !Character.isWhitespace(s.charAt(e))) {
                e++;
            }
            email = s.substring(b, e);
            name = s.substring(0, b) + s.substring(e);
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf('"') < 0) {
            name = name.substring(colon + 1); // group name
        }
        out.add(new Address(stripQuotes(EncodedWords.decode(name.strip())), email));
    }

    private static String stripQuotes(String s) {
        String t = s.strip();
        if (t.length() >= 2 && ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'")))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
