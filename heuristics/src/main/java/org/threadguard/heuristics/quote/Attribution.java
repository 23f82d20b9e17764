package org.threadguard.heuristics.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote attribution line such as {@code On Tue, Mar 3, 2026 at 10:12 AM Anna <a@x.de> wrote:},
 * {@code Am 03.03.2026 um 10:12 schrieb Anna:} or {@code Le 3 mars 2026 à 10:12, Anna a écrit :},
 * possibly wrapped over up to three lines.
 *
 * @param author the author as written, empty when unknown
 * @param date the date as written, empty when unknown
 * @param lineCount how many lines the attribution spans
 */
record Attribution(String author, String date, int lineCount) {

    /** Longest attribution considered, in characters; real ones are far shorter. */
    private static final int MAX_LENGTH = 400;

    /**
     * One language's form: an opening word, the verb, and whether the author follows the verb
     * ({@code Am DATE schrieb AUTHOR:}) or precedes it ({@code On DATE, AUTHOR wrote:}).
     */
    private record Form(String opener, String verb, boolean authorAfterVerb) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("on ", " wrote:", false),
            new Form("am ", " schrieb ", true),
            new Form("el ", " escribió:", false),
            new Form("le ", " a écrit", false),
            new Form("il ", " ha scritto:", false),
            new Form("em ", " escreveu:", false),
            new Form("op ", " schreef ", true),
            new Form("den ", " skrev ", true),
            new Form("", " skrev ", true),
            new Form("", " schrieb am ", false),
            new Form("", " wrote on ", false),
            // Gmail and Thunderbird in Polish, Czech, Turkish, Finnish, Russian, Hungarian: "DATE AUTHOR verb:"
            new Form("w dniu ", " pisze:", false),
            new Form("", " napisał(a):", false), new Form("", " napisał:", false), new Form("", " napisała:", false),
            new Form("", " napsal(a):", false), new Form("", " napsal:", false), new Form("", " napsala:", false),
            new Form("", " şunu yazdı:", false), new Form("", " yazdı:", false), new Form("", " kirjoitti:", false),
            new Form("", " написал(а):", false), new Form("", " написал:", false), new Form("", " написала:", false),
            new Form("", " пишет:", false), new Form("", " írta:", false),
            // Greek, Romanian, Croatian/Serbian/Bosnian, Slovak, Ukrainian, Bulgarian, Lithuanian, Indonesian,
            // Vietnamese, Hebrew, Arabic, Korean and Chinese Gmail, Thunderbird and Outlook
            new Form("στις ", " έγραψε:", false), new Form("", " έγραψε:", false), new Form("", " a scris:", false),
            new Form("", " je napisao:", false), new Form("", " je napisala:", false),
            new Form("", " je napisao/la:", false), new Form("", " napísal(a):", false),
            new Form("", " napísal:", false), new Form("", " napísala:", false), new Form("", " пише:", false),
            new Form("", " написа:", false), new Form("", " rašė:", false), new Form("", " menulis:", false),
            new Form("", " đã viết:", false), new Form("", " כתב/ה:", false), new Form("", " כתב:", false),
            new Form("", " كتب:", false), new Form("", "님이 작성:", false), new Form("", "写道:", false),
            new Form("", "寫道:", false));

    /** A time like 10:12, 10.12.00, 10:12 AM or 10:12 a.m. */
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?(?:[AaPp]\\.?[Mm]\\.?|[πμ]\\.\\s?μ\\.))?(?:\\s?(?:[A-Z]{3,4}|[+-]\\d{4}|GMT[+-]?\\d{0,4}))?");

    /** Matches an attribution starting at line {@code i} (with quote markers already removed). */
    static Optional<Attribution> at(List<String> lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int n = 1; n <= 3 && i + n - 1 < lines.size(); n++) {
            String next = lines.get(i + n - 1).strip();
            if (next.isEmpty() || joined.length() + next.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            if (n > 1 && !endsWithOpenBracket(joined)) {
                joined.append(' ');
            }
            joined.append(next);
            Optional<Attribution> a = parse(joined.toString(), n);
            if (a.isPresent()) {
                return a;
            }
            if (n == 1 && !startsLikeAttribution(next)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithOpenBracket(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == '<' || c == '(' || c == '[';
    }

    private static boolean startsLikeAttribution(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Form f : FORMS) {
            if (!f.opener().isEmpty() && lower.startsWith(f.opener())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Attribution> parse(String line, int lineCount) {
        String text = line.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\uff1a', ':');
        if (!text.endsWith(":") || !containsDigit(text)) {
            return Optional.empty();
        }
        String body = text.substring(0, text.length() - 1).strip();
        String lower = body.toLowerCase(Locale.ROOT) + (body.endsWith(" ") ? "" : " ");
        String lowerFull = text.toLowerCase(Locale.ROOT);
        for (Form f : FORMS) {
            if (!lowerFull.startsWith(f.opener())) {
                continue;
            }
            String verb = f.verb();
            int v;
            if (verb.endsWith(":")) {
                if (!lowerFull.endsWith(verb)) {
                    continue;
                }
                v = text.length() - verb.length();
            } else if (verb.equals(" a écrit")) {
                if (!lower.endsWith(" a écrit ")) {
                    continue;
                }
                v = lower.length() - " a écrit ".length();
            } else {
                v = lower.lastIndexOf(verb);
                if (v < f.opener().length()) {
                    continue;
                }
            }
            String before = text.substring(f.opener().length(), Math.max(f.opener().length(), v)).strip();
            String after = v + verb.length() <= body.length() ? body.substring(v + verb.length()).strip() : "";
            if (f.authorAfterVerb()) {
                if (after.isEmpty()) {
                    continue;
                }
                return Optional.of(new Attribution(after, before, lineCount));
            }
            if (verb.equals("写道:") || verb.equals("寫道:")) {
                // Chinese Gmail: "Anna <a@x> 于2026年3月3日周二 10:12写道：": the author, then the date
                int at = Math.max(before.indexOf(" 于"), before.indexOf(" 於"));
                if (at > 0) {
                    return Optional.of(new Attribution(before.substring(0, at).strip(), before.substring(at + 2).strip(),
                            lineCount));
                }
            }
            if (f.opener().isEmpty() && verb.endsWith(":")) {
                // "pon., 3 mar 2026 o 10:12 Anna Kowalska <a@x> napisał(a):": the date, then the author
                return Optional.of(splitDateAuthor(before, lineCount));
            }
            if (f.opener().isEmpty()) {
                // "Anna <a@x> schrieb am 03.03.2026 um 10:12:" / "Anna wrote on 3 March:"
                return Optional.of(new Attribution(before, after, lineCount));
            }
            return Optional.of(splitDateAuthor(before, lineCount));
        }
        return Optional.empty();
    }

    /** Splits {@code DATE, AUTHOR} or {@code DATE at 10:12 AM AUTHOR}: after the last time, else the last comma. */
    private static Attribution splitDateAuthor(String s, int lineCount) {
        Matcher m = TIME.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            int comma = s.lastIndexOf(',');
            end = comma < 0 ? 0 : comma;
        }
        String date = trimPunctuation(s.substring(0, end));
        if (date.startsWith("giorno ")) {
            date = date.substring("giorno ".length()); // Italian Gmail: "Il giorno ... ha scritto:"
        }
        String author = trimPunctuation(s.substring(end));
        if (author.startsWith("ο/η ")) {
            author = author.substring("ο/η ".length()); // Greek Thunderbird and Gmail: "ο/η Name <address>"
        }
        return new Attribution(author, date, lineCount);
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == ',')) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
