package org.threadguard.heuristics.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A light language identifier: the script of the letters, then, for Latin script, the share of
 * each language's most common function words. Loads in microseconds and needs no model; it is
 * only asked "which language is this text in", never to translate or to parse.
 */
public final class LanguageGuesser {

    /**
     * A guess.
     *
     * @param language ISO 639-1 code, or a script name for scripts we do not split further ("cyrillic", "arabic")
     * @param confidence 0..1: the share of the text's words that backs the guess, scaled
     */
    public record Guess(String language, double confidence) {
    }

    private static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

    static {
        STOPWORDS.put("en", Set.of("the", "and", "is", "are", "to", "of", "in", "that", "it", "for", "you", "with",
                "this", "be", "on", "have", "not", "but", "as", "was", "at", "we", "if", "or", "can", "please",
                "thanks", "would", "will", "what", "there", "from", "your", "do", "i", "my", "me", "so", "an",
                "any", "which", "hi", "regards", "best", "know", "just", "should"));
        STOPWORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "sie", "es", "mit", "den",
                "zu", "ein", "eine", "auf", "für", "von", "dem", "wir", "auch", "bitte", "danke", "sind", "haben",
                "wie", "noch", "aber", "oder", "wenn", "kann", "ihr", "ihnen", "grüße", "gruß", "hallo", "anbei",
                "im", "uns", "des", "werden", "wird", "schon", "mal", "diese", "dass", "bei"));
        STOPWORDS.put("es", Set.of("el", "la", "los", "las", "y", "que", "de", "en", "un", "una", "por", "para",
                "con", "no", "es", "se", "del", "al", "lo", "como", "pero", "su", "sus", "este", "esta", "hola",
                "gracias", "saludos", "favor", "adjunto", "estimado", "usted", "le", "muy", "más", "ya", "hay",
                "nos", "cuando", "también", "queda", "quedo"));
        STOPWORDS.put("fr", Set.of("le", "la", "les", "et", "est", "des", "un", "une", "du", "que", "qui", "en",
                "pour", "pas", "dans", "sur", "avec", "vous", "nous", "je", "il", "ce", "cette", "mais", "ou",
                "merci", "bonjour", "cordialement", "au", "aux", "sont", "ci-joint", "votre", "vos", "mon", "plus",
                "être", "avez", "suis", "bien", "voici", "voilà", "demandé", "fichier", "joint"));
        STOPWORDS.put("it", Set.of("il", "lo", "la", "gli", "le", "e", "che", "di", "del", "della", "un", "una",
                "per", "non", "con", "sono", "ho", "ha", "si", "ma", "anche", "come", "questo", "questa", "grazie",
                "saluti", "cordiali", "allegato", "buongiorno", "ciao", "mi", "ti", "vi", "nel", "alla", "dei",
                "più", "essere", "abbiamo"));
        STOPWORDS.put("pt", Set.of("o", "a", "os", "as", "e", "que", "de", "do", "da", "dos", "das", "em", "um",
                "uma", "para", "com", "não", "por", "se", "na", "no", "mais", "como", "mas", "obrigado",
                "obrigada", "olá", "segue", "anexo", "você", "vocês", "cumprimentos", "atenciosamente", "ao",
                "são", "está", "também", "isso", "pelo", "pela"));
        STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "ik", "je", "u", "we",
                "wij", "met", "op", "voor", "zijn", "ook", "maar", "als", "bij", "naar", "dit", "deze", "er",
                "hebben", "heb", "graag", "bedankt", "groet", "groeten", "hartelijke", "bijlage", "kunt", "uw",
                "wordt", "nog", "om", "aan"));
        STOPWORDS.put("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
                "den", "har", "inte", "om", "ett", "jag", "vi", "du", "hälsningar", "tack", "hej", "kan", "vara",
                "eller", "från", "så", "men"));
        STOPWORDS.put("pl", Set.of("i", "w", "na", "z", "że", "do", "nie", "to", "się", "jest", "jak", "po",
                "dla", "od", "za", "co", "ale", "czy", "dzień", "dobry", "pozdrawiam", "dziękuję", "proszę",
                "jako", "przez", "oraz", "tak", "są"));
        STOPWORDS.put("tr", Set.of("ve", "bir", "bu", "için", "ile", "çok", "ama", "ne", "mi", "daha", "gibi",
                "olarak", "var", "yok", "sonra", "kadar", "merhaba", "teşekkürler", "teşekkür", "ederim",
                "saygılarımla", "lütfen", "ekte", "bize", "olan", "şu", "biz", "siz", "iyi",
                "günler", "değil", "veya", "hem", "nasıl", "göre", "şimdi", "bilgi", "rica"));
        STOPWORDS.put("cs", Set.of("je", "se", "na", "že", "pro", "jako", "ale", "jsem", "jsme",
                "od", "po", "tak", "také", "nebo", "děkuji", "dobrý", "pozdravem", "prosím", "vás",
                "vám", "bude", "jsou", "už", "ještě", "příloze", "zdravím", "mám", "máme", "tento", "této",
                "který", "která", "které", "při", "pane", "paní"));
        STOPWORDS.put("da", Set.of("og", "det", "er", "en", "til", "på", "med", "af", "ikke",
                "vi", "jeg", "har", "som", "kan", "om", "et", "vil", "venlig", "hilsen", "tak",
                "hej", "mvh", "fra", "også", "skal", "være", "jer", "eller", "nu"));
        STOPWORDS.put("no", Set.of("og", "det", "er", "en", "til", "på", "med", "av", "ikke",
                "vi", "jeg", "har", "som", "kan", "om", "et", "vil", "vennlig", "hilsen", "takk",
                "hei", "fra", "også", "skal", "være", "dere", "eller", "nå"));
        STOPWORDS.put("fi", Set.of("ja", "ei", "että", "se", "oli", "kun", "mutta", "tai", "myös",
                "kiitos", "terveisin", "hei", "ystävällisin", "olen", "olemme", "voit", "voisitko", "tämä", "nyt",
                "vielä", "jo", "liitteenä", "ovat", "minä", "te", "siitä", "tästä", "kanssa"));
        STOPWORDS.put("ro", Set.of("și", "şi", "în", "la", "cu", "pe", "nu", "este", "că", "pentru", "un",
                "mai", "din", "sunt", "vă", "mulțumesc", "mulţumesc", "bună", "ziua", "stimă", "atașat",
                "rog", "fost", "sau", "dar", "această", "acest", "vom", "avem"));
        STOPWORDS.put("hu", Set.of("az", "és", "hogy", "nem", "egy", "van", "meg", "csak", "ez",
                "azt", "már", "még", "köszönöm", "üdvözlettel", "kérem", "mellékelten", "lesz", "vagy", "ha",
                "mint", "kell", "volt", "jó", "napot", "kedves", "amit", "ami"));
        STOPWORDS.put("hr", Set.of("je", "na", "da", "se", "za", "su", "od", "što", "ali", "kao",
                "sa", "ne", "bi", "li", "hvala", "lijep", "pozdrav", "srdačan", "molim", "vas", "vam", "ili",
                "biti", "prilogu", "bih", "smo", "sam"));
        STOPWORDS.put("id", Set.of("dan", "yang", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "tidak",
                "akan", "ada", "saya", "kami", "anda", "terima", "kasih", "mohon", "bapak", "ibu", "salam",
                "sudah", "bisa", "juga", "dalam", "atau", "hormat"));
    }

    /** Each function word with the languages it belongs to (built once from {@link #STOPWORDS}). */
    private static final Map<String, String[]> WORD_LANGUAGES = new HashMap<>();
    /** Enough text to tell a language; longer texts are judged by their start. */
    private static final int SAMPLE_CHARS = 4_000;

    static {
        Map<String, List<String>> tmp = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            for (String w : e.getValue()) {
                tmp.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(e.getKey());
            }
        }
        tmp.forEach((w, langs) -> WORD_LANGUAGES.put(w, langs.toArray(new String[0])));
    }

    /** For the characters below U+0250 (Latin-1, Latin Extended-A and -B): whether it is a Latin letter. */
    private static final boolean[] LATIN_LETTER = new boolean[0x250];

    static {
        for (char c = 0; c < LATIN_LETTER.length; c++) {
            LATIN_LETTER[c] = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        }
    }

    private LanguageGuesser() {
    }

    /** Guesses the language of a text; empty when the text is too short or mixed to tell. */
    public static Optional<Guess> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int latin = 0;
        int cjk = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int arabic = 0;
        int greek = 0;
        int hebrew = 0;
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    latin++;
                }
                continue;
            }
            if (c < LATIN_LETTER.length) {
                if (LATIN_LETTER[c]) {
                    latin++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case LATIN -> latin++;
                case HAN -> cjk++;
                case HIRAGANA, KATAKANA -> {
                    cjk++;
                    kana++;
                }
                case HANGUL -> {
                    cjk++;
                    hangul++;
                }
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                default -> {
                }
            }
        }
        int letters = latin + cjk + cyrillic + arabic + greek + hebrew;
        if (letters < 12) {
            return Optional.empty();
        }
        if (cjk > letters * 0.3) {
            // Korean is written in Hangul, Japanese mixes kana into its Han characters, Chinese has neither
            String lang = hangul > cjk * 0.3 ? "ko" : kana > cjk * 0.1 ? "ja" : "zh";
            return Optional.of(new Guess(lang, Math.min(1, cjk / (double) letters)));
        }
        if (cyrillic > letters * 0.5) {
            return Optional.of(new Guess("cyrillic", cyrillic / (double) letters));
        }
        if (arabic > letters * 0.5) {
            return Optional.of(new Guess("arabic", arabic / (double) letters));
        }
        if (greek > letters * 0.5) {
            return Optional.of(new Guess("greek", greek / (double) letters));
        }
        if (hebrew > letters * 0.5) {
            return Optional.of(new Guess("hebrew", hebrew / (double) letters));
        }
        return latinGuess(text, limit);
    }

    /** Whether the guesser tells this Latin-script language by its function words. */
    public static boolean isLatinLanguage(String code) {
        return STOPWORDS.containsKey(code);
    }

    /**
     * For each language, how many of the text's words are its function words (Latin script only; a word of
     * several languages counts for each), and under the key {@code ""} how many words the text has.
     */
    public static Map<String, Integer> functionWordHits(String text) {
        Map<String, Integer> hits = new HashMap<>();
        if (text == null) {
            return hits;
        }
        List<String> words = Tokens.words(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)));
        hits.put("", words.size());
        for (String w : words) {
            String[] langs = WORD_LANGUAGES.get(w);
            if (langs != null) {
                for (String l : langs) {
                    hits.merge(l, 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    private static Optional<Guess> latinGuess(String text, int limit) {
        List<String> words = Tokens.words(text.substring(0, limit));
        if (words.size() < 4) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String w : words) {
            String[] langs = WORD_LANGUAGES.get(w);
            if (langs != null) {
                for (String l : langs) {
                    hits.merge(l, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            int v = e.getValue();
            if (v > bestHits) {
                second = bestHits;
                bestHits = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == null || bestHits < 3 || words.size() < 8 && bestHits < second + 2) {
            return Optional.empty();
        }
        double share = bestHits / (double) words.size();
        double margin = (bestHits - second) / (double) bestHits;
        double confidence = Math.min(1.0, share * 3) * Math.min(1.0, margin * 2);
        if (confidence < 0.25) {
            return Optional.empty();
        }
        return Optional.of(new Guess(best, confidence));
    }
}
