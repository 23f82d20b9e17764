package org.threadguard.heuristics.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Analyzer;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.Evidence;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Senders;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.nlp.Tokens;

/**
 * Notices new text that says nothing specific — made only of greetings, function words and the
 * generic vocabulary of "here is the file you asked for" — while asking the reader to open,
 * download, review or pay, and that shares nothing with what the thread was about. Genericity
 * (the share of topic-free words, see {@link GenericVocabulary}) and topicality (the specific
 * words the thread used before) are measured, so a lure is recognised by saying nothing about
 * its conversation, not by its wording.
 */
public final class LureTextDetector implements Detector {
    public static final String CODE = "LURE_TEXT";

    /** How dangerous what the reply carries is on its own (files by type, links by target), 0..1. */
    static double payloadRisk(AnalysisContext ctx) {
        double risk = 0;
        for (org.threadguard.heuristics.model.Attachment a : ctx.facts().attachments()) {
            risk = Math.max(risk, org.threadguard.heuristics.attachments.RiskyAttachmentDetector.intrinsicRisk(a,
                    new ArrayList<>()));
        }
        for (org.threadguard.heuristics.model.Link l : ctx.facts().newLinks()) {
            String ext = org.threadguard.heuristics.model.FileNames.extension(l.path());
            boolean download = org.threadguard.heuristics.model.FileNames.isRiskyDownloadExtension(ext)
                    && !ext.startsWith("htm");
            String host = l.host();
            if (download || l.carriesContent() || org.threadguard.heuristics.links.Domains.isShortener(host)
                    || org.threadguard.heuristics.links.Domains.isIpLiteral(host)
                    || org.threadguard.heuristics.links.Domains.isFileSharing(host)
                    || org.threadguard.heuristics.links.Domains.isPunycodeOrNonAscii(host)) {
                risk = Math.max(risk, 0.5);
            } else if (!org.threadguard.heuristics.links.NovelLinkDomainDetector.familiarDomains(ctx)
                    .contains(org.threadguard.heuristics.links.Domains.registrable(host))) {
                risk = Math.max(risk, 0.15); // a web page somewhere new: references are shared like this
            }
        }
        return risk;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void prepare(MessageFacts facts) {
        // only for what will be judged here: a reply short enough for this detector, not the user's own
        if (facts.wordCount() <= 400 && !Senders.isSentFolder(facts.message().folder())
                && Analyzer.isReply(facts.message(), facts)) {
            Genericity.prepare(facts);
        }
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts f = ctx.facts();
        String full = Genericity.withoutSignature(f.newText());
        // a lure says what it wants early: the vocabulary scans read the first few thousand characters
        String text = full.length() > 4_000 ? full.substring(0, 4_000) : full;
        String command = Lexicon.runCommand(text);
        if (!command.isEmpty()) {
            // a command to paste and run that fetches code from the network: what "ClickFix" lures and fake
            // support replies ask for; no file or link for the filters to see
            boolean paste = Lexicon.pasteToRun(text);
            MessageFacts last = ctx.parent().orElse(ctx.thread().last());
            List<EvidenceRow> rows = List.of(new EvidenceRow(Text.of("LURE_TEXT.row.command"), Text.empty(), "",
                    Text.literal(Evidence.excerpt(command, 200))));
            return List.of(Finding.of(CODE, paste ? 0.6 : 0.5,
                    Text.of(paste ? "LURE_TEXT.runCommandPaste" : "LURE_TEXT.runCommand"),
                    last == null ? Text.empty() : Text.literal(Evidence.excerpt(last.newText(), 160)),
                    AnalysisContext.ref(last), Text.literal(Evidence.excerpt(command, 160)), rows));
        }
        if (f.wordCount() > 400) {
            return List.of();
        }
        boolean longText = f.wordCount() > 200;
        Genericity g = Genericity.of(ctx);
        List<String> tokens = g.tokens();
        List<String> words = Lexicon.words(text);
        List<String> actions = Lexicon.actions(words);
        List<String> bank = Lexicon.bankTerms(words);
        if (bank.isEmpty() && !Lexicon.ibans(text).isEmpty()) {
            // an IBAN written out (above the signature) is bank details, whatever words surround it
            bank = List.of("iban");
        }
        boolean carriesSomething = !f.attachments().isEmpty() || !f.newLinks().isEmpty();
        if (tokens.isEmpty() && f.attachments().isEmpty() && f.newLinks().isEmpty()) {
            return List.of();
        }
        List<String> pretexts = Lexicon.pretexts(words);
        if (actions.isEmpty() && bank.isEmpty() && !carriesSomething && Lexicon.scamTerms(words).size() < 2
                && pretexts.size() < 2 && !Lexicon.asksToCall(words)) {
            return List.of();
        }
        List<String> specific = g.specific();
        double genericShare = g.genericShare();
        Map<String, Integer> vocabulary = ctx.thread().vocabulary();
        Set<String> sharedSpecific = new HashSet<>();
        for (String s : specific) {
            String key = Tokens.stripAccents(s);
            key = key.length() > 7 ? key.substring(0, 7) : key;
            if (vocabulary.containsKey(key)) {
                sharedSpecific.add(s);
            }
        }
        // Words with digits do not count for or against genericity (an "Invoice_0412" is no topic), but one
        // the thread already used (a date like "25th", an order or batch reference) ties the text to it.
        for (String w : words) {
            if (w.length() >= 3 && !Tokens.isNumber(w) && w.chars().anyMatch(Character::isDigit)) {
                String key = Tokens.stripAccents(w);
                key = key.length() > 7 ? key.substring(0, 7) : key;
                if (vocabulary.containsKey(key)) {
                    sharedSpecific.add(w);
                }
            }
        }
        double strength = 0;
        List<Text> asksOverride = null;
        Text explanation = null;
        if (!longText && g.isGeneric() && (!actions.isEmpty() || carriesSomething)) {
            strength = 0.3;
            if (g.size() <= 25) {
                strength += 0.08;
            }
            if (genericShare >= 0.9) {
                strength += 0.05;
            }
            if (sharedSpecific.size() >= 2) {
                strength *= 0.5;
            }
        }
        if (!bank.isEmpty() && (actions.size() + bank.size()) >= 2) {
            strength = Math.max(strength, 0.3);
        }
        // Payment diversion: new bank details that the thread never had, or an announced change of them.
        List<String> ibans = Lexicon.ibans(f.newText());
        boolean newIban = false;
        // where the sender's side gave payment details before: this thread, and the sender's organisation in any
        // thread (a colleague's invoice), or the sender alone when writing from free mail
        List<MessageFacts> payers = List.of();
        if (!bank.isEmpty() && (!ibans.isEmpty() || Lexicon.hasPaymentNumber(f.newText()))) {
            payers = senderSide(ctx);
        }
        if (!ibans.isEmpty() && !bank.isEmpty()) {
            for (String iban : ibans) {
                boolean seen = false;
                for (MessageFacts m : payers) {
                    if (spacelessBody(m).contains(iban)) {
                        seen = true;
                        break;
                    }
                }
                newIban |= !seen;
            }
        }
        // account, routing or phone numbers money is to be sent to (not an IBAN: ACH, Zelle, Bizum, PIX) that the
        // thread never had
        boolean newDestination = false;
        if (ibans.isEmpty() && !bank.isEmpty()) {
            for (String n : Lexicon.paymentNumbers(f.newText())) {
                boolean seen = false;
                for (MessageFacts m : payers) {
                    if (digitsOf(m).contains(n)) {
                        seen = true;
                        break;
                    }
                }
                newDestination |= !seen;
            }
            for (String a : Lexicon.paymentAddresses(f.newText())) {
                // the sender's own address, or a participant's, is not somewhere new
                boolean seen = a.equals(f.senderEmail()) || ctx.thread().participants().contains(a);
                for (MessageFacts m : payers) {
                    if (lowerBody(m).contains(a)) {
                        seen = true;
                        break;
                    }
                }
                newDestination |= !seen;
            }
        }
        newIban |= newDestination;
        boolean changeAnnounced = !bank.isEmpty() && Lexicon.announcesBankChange(text);
        if ((newIban || changeAnnounced) && announcedEarlier(ctx, ibans)) {
            // the change was spoken of earlier in this thread (by the user, or by this sender in a message that
            // was not flagged and was answered): this message follows it up, it does not spring it
            newIban = false;
            changeAnnounced = false;
        }
        if (newIban && (changeAnnounced || !ctx.thread().isEmpty())) {
            // the first bank details the sender's side ever gave, without a word of change, are how invoicing
            // starts; details that differ from earlier ones are how payment diversion does
            boolean first = !changeAnnounced && !gavePaymentDetails(payers);
            // a customer's new account for the direct debit: the reader collects from it and sends nothing
            boolean debit = Lexicon.speaksOfDirectDebit(words);
            strength = Math.max(strength, debit ? 0.3 : changeAnnounced ? 0.6 : first ? 0.3 : 0.45);
            asksOverride = List.of(Text.of("LURE_TEXT.ask.payNew"));
            explanation = Text.of(changeAnnounced ? "LURE_TEXT.newBankDetailsChanged" : "LURE_TEXT.newBankDetails");
        } else if (changeAnnounced && bank.size() >= 1 && (actions.size() + bank.size()) >= 2) {
            strength = Math.max(strength, 0.45);
            asksOverride = List.of(Text.of("LURE_TEXT.ask.payChanged"));
            explanation = Text.of("LURE_TEXT.changedBankDetails");
        }
        List<String> scam = Lexicon.scamTerms(words);
        if (scam.size() >= 2 && sharedSpecific.size() <= 1) {
            // marketing or fraud, unrelated to the conversation it sits in
            strength = Math.max(strength, 0.35);
            asksOverride = literals(scam);
            explanation = Text.of("LURE_TEXT.scam", List.copyOf(scam.subList(0, Math.min(3, scam.size()))));
        }
        if (pretexts.size() >= 2 && !longText && f.wordCount() <= 80 && explanation == null) {
            // CEO fraud carries nothing: it checks that the reader is there, asks a favour, wants secrecy
            strength = Math.max(strength, 0.3);
            asksOverride = literals(pretexts);
            explanation = Text.of("LURE_TEXT.pretext", List.copyOf(pretexts.subList(0, Math.min(3, pretexts.size()))));
        }
        if (carriesSomething && payloadRisk(ctx) < 0.2 && bank.isEmpty()) {
            // "see attached" with a log file or a plain web link is how people share things
            strength *= 0.5;
        }
        // A number to call, in haste, that nobody on the sender's side ever gave: callback fraud moves the talk to a
        // phone the attacker answers ("call me back urgently today on my mobile", "call 1800 ... today to release
        // the payment"); a number the sender's earlier mail carries (their signature) is how people ask for a call,
        // and a new number given without haste is how people tell their contacts they changed it
        if (explanation == null && strength < 0.35 && Lexicon.asksToCall(words)) {
            String newNumber = newCallbackNumber(ctx, text);
            if (newNumber != null) {
                strength = 0.35;
                asksOverride = List.of(Text.literal(newNumber));
                explanation = Text.of("LURE_TEXT.callNewNumber", newNumber);
            }
        }
        if (ctx.thread().isEmpty()) {
            strength *= 0.8;
        }
        // The same words, from someone else, as a reply in another conversation a few days earlier: a campaign's
        // template, sent into every thread found in the mailboxes it broke into (Emotet, Qakbot). Nobody answers
        // two different conversations of two other organisations with the same ten words and a file or link.
        List<org.threadguard.heuristics.detect.MailboxIndex.SentReply> template = carriesSomething
                || !actions.isEmpty() ? ctx.mailbox().sameWordingElsewhere(f) : List.of();
        if (!template.isEmpty() && strength < 0.5) {
            org.threadguard.heuristics.detect.MailboxIndex.SentReply first = template.get(0);
            strength = 0.5;
            explanation = Text.of("LURE_TEXT.template", first.facts().senderEmail(),
                    Evidence.excerpt(first.facts().message().subject(), 80));
        }
        if (strength < 0.1) {
            return List.of();
        }
        List<Text> asks = asksOverride != null ? asksOverride : !actions.isEmpty() ? literals(actions)
                : !bank.isEmpty() ? literals(bank) : List.of(Text.of("LURE_TEXT.ask.openCarried"));
        MessageFacts last = ctx.parent().orElse(ctx.thread().last());
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow(Text.of("LURE_TEXT.row.newText"),
                last == null ? Text.empty() : Text.literal(Evidence.excerpt(last.newText(), 200)),
                AnalysisContext.ref(last), Text.literal(Evidence.excerpt(text, 200))));
        rows.add(new EvidenceRow(Text.of("LURE_TEXT.row.specificWords"), Text.empty(), "",
                specific.isEmpty() ? Text.of("LURE_TEXT.none") : Text.of("LURE_TEXT.specificShare",
                        Math.round((1 - genericShare) * 100),
                        List.copyOf(specific.subList(0, Math.min(8, specific.size()))))));
        rows.add(new EvidenceRow(Text.of("LURE_TEXT.row.sharedWords"), Text.empty(), "", sharedSpecific.isEmpty()
                ? Text.of("LURE_TEXT.none") : Text.literal(String.join(", ", sharedSpecific))));
        rows.add(new EvidenceRow(Text.of("LURE_TEXT.row.asks"), Text.empty(), "", Text.join(", ", asks)));
        for (org.threadguard.heuristics.detect.MailboxIndex.SentReply r : template) {
            rows.add(new EvidenceRow(Text.of("LURE_TEXT.row.sameWords"),
                    Text.of("LURE_TEXT.sameWordsIn", r.facts().senderEmail(),
                            Evidence.excerpt(r.facts().message().subject(), 80)), AnalysisContext.ref(r.facts()),
                    Text.literal(Evidence.excerpt(text, 160))));
            if (rows.size() >= 7) {
                break;
            }
        }
        if (explanation == null) {
            explanation = Text.of("LURE_TEXT.generic", List.copyOf(asks.subList(0, Math.min(3, asks.size()))));
        }
        return List.of(Finding.of(CODE, Math.min(strength, 0.6), explanation,
                last == null ? Text.empty() : Text.literal(Evidence.excerpt(last.newText(), 160)),
                AnalysisContext.ref(last), Text.literal(Evidence.excerpt(text, 160)), rows));
    }

