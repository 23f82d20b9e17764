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
        if (f.wordCount() > 400) {
            return List.of();
        }
        boolean longText = f.wordCount() > 200;
        Genericity g = Genericity.of(ctx);
        List<String> tokens = g.tokens();
        List<String> words = Lexicon.words(text);
        List<String> actions = Lexicon.actions(words);
        List<String> bank = Lexicon.bankTerms(words);
        boolean carriesSomething = !f.attachments().isEmpty() || !f.newLinks().isEmpty();
        if (tokens.isEmpty() && f.attachments().isEmpty() && f.newLinks().isEmpty()) {
            return List.of();
        }
        List<String> pretexts = Lexicon.pretexts(words);
        if (actions.isEmpty() && bank.isEmpty() && !carriesSomething && Lexicon.scamTerms(words).size() < 2
                && pretexts.size() < 2) {
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
        List<String> asksOverride = null;
        String explanation = null;
        if (!longText && g.isGeneric() && (!actions.isEmpty() || carriesSomething)) {
            strength = 0.3;
            if (tokens.size() <= 25) {
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
        if (!ibans.isEmpty() && !bank.isEmpty()) {
            for (String iban : ibans) {
                boolean seen = false;
                for (MessageFacts m : ctx.thread().members()) {
                    if (m.message().bodyText().replace(" ", "").contains(iban)) {
                        seen = true;
                        break;
                    }
                }
                newIban |= !seen;
            }
        }
        boolean changeAnnounced = !bank.isEmpty() && Lexicon.announcesChange(words);
        if (newIban && (changeAnnounced || !ctx.thread().isEmpty())) {
            strength = Math.max(strength, changeAnnounced ? 0.6 : 0.45);
            asksOverride = List.of("pay to new bank details");
            explanation = "The new text asks the reader to pay to bank details this conversation never had"
                    + (changeAnnounced ? ", announcing that the old ones changed." : ".");
        } else if (changeAnnounced && bank.size() >= 1 && (actions.size() + bank.size()) >= 2) {
            strength = Math.max(strength, 0.45);
            asksOverride = List.of("pay to changed bank details");
            explanation = "The new text announces changed bank details and asks the reader to act on them.";
        }
        List<String> scam = Lexicon.scamTerms(words);
        if (scam.size() >= 2 && sharedSpecific.size() <= 1) {
            // marketing or fraud, unrelated to the conversation it sits in
            strength = Math.max(strength, 0.35);
            asksOverride = scam;
            explanation = "The new text is marketing or fraud (" + String.join(", ", scam.subList(0,
                    Math.min(3, scam.size()))) + ") with nothing to do with this conversation.";
        }
        if (pretexts.size() >= 2 && !longText && f.wordCount() <= 80 && explanation == null) {
            // CEO fraud carries nothing: it checks that the reader is there, asks a favour, wants secrecy
            strength = Math.max(strength, 0.3);
            asksOverride = pretexts;
            explanation = "The new text opens the way payment and gift-card fraud does (" + String.join(", ",
                    pretexts.subList(0, Math.min(3, pretexts.size()))) + "), asking the reader to act without saying why.";
        }
        if (carriesSomething && payloadRisk(ctx) < 0.2 && bank.isEmpty()) {
            // "see attached" with a log file or a plain web link is how people share things
            strength *= 0.5;
        }
        if (ctx.thread().isEmpty()) {
            strength *= 0.8;
        }
        if (strength < 0.1) {
            return List.of();
        }
        List<String> asks = asksOverride != null ? asksOverride : !actions.isEmpty() ? actions : !bank.isEmpty() ? bank
                : List.of("open what it carries");
        MessageFacts last = ctx.parent().orElse(ctx.thread().last());
        List<EvidenceRow> rows = new ArrayList<>();
        rows.add(new EvidenceRow("New text", last == null ? "" : Evidence.excerpt(last.newText(), 200),
                AnalysisContext.ref(last), Evidence.excerpt(text, 200)));
        rows.add(new EvidenceRow("Words that say something specific", "", "",
                specific.isEmpty() ? "none" : Math.round((1 - genericShare) * 100) + "%: "
                        + String.join(", ", specific.subList(0, Math.min(8, specific.size())))));
        rows.add(new EvidenceRow("Specific words shared with the thread", "", "",
                sharedSpecific.isEmpty() ? "none" : String.join(", ", sharedSpecific)));
        rows.add(new EvidenceRow("Asks the reader to", "", "", String.join(", ", asks)));
        if (explanation == null) {
            explanation = "The new text is generic — it says nothing specific about this conversation — and asks the"
                    + " reader to act (" + String.join(", ", asks.subList(0, Math.min(3, asks.size()))) + ").";
        }
        return List.of(Finding.of(CODE, Math.min(strength, 0.6), explanation,
                last == null ? "" : Evidence.excerpt(last.newText(), 160), AnalysisContext.ref(last),
                Evidence.excerpt(text, 160), rows));
    }
}
