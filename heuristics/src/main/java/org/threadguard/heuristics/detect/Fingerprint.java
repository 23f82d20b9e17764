package org.threadguard.heuristics.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.MailMessage;

/**
 * The technical fingerprint of how a message was written and sent: client, Message-ID host and
 * shape, time-zone offset, originating host, DKIM domain and selector, MIME layout. A sender's
 * genuine mail keeps these stable; mail sent with stolen credentials from another machine does not.
 */
public record Fingerprint(Map<String, String> fields) {

    public static final String CLIENT = "client";
    public static final String MSGID_HOST = "messageIdHost";
    public static final String MSGID_SHAPE = "messageIdShape";
    public static final String TZ = "timeZone";
    public static final String ORIGIN = "originHost";
    public static final String DKIM_DOMAIN = "dkimDomain";
    public static final String DKIM_SELECTOR = "dkimSelector";
    public static final String BODY = "bodyParts";
    public static final String CHARSET = "charset";
    public static final String ENCODING = "transferEncoding";

    /** Human names of the fields, for evidence tables. */
    public static final Map<String, String> LABELS = Map.of(
            CLIENT, "Mail client", MSGID_HOST, "Message-ID host", MSGID_SHAPE, "Message-ID shape",
            TZ, "Time zone", ORIGIN, "Sending host", DKIM_DOMAIN, "DKIM domain", DKIM_SELECTOR, "DKIM selector",
            BODY, "Body parts", CHARSET, "Charset", ENCODING, "Transfer encoding");

    private static final Pattern PRODUCT = Pattern.compile("([A-Za-z][A-Za-z .!-]*?)/[0-9]");
    private static final Pattern BY_HOST = Pattern.compile("(?i)\\bby\\s+([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern FROM_HOST = Pattern.compile("(?i)^\\s*from\\s+([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern DKIM_TAG = Pattern.compile("(?i)(?:^|;)\\s*([ds])\\s*=\\s*([^;\\s]+)");
    private static final String[] KNOWN_CLIENTS = {
        "Thunderbird", "Outlook", "Apple Mail", "iPhone Mail", "iPad Mail", "Mutt", "NeoMutt", "Evolution", "KMail",
        "Roundcube", "SquirrelMail", "Horde", "Zimbra", "Lotus Notes", "Alpine", "Pine", "Sylpheed", "Claws Mail",
        "Gnus", "Mailspring", "eM Client", "The Bat!", "Postbox", "Spark", "SeaMonkey", "Eudora", "Pegasus",
        "PHPMailer", "Airmail", "BlackBerry", "Android", "Gmail", "Yahoo", "Exmh", "Balsa", "Geary", "Mozilla",
        "Microsoft", "Opera", "Lotus", "Novell GroupWise", "Mail.Ru", "Zoho", "Superhuman", "Front", "K-9"};

    public static Fingerprint of(MailMessage m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(CLIENT, client(m));
        String id = m.messageId();
        int at = id.lastIndexOf('@');
        String host = at < 0 ? "" : id.substring(at + 1).replace(">", "").toLowerCase(Locale.ROOT);
        f.put(MSGID_HOST, host.isEmpty() ? "" : Domains.registrable(host));
        f.put(MSGID_SHAPE, shape(at < 0 ? id.replace("<", "").replace(">", "") : id.substring(1, at)));
        f.put(TZ, m.date() == null ? "" : m.date().getOffset().getId());
        f.put(ORIGIN, origin(m));
        String[] dkim = dkim(m);
        f.put(DKIM_DOMAIN, dkim[0]);
        f.put(DKIM_SELECTOR, dkim[1]);
        f.put(BODY, m.mime().bodyKind());
        f.put(CHARSET, normCharset(m.mime().textCharset()));
        f.put(ENCODING, m.mime().transferEncoding());
        return new Fingerprint(f);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    /** The product family of X-Mailer / User-Agent, without versions: "Thunderbird", "Microsoft Outlook". */
    static String client(MailMessage m) {
        String raw = m.header("X-Mailer").or(() -> m.header("User-Agent")).or(() -> m.header("X-Newsreader"))
                .orElse("").strip();
        if (raw.isEmpty()) {
            return "";
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String k : KNOWN_CLIENTS) {
            if (k.equals("Mozilla") || k.equals("Microsoft")) {
                continue;
            }
            if (lower.contains(k.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        List<String> products = new ArrayList<>();
        Matcher pm = PRODUCT.matcher(raw);
        while (pm.find()) {
            products.add(pm.group(1).strip());
        }
        if (!products.isEmpty()) {
            String last = products.get(products.size() - 1);
            if (!"Gecko".equalsIgnoreCase(last) || products.size() == 1) {
                return last;
            }
            return products.get(0);
        }
        String cleaned = raw.replaceAll("\\(.*?\\)", " ").replaceAll("[0-9][0-9A-Za-z._-]*", " ").strip();
        String[] words = cleaned.split("\\s+");
        return words.length >= 2 ? words[0] + " " + words[1] : words[0];
    }

    static String shape(String local) {
        if (local.isEmpty()) {
            return "";
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        StringBuilder seps = new StringBuilder();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (seps.indexOf(String.valueOf(c)) < 0) {
                seps.append(c);
            }
        }
        String sepKey = seps.toString();
        // base64-like ids use a random subset of + - _ = / : treat them as one class
        if (sepKey.chars().allMatch(c -> "+-_=/".indexOf(c) >= 0) && upper && lower && local.length() > 24) {
            sepKey = "b64";
        } else {
            char[] cs = sepKey.toCharArray();
            java.util.Arrays.sort(cs);
            sepKey = new String(cs);
        }
        int len = local.length();
        String bucket = len < 12 ? "s" : len < 24 ? "m" : len < 40 ? "l" : "xl";
        return (lower ? "a" : "") + (upper ? "A" : "") + (digit ? "9" : "") + "[" + sepKey + "]" + bucket;
    }

    static String origin(MailMessage m) {
        List<String> received = m.headers("Received");
        for (int i = received.size() - 1; i >= 0; i--) {
            String r = received.get(i);
            Matcher by = BY_HOST.matcher(r);
            if (by.find()) {
                String host = by.group(1).toLowerCase(Locale.ROOT);
                if (!host.startsWith("localhost")) {
                    return Domains.registrable(host);
                }
            }
            Matcher from = FROM_HOST.matcher(r);
            if (from.find()) {
                return Domains.registrable(from.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return "";
    }

    static String[] dkim(MailMessage m) {
        String d = "";
        String s = "";
        for (String sig : m.headers("DKIM-Signature")) {
            String dd = "";
            String ss = "";
            Matcher t = DKIM_TAG.matcher(sig);
            while (t.find()) {
                if (t.group(1).equalsIgnoreCase("d")) {
                    dd = t.group(2).toLowerCase(Locale.ROOT);
                } else {
                    ss = t.group(2);
                }
            }
            if (d.isEmpty()) {
                d = dd;
                s = ss;
            }
            String fromDomain = m.from() == null ? "" : m.from().domain();
            if (!dd.isEmpty() && (fromDomain.equals(dd) || fromDomain.endsWith("." + dd))) {
                d = dd;
                s = ss;
                break;
            }
        }
        return new String[] {d, s};
    }

    private static String normCharset(String cs) {
        String c = cs.toLowerCase(Locale.ROOT);
        return switch (c) {
            case "us-ascii", "ascii", "ansi_x3.4-1968" -> "us-ascii";
            case "utf8" -> "utf-8";
            case "latin1", "iso8859-1", "iso_8859-1" -> "iso-8859-1";
            default -> c;
        };
    }
}