    /**
     * A phone number given in a sentence of the text (not a signature's short lines) that no earlier message of the
     * thread, of the sender, or of the sender's organisation contains; {@code null} when there is none.
     */
    private static String newCallbackNumber(AnalysisContext ctx, String text) {
        // the number in a sentence that asks, in haste, to call ("bitte rufen Sie mich heute noch dringend unter
        // 0152 ... zurück"), or anywhere in a text that wants a one-time code read back to the caller
        List<String> numbers = callNumbers(text, true);
        List<MessageFacts> earlier = senderSide(ctx);
        if (numbers.isEmpty() || earlier.isEmpty()) {
            return null; // nothing to compare with: a first contact gives its number
        }
        for (String n : numbers) {
            if (!givenBefore(n, earlier)) {
                return n;
            }
        }
        return null;
    }

    /** The phone numbers of the sentences that ask to call; with {@code pressed}, only in haste or for a code. */
    private static List<String> callNumbers(String text, boolean pressed) {
        boolean code = pressed && Lexicon.speaksOfCode(Lexicon.words(text));
        List<String> numbers = new ArrayList<>();
        for (String sentence : Lexicon.sentences(Lexicon.sentenceLines(text))) {
            List<String> w = Lexicon.words(sentence);
            if (Lexicon.asksToCall(w) && (!pressed || code || Lexicon.pressesForHaste(w))) {
                numbers.addAll(Lexicon.phoneNumbers(sentence));
            }
        }
        return numbers;
    }

