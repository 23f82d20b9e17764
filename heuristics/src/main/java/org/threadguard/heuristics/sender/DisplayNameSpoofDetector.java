package org.threadguard.heuristics.sender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.links.Domains;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Notices a display name that belongs to someone the mailbox knows, written with an address
 * that person never used (Emotet's trademark: "Anna Schmidt &lt;random@compromised.example&gt;").
 */
public final class DisplayNameSpoofDetector implements Detector {
    public static final String CODE = "DISPLAY_NAME_SPOOF";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        Address sender = ctx.facts().sender();
        if (sender == null || sender.email().isEmpty() || !sender.hasDisplayName()) {
            return List.of();
        }
        String display = sender.displayName();
        // A display name that is itself an address ("anna@corp.example" <x@other.example>).
        if (display.contains("@")) {
            String shown = extractEmail(display);
            if (!shown.isEmpty() && !shown.equals(sender.email())
                    && (ctx.thread().participants().contains(shown) || ctx.mailbox().addressCount(shown) > 0)) {
                return List.of(Finding.of(CODE, 0.7,
                        Text.of("DISPLAY_NAME_SPOOF.addressAsName", shown, sender.email()),
                        Text.literal(shown), "", Text.literal(sender.email()),
                        List.of(new EvidenceRow(Text.of("DISPLAY_NAME_SPOOF.field.address"), Text.literal(shown), "",
                                Text.literal(sender.email())))));
            }
        }
        String name = Tokens.normalizeName(display);
        if (!isDistinctiveName(name)) {
            return List.of();
        }
        Map<String, Integer> known = new java.util.HashMap<>(ctx.mailbox().addressesForName(name));
        if (known.isEmpty()) {
            return List.of();
        }
        boolean rarelyUsed = false;
        Integer own = known.remove(sender.email());
        if (own != null) {
            // The name was already used with this address; it stays suspect only while another address
            // is the person's established one (many times more) and the domains differ.
            int established = known.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            boolean otherDomain = known.keySet().stream().noneMatch(
                    k -> Domains.registrableOfEmail(k).equals(Domains.registrable(sender.domain())));
            if (known.isEmpty() || established < 5 || own * 4 > established || !otherDomain) {
                return List.of();
            }
            rarelyUsed = true;
        }
        String canonical = canonical(sender.email());
        for (String k : known.keySet()) {
            if (canonical(k).equals(canonical)) {
                return List.of(); // the same mailbox with another +tag
            }
        }
        for (Address r : ctx.message().replyTo()) {
            if (known.containsKey(r.email())) {
                return List.of(); // answers go back to the person's known address
            }
        }
        String senderDomain = Domains.registrable(sender.domain());
        boolean inThread = false;
        boolean sameOrganisation = false;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : known.entrySet()) {
            boolean participant = ctx.thread().participants().contains(e.getKey());
            inThread |= participant;
            if (Domains.registrableOfEmail(e.getKey()).equals(senderDomain)) {
                sameOrganisation = true;
            }
            int score = e.getValue() + (participant ? 1000 : 0);
            if (score > bestCount) {
                bestCount = score;
                best = e.getKey();
            }
        }
        double strength = inThread ? 0.7 : 0.45;
        if (sameOrganisation) {
            strength = 0.2;
        }
        if (known.size() >= 3) {
            // someone who writes from many addresses: a new one says less
            strength *= 0.6;
        }
        String client = ctx.facts().fingerprint().get(org.threadguard.heuristics.detect.Fingerprint.CLIENT);
        if (!client.isEmpty() && best != null) {
            for (org.threadguard.heuristics.detect.MessageFacts h : ctx.mailbox().senderHistory(best)) {
                if (client.equals(h.fingerprint().get(org.threadguard.heuristics.detect.Fingerprint.CLIENT))) {
                    strength *= 0.6; // written with the same mail program as the person's known mail
                    break;
                }
            }
        }
        String local = sender.localPart();
        if (local.length() >= 3 && known.keySet().stream().anyMatch(k -> (canonical(k).startsWith(canonical(local) + "@")
                || k.startsWith(local + "@")) && relatedDomains(k.substring(k.lastIndexOf('@') + 1), sender.domain()))) {
            // the same mailbox name at another domain: the person's other account more often than not
            // (a look-alike of the domain is LOOKALIKE_DOMAIN's business)
            strength *= 0.4;
        }
        if (announcedBy(ctx, known.keySet(), sender)) {
            // the person wrote, from a known address, that they now write from this domain (a rebrand, a move):
            // an announcement an impostor cannot place in the real sender's earlier mail
            strength *= 0.3;
        }
        if (carriesAndAsksNothing(ctx)) {
            // no file, no link, no answers sent elsewhere and no request to open, pay or act: the name gains its
            // sender nothing here (a colleague on holiday writes like this from a private address); what would
            // make it an attack is left for the other detectors to see
            strength *= 0.5;
        }
        if (rarelyUsed) {
            strength *= 0.8;
        } else if (ctx.mailbox().addressCount(sender.email()) > 0) {
            // the address itself is known to the mailbox, just not with this name
            strength *= 0.7;
        }
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow(Text.of("DISPLAY_NAME_SPOOF.field.name"), Text.literal(display), "",
                Text.literal(display)));
        rows.add(new EvidenceRow(Text.of("DISPLAY_NAME_SPOOF.field.address"),
                Text.literal(String.join(", ", known.keySet())), "", Text.literal(sender.email())));
        rows.add(new EvidenceRow(Text.of("DISPLAY_NAME_SPOOF.field.domain"),
                Text.literal(Domains.registrableOfEmail(best)), "", Text.literal(senderDomain)));
        Text address = Text.of(rarelyUsed ? "DISPLAY_NAME_SPOOF.addressRare" : "DISPLAY_NAME_SPOOF.addressNew");
        return List.of(Finding.of(CODE, strength,
                Text.of(inThread ? "DISPLAY_NAME_SPOOF.participant" : "DISPLAY_NAME_SPOOF.correspondent", display,
                        String.valueOf(best), sender.email(), address),
                Text.literal(display + " <" + best + ">"), "", Text.literal(sender.toString()), rows));
    }

    private static boolean carriesAndAsksNothing(AnalysisContext ctx) {
        org.threadguard.heuristics.detect.MessageFacts f = ctx.facts();
        if (!f.attachments().isEmpty() || !f.newLinks().isEmpty() || !ctx.message().replyTo().isEmpty()) {
            return false;
        }
        for (org.threadguard.heuristics.model.Link l : ctx.message().links()) {
            String site = Domains.registrable(l.host());
            if (!site.isEmpty() && !ctx.thread().linkDomains().containsKey(site)) {
                return false; // a "quote" that links where the thread never did carries something after all
            }
        }
        List<String> words = Lexicon.words(f.newText());
        if (!Lexicon.actions(words).isEmpty() || !Lexicon.bankTerms(words).isEmpty()
                || !Lexicon.pretexts(words).isEmpty() || !Lexicon.scamTerms(words).isEmpty()
                || !Lexicon.password(f.newText()).isEmpty() || !Lexicon.handovers(words).isEmpty()) {
            return false;
        }
        // what the false name is used for without a file or link: money ("a down payment of 386 400 kr"), a number
        // to call, written in a sentence of the new text (a signature's short lines give phone numbers unasked)
        String sentences = Lexicon.sentenceLines(org.threadguard.heuristics.nlp.Tokens.aboveSignature(f.newText()));
        return !Lexicon.namesAmount(sentences) && !Lexicon.givesPhoneNumber(sentences);
    }

    /**
     * Whether an earlier message of the thread, from one of the person's known addresses, names the new address
     * or its domain in its own words (not in a quote).
     */
    private static boolean announcedBy(AnalysisContext ctx, java.util.Set<String> knownAddresses, Address sender) {
        String domain = sender.domain().toLowerCase(java.util.Locale.ROOT);
        String registrable = Domains.registrable(domain);
        if (registrable.isEmpty()) {
            return false;
        }
        for (org.threadguard.heuristics.detect.MessageFacts m : ctx.thread().members()) {
            if (!knownAddresses.contains(m.senderEmail())) {
                continue;
            }
            String text = m.newText().toLowerCase(java.util.Locale.ROOT);
            if (containsDomainWord(text, sender.email())) {
                return true;
            }
            // a webmail domain is anyone's: only the exact address announces it
            if (!Domains.isFreeMail(domain) && containsDomainWord(text, registrable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The domain (or address) as a word of the text ("@newname.example", "www.newname.example"), not inside a
     * longer name: "fjallvind.co" is not in "fjallvind.com".
     */
    private static boolean containsDomainWord(String text, String domain) {
        int from = 0;
        while (true) {
            int i = text.indexOf(domain, from);
            if (i < 0) {
                return false;
            }
            int end = i + domain.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    && text.charAt(end) != '-';
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    /** At least two name parts, or one long one: "Anna Schmidt", "Guillermo", not "Info" or "Admin". */
    static boolean isDistinctiveName(String normalized) {
        if (normalized.isEmpty()) {
            return false;
        }
        String[] parts = normalized.split(" ");
        // a Chinese, Japanese or Korean character carries about what three Latin letters do: "大西 康介" is a
        // full name, as distinctive as "Kosuke Onishi"
        int letters = 0;
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                letters += Tokens.isIdeographic(c) || c >= 0xAC00 && c <= 0xD7A3 ? 3 : 1;
            }
        }
        if (parts.length >= 2) {
            return letters >= 6;
        }
        return letters >= 8 && normalized.chars().allMatch(Character::isLetter);
    }

    /** Whether two mail domains share a name label ("sss.net" and "sss.pgh.pa.us"). */
    static boolean relatedDomains(String a, String b) {
        java.util.Set<String> la = nameLabels(a);
        la.retainAll(nameLabels(b));
        return !la.isEmpty();
    }

    private static java.util.Set<String> nameLabels(String domain) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String[] labels = domain.toLowerCase(java.util.Locale.ROOT).split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String l = labels[i];
            if (l.length() >= 3 && !java.util.Set.of("com", "net", "org", "edu", "gov", "mail", "smtp", "www", "web",
                    "email", "mx").contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** The address without a "+tag" sub-address: "kevin+dated+123@x" -> "kevin@x". */
    static String canonical(String email) {
        int at = email.lastIndexOf('@');
        int plus = email.indexOf('+');
        if (at < 0 || plus < 0 || plus > at) {
            return email;
        }
        return email.substring(0, plus) + email.substring(at);
    }

    private static String extractEmail(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
                .matcher(s);
        return m.find() ? m.group().toLowerCase(java.util.Locale.ROOT) : "";
    }
}
