package org.threadguard.heuristics.quote;

import java.util.List;
import java.util.Locale;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * The warning a mail gateway puts at the top of mail from outside the organisation ("CAUTION: This email
 * originated from outside the organization. Do not click links ...", "Externe E-Mail: ... außerhalb ...", Microsoft's
 * "You don't often get email from ..."). It is not what the sender wrote: left in, it makes every external reply
 * look like the user's language, and its own words ("click", "links", "attachments") like a call to action.
 */
public final class GatewayBanner {
    /** The first paragraphs only, and short ones: a banner is a line or two at the very top. */
    private static final int MAX_BANNER = 700;
    private static final int MAX_PARAGRAPHS = 2;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Words of the warning, accent-free and lower case, in the languages the quote splitter knows. */
    private static final List<String> MARKERS = List.of(
            // en
            "external email", "external e-mail", "external sender", "originated from outside",
            "from outside of the organization", "from outside the organization", "from outside of the organisation",
            "from outside the organisation", "outside of your organization", "outside your organization",
            "outside your organisation", "came from outside", "do not click links", "don't click links",
            "do not click on links", "unless you recognize the sender", "unless you recognise the sender",
            "you don't often get email from", "learn why this is important", "[external]", "caution:",
            // de
            "externe e-mail", "externe email", "externe mail", "externer absender", "ausserhalb", "[extern]",
            "klicken sie nicht auf links", "nicht auf links", "absender nicht kennen", "sie erhalten nicht oft e-mail",
            "achtung:", "vorsicht:",
            // fr
            "courriel externe", "e-mail externe", "message externe", "expediteur externe", "provient de l'exterieur",
            "en dehors de votre organisation", "en dehors de l'organisation", "ne cliquez pas",
            "vous ne recevez pas souvent", "[externe]", "attention :",
            // es
            "correo externo", "remitente externo", "fuera de la organizacion", "fuera de su organizacion",
            "no haga clic", "no suele recibir", "[externo]", "precaucion:",
            // it
            "email esterna", "mail esterna", "e-mail esterna", "mittente esterno", "proviene dall'esterno",
            "al di fuori dell'organizzazione", "non fare clic", "non cliccare", "[esterno]", "attenzione:",
            // nl
            "externe afzender", "buiten de organisatie", "buiten uw organisatie", "klik niet op",
            // pt
            "e-mail externo", "remetente externo", "fora da organizacao", "fora da sua organizacao", "nao clique");

    private GatewayBanner() {
    }

    /** The text without a gateway's warning paragraphs at its top; unchanged when it starts otherwise. */
    public static String strip(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String rest = text;
        for (int p = 0; p < MAX_PARAGRAPHS; p++) {
            String lead = rest.stripLeading();
            int end = paragraphEnd(lead);
            String paragraph = lead.substring(0, end);
            if (paragraph.length() > MAX_BANNER || !isBanner(paragraph)) {
                break;
            }
            rest = lead.substring(end);
        }
        return rest == text ? text : rest.stripLeading();
    }

    /** The end of the first paragraph: the first blank line, or the end of the text. */
    private static int paragraphEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            int next = nl + 1;
            int j = next;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return nl;
            }
            i = next;
        }
        return text.length();
    }

    /** Two of the warning's phrases, or one in a short paragraph that speaks of links or attachments. */
    static boolean isBanner(String paragraph) {
        String p = SPACES.matcher(Tokens.stripAccents(paragraph.toLowerCase(Locale.ROOT)).replace('\u2019', '\''))
                .replaceAll(" ");
        // a banner carries no link of its own (Microsoft's "learn why" aside): a paragraph with one is the sender's
        if ((p.contains("http") || p.contains("www.")) && !p.contains("aka.ms/")) {
            return false;
        }
        int found = 0;
        for (String m : MARKERS) {
            if (p.contains(m) && ++found >= 2) {
                return true;
            }
        }
        return found == 1 && p.length() <= 300 && (p.contains("link") || p.contains("attach") || p.contains("anhang")
                || p.contains("anhange") || p.contains("piece") || p.contains("adjunt") || p.contains("allegat")
                || p.contains("bijlage") || p.contains("anexo") || p.contains("sender") || p.contains("absender"));
    }
}
