package org.threadguard.heuristics.thread;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject normalisation for threading: reply and forward prefixes in several languages, list
 * tags and repeated prefixes are stripped; case and white space are ignored.
 */
public final class Subjects {
    /** Reply prefixes: EN/ES Re, DE AW/Antwort, NL Antw, Nordic SV/VS, IT R/RIF, FR Réf, PT RES, PL/CZ Odp, TR YNT, RU, EL, ZH, KO. */
    private static final Set<String> REPLY = Set.of(
            "re", "aw", "antw", "antwort", "sv", "vs", "rif", "r", "réf", "ref", "res", "odp", "ynt", "atb", "vá",
            "ответ", "απ", "σχετ", "回复", "答复", "回覆", "답장");
    /** Forward prefixes: Fwd/Fw, DE WG, FR TR, PT Enc, ES RV, NL Doorst, IT I, FI VL, NO/DK VB. */
    private static final Set<String> FORWARD = Set.of(
            "fwd", "fw", "wg", "tr", "enc", "rv", "doorst", "i", "vl", "vb", "pd", "továbbítás", "пересл", "转发", "轉寄",
            "전달");

    /** A prefix word, an optional counter ({@code Re[2]:}, {@code Re^2:}, {@code Re(2):}), then a colon or a dot. */
    private static final Pattern PREFIX = Pattern.compile(
            "\\s*([\\p{L}]{1,10})\\.?\\s*(?:\\[\\d{1,4}]|\\(\\d{1,4}\\)|\\^\\d{1,4})?\\s*[:：]");
    private static final Pattern FRENCH_REF = Pattern.compile("\\s*réf\\.(?!\\s*[:：])");
    private static final Pattern LIST_TAG = Pattern.compile("\\s*\\[[^\\[\\]\\r\\n]{1,60}]");
    private static final Pattern TRAILING_FWD = Pattern.compile("\\s*\\(fwd\\)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Set<String> GENERIC = Set.of(
            "", "hello", "hi", "hallo", "hola", "bonjour", "ciao", "olá", "ola", "hej", "hei",
            "test", "info", "question", "update", "thanks", "thank you", "danke", "gracias", "merci",
            "no subject", "(no subject)", "kein betreff", "sin asunto", "sans objet", "(ohne betreff)",
            "re", "fw", "fwd", "document", "documents", "invoice", "urgent", "important");

    private Subjects() {
    }

    private enum Kind { REPLY, FORWARD }

    private record Prefix(Kind kind, int end) {
    }

    /** The normalised subject: lower case, prefixes and list tags stripped, white space collapsed. */
    public static String normalize(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject.length() > 2000 ? subject.substring(0, 2000) : subject;
        s = s.toLowerCase(Locale.ROOT);
        int pos = 0;
        while (pos < s.length()) {
            Prefix p = prefixAt(s, pos);
            if (p == null) {
                break;
            }
            pos = p.end();
        }
        String rest = s.substring(pos);
        rest = TRAILING_FWD.matcher(rest).replaceFirst("");
        return WHITESPACE.matcher(rest).replaceAll(" ").strip();
    }

    /** Whether the first prefix (after list tags) is a reply prefix. */
    public static boolean isReply(String subject) {
        return firstKind(subject) == Kind.REPLY;
    }

    /** Whether the first prefix (after list tags) is a forward prefix. */
    public static boolean isForward(String subject) {
        return firstKind(subject) == Kind.FORWARD;
    }

    /** Whether a normalised subject is too generic to group unrelated messages by. */
    public static boolean isGeneric(String normalized) {
        return normalized.length() < 3 || GENERIC.contains(normalized);
    }

    private static Kind firstKind(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.length() > 2000 ? subject.substring(0, 2000) : subject;
        s = s.toLowerCase(Locale.ROOT);
        int pos = 0;
        while (pos < s.length()) {
            Prefix p = prefixAt(s, pos);
            if (p == null) {
                return null;
            }
            if (p.kind() != null) {
                return p.kind();
            }
            pos = p.end();
        }
        return null;
    }

    /** The prefix or list tag starting at {@code pos}; kind is null for a list tag. */
    private static Prefix prefixAt(String s, int pos) {
        Matcher tag = LIST_TAG.matcher(s).region(pos, s.length());
        if (tag.lookingAt()) {
            return new Prefix(null, tag.end());
        }
        Matcher m = PREFIX.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            String word = m.group(1);
            if (REPLY.contains(word)) {
                return new Prefix(Kind.REPLY, m.end());
            }
            if (FORWARD.contains(word)) {
                return new Prefix(Kind.FORWARD, m.end());
            }
            return null;
        }
        Matcher ref = FRENCH_REF.matcher(s).region(pos, s.length());
        if (ref.lookingAt()) {
            return new Prefix(Kind.REPLY, ref.end());
        }
        return null;
    }
}
