package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multilingual word stems for the intents lures share: asking the reader to open, download,
 * enable, review or pay, and talk of passwords and changed bank details. These are categories of
 * intent in EN, DE, ES, FR, IT, PT and NL — not phrases of any particular campaign — and they are
 * only one input: a lure must also be unrelated to the thread's own text.
 */
public final class Lexicon {

    /** Call to action: open / see / download / enable / click / review / confirm / sign / pay. */
    private static final Pattern ACTION = Pattern.compile("(?iu)\\b("
            // en
            + "open|opening|see attach\\w*|attached|attachment|enclosed|download\\w*|enable\\w*|click\\w*|review\\w*"
            + "|confirm\\w*|sign\\w*|view\\w*|access\\w*|find attach\\w*|kindly|urgent\\w*|asap|as soon as possible"
            + "|invoice\\w*|payment\\w*|remittance|overdue|outstanding|wire|transfer|document\\w*|file|files"
            + "|let me know what you think|check (?:it|this|the)"
            // de
            + "|öffnen|anbei|anhang|angehängt\\w*|herunterladen|aktivieren|klicken|prüfen|bestätigen|dokument\\w*"
            + "|datei\\w*|rechnung\\w*|zahlung\\w*|überweisung\\w*|dringend|unterlagen|unterschreiben|freigeben"
            // es
            + "|abrir|adjunto|adjunta|adjuntos|descarg\\w*|habilit\\w*|haga clic|revis\\w*|confirm\\w*|documento\\w*"
            + "|archivo\\w*|factura\\w*|pago\\w*|transferencia\\w*|urgente|firmar"
            // fr
            + "|ouvrir|ci-joint|pièce jointe|télécharg\\w*|activer|cliquez|vérifi\\w*|facture\\w*|paiement\\w*"
            + "|virement\\w*|fichier\\w*|signer"
            // it
            + "|aprire|allegat\\w*|scaric\\w*|abilit\\w*|clicca\\w*|verific\\w*|fattura\\w*|pagament\\w*|bonifico"
            + "|documenti|documento|firmare"
            // pt
            + "|abra|anexo|anexad\\w*|baix\\w*|ative|clique|verifique|fatura\\w*|pagamento\\w*|transferência"
            + "|arquivo\\w*|assinar"
            // nl
            + "|openen|bijlage\\w*|bijgevoegd\\w*|download|inschakelen|klik|bekijk\\w*|bevestig\\w*|factuur\\w*"
            + "|betaling\\w*|overboeking\\w*|bestand\\w*|ondertekenen"
            + ")\\b");

    /** Passwords for encrypted archives or documents. */
    private static final Pattern PASSWORD = Pattern.compile("(?iu)\\b(password|passcode|passwort|kennwort|pw"
            + "|contraseña|clave|mot de passe|mdp|parola d'ordine|senha|wachtwoord)"
            + "(?:\\s+(?:is|ist|lautet|es|est|è|é|:))?\\s*[:=]?\\s*[\"'«]?([^\\s,;\"'»]{3,})");

    /** Bank details and payment redirection. */
    private static final Pattern BANK = Pattern.compile("(?iu)\\b(iban|swift|bic|routing|sort code|bank details"
            + "|bank account|account number|beneficiary|new account|updated account|bankverbindung|kontoverbindung"
            + "|neue\\w* konto\\w*|cuenta bancaria|nueva cuenta|datos bancarios|coordonnées bancaires|rib"
            + "|nouveau compte|coordinate bancarie|nuovo conto|dados bancários|nova conta|bankgegevens"
            + "|rekeningnummer|nieuwe rekening)\\b");

    /** Marketing and scam calls: the vocabulary of spam and fraud that fake threads carry. */
    private static final Pattern SCAM = Pattern.compile("(?iu)\\b(click here|unsubscribe|opt[- ]out|congratulations"
            + "|you(?:'ve| have)? won|winner|prize|free gift|bonus|promo|discount|limited time|act now|risk[- ]free"
            + "|verify your (?:account|email|identity)|confirm your (?:account|identity|details)|claim your"
            + "|lottery|inheritance|next of kin|beneficiary|million (?:dollars|usd|euros)|crypto|bitcoin|wallet"
            + "|seed phrase|investment opportunity|casino|deposit|reward|rewards|exclusive offer|special offer"
            + "|hier klicken|abmelden|gewonnen|gewinner|gratis|kostenlos|haga clic|darse de baja|ganador|premio"
            + "|cliquez ici|désabonner|gagné|gagnant|clicca qui|disiscriviti|vinto|vincitore|clique aqui"
            + "|cancelar inscrição|ganhou|klik hier|afmelden|uitschrijven|winnaar)\\b");

    /** An IBAN as written (country, check digits, then groups). */
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\\b");
    /** Words that announce changed payment details. */
    private static final Pattern CHANGED = Pattern.compile("(?iu)\\b(new|changed|change|updated|update|different"
            + "|no longer|neue[nrs]?|geändert|geänderte[nr]?|nicht mehr|nueva|nuevo|cambiad[ao]s?|ya no|nouveau|nouvelle"
            + "|changé|modifié|plus|nuovo|nuova|cambiat[oi]|non più|nova|novo|alterad[ao]s?|não|nieuwe|gewijzigd|niet meer)\\b");

    private Lexicon() {
    }

    /** IBANs in a text, without spaces. */
    public static List<String> ibans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = IBAN.matcher(text);
        while (m.find() && out.size() < 10) {
            String v = m.group(1).replace(" ", "");
            if (v.length() >= 15 && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a text announces that something changed ("new account", "neue Bankverbindung"). */
    public static boolean announcesChange(String text) {
        return CHANGED.matcher(text).find();
    }

    /** The distinct marketing or scam terms in a text, lower case. */
    public static List<String> scamTerms(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SCAM.matcher(text);
        while (m.find() && out.size() < 10) {
            String t = m.group(1).toLowerCase(Locale.ROOT);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The distinct call-to-action terms in a text, lower case. */
    public static List<String> actions(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ACTION.matcher(text);
        while (m.find() && out.size() < 20) {
            String t = m.group(1).toLowerCase(Locale.ROOT);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The password-like value mentioned in a text, or empty. */
    public static String password(String text) {
        Matcher m = PASSWORD.matcher(text);
        while (m.find()) {
            String v = m.group(2);
            v = v.replaceAll("[.!?]+$", "");
            boolean digit = v.chars().anyMatch(Character::isDigit);
            boolean upper = v.chars().anyMatch(Character::isUpperCase);
            boolean lower = v.chars().anyMatch(Character::isLowerCase);
            boolean symbol = v.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            if (v.length() >= 3 && (digit || symbol || upper && lower && !Character.isUpperCase(v.charAt(0)))) {
                return v;
            }
        }
        return "";
    }

    public static List<String> bankTerms(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BANK.matcher(text);
        while (m.find() && out.size() < 10) {
            String t = m.group(1).toLowerCase(Locale.ROOT);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