    /** Whether a phone number is in one of these messages (the last eight digits: with or without country code). */
    private static boolean givenBefore(String number, List<MessageFacts> earlier) {
        String tail = number.substring(number.length() - 8);
        for (MessageFacts m : earlier) {
            if (digitsOf(m).contains(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The earlier mail that shows what the sender's side really gives (account and phone numbers): this thread, and
     * the sender's organisation in any thread (a colleague's invoice), or the sender alone when writing from free mail.
     */
    private static List<MessageFacts> senderSide(AnalysisContext ctx) {
        List<MessageFacts> out = new ArrayList<>(ctx.thread().members());
        String side = ctx.facts().senderDomain();
        out.addAll(side.isEmpty() || org.threadguard.heuristics.links.Domains.isFreeMail(side)
                ? ctx.senderHistory() : ctx.mailbox().organisationHistory(side));
        return out;
    }

    private static final Object DIGITS = new Object();
    private static final Object SPACELESS = new Object();
    private static final Object GAVE_DETAILS = new Object();

    private static final Object LOWER = new Object();

    /** A message's whole body in lower case (for addresses), memoized per message. */
    private static String lowerBody(MessageFacts m) {
        return m.derived(LOWER, x -> x.message().bodyText().toLowerCase(java.util.Locale.ROOT));
    }

    /** A message's whole body without spaces (IBANs are written in groups), memoized per message. */
    private static String spacelessBody(MessageFacts m) {
        return m.derived(SPACELESS, x -> x.message().bodyText().replace(" ", ""));
    }

    /** Whether any of these messages' own words gave an IBAN or a labelled account number. */
    private static boolean gavePaymentDetails(List<MessageFacts> messages) {
        for (MessageFacts m : messages) {
            if (m.derived(GAVE_DETAILS, x -> !Lexicon.ibans(x.newText()).isEmpty()
                    || Lexicon.hasPaymentNumber(x.newText()))) {
                return true;
            }
        }
        return false;
    }

    /** The digits of a message's whole body, separators removed (memoized per message). */
    private static String digitsOf(MessageFacts m) {
        return m.derived(DIGITS, x -> x.message().bodyText().replaceAll("\\D", ""));
    }

    /** Words of the mail (data, shown as they are). */
    private static List<Text> literals(List<String> words) {
        List<Text> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(Text.literal(w));
        }
        return out;
    }

    /**
     * Whether the changed bank details (or one of these IBANs) were spoken of earlier in this thread by the
     * user (their own Sent mail: "I will call you to confirm the new bank details") or by the sender in a
     * message that was not flagged and that someone answered.
     */
    private static boolean announcedEarlier(AnalysisContext ctx, List<String> ibans) {
        String sender = ctx.facts().senderEmail();
        List<MessageFacts> members = ctx.thread().members();
        // lines the user writes in every mail (a signature, a "we never change wiring instructions by email"
        // disclaimer) are not something the user said about these bank details
        Map<String, Integer> ownLines = new java.util.HashMap<>();
        for (MessageFacts m : members) {
            if (Senders.isSentFolder(m.message().folder())) {
                for (String line : new HashSet<>(List.of(m.newText().split("\\R")))) {
                    if (!line.isBlank()) {
                        ownLines.merge(line.strip(), 1, Integer::sum);
                    }
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            MessageFacts m = members.get(i);
            boolean own = Senders.isSentFolder(m.message().folder());
            if (!own && (sender.isEmpty() || !sender.equals(m.senderEmail()) || !ctx.thread().learnedFrom(m))) {
                continue;
            }
            boolean answered = own;
            for (int j = i + 1; j < members.size() && !answered; j++) {
                answered = !sender.equals(members.get(j).senderEmail());
            }
            if (!answered) {
                continue;
            }
            String said = m.newText();
            if (own) {
                StringBuilder b = new StringBuilder();
                for (String line : said.split("\\R")) {
                    if (ownLines.getOrDefault(line.strip(), 0) < 2) {
                        b.append(line).append('\n');
                    }
                }
                said = b.toString();
            }
            List<String> words = Lexicon.words(said);
            boolean announced = !Lexicon.bankTerms(words).isEmpty() && Lexicon.announcesChange(words);
            String body = m.newText().replace(" ", "");
            for (String iban : ibans) {
                announced |= body.contains(iban);
            }
            if (announced) {
                return true;
            }
        }
        return false;
    }

}
