package org.threadguard.heuristics.attachments;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Text;
import org.threadguard.heuristics.model.ArchiveEntry;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.FileNames;
import org.threadguard.heuristics.model.Link;

/**
 * Notices attachments that do not fit the thread: a type never exchanged before, archives holding
 * programs, scripts, shortcuts or macro documents, encrypted archives (with the password in the
 * text), OneNote, disk images, HTML, double extensions and a declared type that hides another.
 */
public final class RiskyAttachmentDetector implements Detector {
    public static final String CODE = "RISKY_ATTACHMENT";
    private static final java.util.regex.Pattern NAMED_FILE = java.util.regex.Pattern.compile(
            // names in any script ("AD-3021_図面_改訂B.zip"), not a piece of an encoded URL ("%2Fname.html")
            "(?i)(?<![/\\w\\p{L}\\p{N}.%-])[\\w\\p{L}\\p{N}-][\\w\\p{L}\\p{N}.-]{0,80}\\.(?:zip|rar|7z|iso|img|vhd"
            + "|one|xlsm|docm|xlsb|pptm|js|vbs|exe|scr|lnk|hta|html?|svg|msi|bat|cmd|ps1|jar)\\b");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> detect(AnalysisContext ctx) {
        MessageFacts facts = ctx.facts();
        String password = Lexicon.password(facts.newText());
        List<EvidenceRow> rows = new ArrayList<>();
        boolean onTopic = facts.onTopic(ctx.thread());
        double best = 0;
        List<Text> bestWhy = List.of();
        String bestName = "";
        for (Attachment a : facts.attachments()) {
            String type = MessageFacts.typeKey(a);
            if (ctx.allowlist().allowsAttachment(facts.senderEmail(), type)) {
                continue; // the user said this sender's files of this type are fine
            }
            boolean seenInThread = ctx.thread().attachmentTypes().containsKey(type);
            boolean seenFromSender = false;
            for (MessageFacts h : ctx.senderHistory()) {
                for (Attachment ha : h.attachments()) {
                    if (MessageFacts.typeKey(ha).equals(type)) {
                        seenFromSender = true;
                    }
                }
            }
            List<Text> why = new ArrayList<>();
            double risk = intrinsicRisk(a, why);
            // an archive whose entries could not be read (RAR, 7z, ACE: formats the parser lists no entries of) next
            // to a password: encrypted, or the password would not be there
            boolean unreadArchive = org.threadguard.heuristics.model.FileNames.isArchiveExtension(a.extension())
                    && a.archiveEntries().isEmpty();
            if ((a.encrypted() || unreadArchive) && !password.isEmpty()) {
                risk = 1 - (1 - risk) * 0.5;
                why.add(Text.of("RISKY_ATTACHMENT.passwordInText", password));
            } else if (a.isEncryptedDocument()) {
                // a protected PDF whose password the mail does not give (agreed beforehand, "the last six digits
                // of your ID number"): how banks and payroll offices send payslips and statements; a lure that
                // wants the file opened gives its password
                risk *= 0.4;
                why.add(Text.of("RISKY_ATTACHMENT.passwordElsewhere"));
            }
            if (PAGES.contains(a.extension()) && asksToSignIn(facts)) {
                // an attached page that the text says to open and sign in to: a login form that phishes from the
                // reader's own disk, out of the reach of link filters
                risk = 1 - (1 - risk) * 0.5;
                why.add(Text.of("RISKY_ATTACHMENT.signInOnPage"));
            }
            if (OFFICE.contains(a.extension()) && asksToEnable(facts)) {
                // "click Enable Editing, then Enable Content": the words a macro document needs to run, which no
                // one sending a real spreadsheet writes
                risk = 1 - (1 - risk) * 0.4;
                why.add(Text.of("RISKY_ATTACHMENT.enableContent"));
            }
            boolean familiar = seenInThread || seenFromSender;
            if (familiar && carriesCode(why) && !codeExchangedBefore(ctx, type)) {
                // zips of logs were exchanged, never one that runs code: the type is familiar, this content is not
                familiar = false;
            }
            if (familiar) {
                risk *= 0.5;
            } else {
                double novelty = risk >= 0.2 ? (ctx.thread().attachmentTypes().isEmpty() ? 0.2 : 0.12)
                        : (ctx.thread().attachmentTypes().isEmpty() ? 0.12 : 0.08);
                risk = 1 - (1 - risk) * (1 - novelty);
                why.add(Text.of(ctx.thread().attachmentTypes().isEmpty() ? "RISKY_ATTACHMENT.noFilesBefore"
                        : "RISKY_ATTACHMENT.typeNeverExchanged"));
            }
            // words of the thread do not make a file that runs code safe (a hijacker copies them)
            if (onTopic && !carriesCode(why)) {
                risk *= 0.6;
            }
            if (risk > best) {
                best = risk;
                bestWhy = why;
                bestName = a.fileName().isEmpty() ? a.declaredType() : a.fileName();
            }
            Text earlier = ctx.thread().attachmentTypes().isEmpty() ? Text.of("RISKY_ATTACHMENT.noAttachments")
                    : Text.literal(String.join(", ", ctx.thread().attachmentTypes().keySet()));
            Text name = a.fileName().isEmpty() ? Text.of("RISKY_ATTACHMENT.noName") : Text.literal(a.fileName());
            rows.add(new EvidenceRow(Text.of("RISKY_ATTACHMENT.attachment"), earlier,
                    seenInThread ? ctx.thread().attachmentTypes().get(type) : "",
                    why.isEmpty() ? Text.of("RISKY_ATTACHMENT.file", name, type, a.size())
                            : Text.of("RISKY_ATTACHMENT.fileWithReasons", name, type, a.size(), Text.join("; ", why))));
        }
        // A file the text names but that is neither attached nor linked ("see purchase_order.xlsm").
        java.util.regex.Matcher named = NAMED_FILE.matcher(facts.newText());
        while (named.find()) {
            String name = named.group();
            String ext = FileNames.extension(name);
            boolean attached = facts.attachments().stream().anyMatch(a -> a.fileName().equalsIgnoreCase(name));
            boolean risky = FileNames.isRiskyDownloadExtension(ext) || FileNames.isMacroDocumentExtension(ext);
            if (!risky || attached || ctx.thread().attachmentTypes().containsKey(ext) || name.contains("/")) {
                continue;
            }
            double r = onTopic ? 0.15 : 0.3;
            rows.add(new EvidenceRow(Text.of("RISKY_ATTACHMENT.namedInText"), Text.empty(), "", Text.literal(name)));
            if (r > best) {
                best = r;
                bestWhy = List.of(Text.of("RISKY_ATTACHMENT.pointsToFile", ext));
                bestName = name;
            }
            break;
        }
        // A password next to a link to an archive (the archive is downloaded, not attached).
        if (!password.isEmpty()) {
            for (Link l : facts.newLinks()) {
                String ext = FileNames.extension(l.path());
                if (FileNames.isArchiveExtension(ext) || FileNames.isDiskImageExtension(ext)
                        || FileNames.isExecutableExtension(ext)) {
                    double r = 0.6;
                    rows.add(new EvidenceRow(Text.of("RISKY_ATTACHMENT.passwordForDownload"), Text.empty(), "",
                            Text.of("RISKY_ATTACHMENT.passwordNextToLink", password, ext)));
                    if (r > best) {
                        best = r;
                        bestWhy = List.of(Text.of("RISKY_ATTACHMENT.passwordForFile", ext));
                        bestName = l.path();
                    }
                }
            }
        }
        if (rows.isEmpty() || best < 0.05) {
            return List.of();
        }
        return List.of(Finding.of(CODE, Math.min(0.9, best),
                bestWhy.isEmpty() ? Text.of("RISKY_ATTACHMENT.doesNotFit", bestName)
                        : Text.of("RISKY_ATTACHMENT.doesNotFitBecause", bestName, Text.join("; ", bestWhy)),
                rows.get(0).earlierText(), rows.get(0).earlierRef(), rows.get(0).suspiciousText(), rows));
    }

    /** Office documents: those that can carry macros, and those a lure only pretends need enabling. */
    private static final java.util.Set<String> OFFICE = java.util.Set.of("doc", "docx", "docm", "dot", "dotm", "xls",
            "xlsx", "xlsm", "xlsb", "xlt", "xltm", "xlam", "ppt", "pptx", "pptm", "potm", "ppsm", "rtf");

    private static final Object ENABLE_ASK = new Object();
    private static final Object SIGN_IN_ASK = new Object();
    /** Files a browser opens as a page. */
    private static final java.util.Set<String> PAGES = java.util.Set.of("html", "htm", "shtml", "xhtml", "svg",
            "svgz", "mht", "mhtml");

    /** Whether the new text asks the reader to sign in or to give a password (read once per message). */
    private static boolean asksToSignIn(MessageFacts facts) {
        return facts.derivedForJudging(SIGN_IN_ASK, f -> {
            String t = f.newText();
            return Lexicon.asksToSignIn(t.length() > 4_000 ? t.substring(0, 4_000) : t);
        });
    }

    /** Whether the new text tells the reader to enable editing, content or macros (read once per message). */
    private static boolean asksToEnable(MessageFacts facts) {
        return facts.derivedForJudging(ENABLE_ASK, f -> {
            String t = f.newText();
            return Lexicon.asksToEnableContent(t.length() > 4_000 ? t.substring(0, 4_000) : t);
        });
    }

    private static final java.util.Set<String> CODE_REASONS = java.util.Set.of("RISKY_ATTACHMENT.enableContent",
            "RISKY_ATTACHMENT.signInOnPage",
            "RISKY_ATTACHMENT.program",
            "RISKY_ATTACHMENT.diskImage", "RISKY_ATTACHMENT.oneNote", "RISKY_ATTACHMENT.smuggles",
            "RISKY_ATTACHMENT.smugglesUnnamed", "RISKY_ATTACHMENT.archiveCarrying", "RISKY_ATTACHMENT.messageCarrying",
            "RISKY_ATTACHMENT.passwordForm", "RISKY_ATTACHMENT.passwordFormTo", "RISKY_ATTACHMENT.redirects",
            "RISKY_ATTACHMENT.runsScript",
            // an encrypted archive with its password beside it: made to pass the scanners, whatever it holds
            "RISKY_ATTACHMENT.passwordInText");

    /** Whether an earlier file of this type in the thread or from the sender carried code as well. */
    private static boolean codeExchangedBefore(AnalysisContext ctx, String type) {
        List<MessageFacts> earlier = new ArrayList<>(ctx.thread().members());
        earlier.addAll(ctx.senderHistory());
        for (MessageFacts m : earlier) {
            for (Attachment ha : m.attachments()) {
                if (MessageFacts.typeKey(ha).equals(type)) {
                    List<Text> w = new ArrayList<>();
                    intrinsicRisk(ha, w);
                    if (carriesCode(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the reasons say the file runs code, carries a file that does, or is made to hide what it holds. */
    private static boolean carriesCode(List<Text> why) {
        for (Text t : why) {
            if (t.key() != null && CODE_REASONS.contains(t.key())) {
                return true;
            }
        }
        return false;
    }

    /** Document and picture types that carry no code (legacy Office formats, which can, are not among them). */
    private static final java.util.Set<String> INERT = java.util.Set.of("pdf", "jpg", "jpeg", "png", "gif", "tif",
            "tiff", "heic", "webp", "bmp", "txt", "csv", "docx", "xlsx", "pptx", "odt", "ods", "odp", "dwg", "dxf", "stp",
            "step", "xml", "json", "log");

    /** Risk of a file on its own, 0..1, with reasons (phrases of the RISKY_ATTACHMENT bundle). */
    public static double intrinsicRisk(Attachment a, List<Text> why) {
        double keep = 1;
        String ext = a.extension();
        String name = a.fileName().toLowerCase(java.util.Locale.ROOT);
        if (FileNames.isExecutableExtension(ext) || a.sniffedType().contains("msdownload")
                || a.sniffedType().contains("x-dosexec") || a.sniffedType().contains("shortcut")) {
            keep *= 0.25;
            why.add(Text.of("RISKY_ATTACHMENT.program"));
        } else if (FileNames.isDiskImageExtension(ext) || a.sniffedType().contains("iso9660")) {
            keep *= 0.35;
            why.add(Text.of("RISKY_ATTACHMENT.diskImage"));
        } else if ("one".equals(ext) || "onepkg".equals(ext) || a.sniffedType().contains("onenote")) {
            keep *= 0.35;
            why.add(Text.of("RISKY_ATTACHMENT.oneNote"));
        } else if (ext.equals("html") || ext.equals("htm") || ext.equals("shtml") || ext.equals("svg")
                || ext.equals("xhtml") || ext.equals("mht") || ext.equals("mhtml")) {
            keep *= 0.5;
            why.add(Text.of("RISKY_ATTACHMENT.htmlPage"));
            if (a.smuggledFile().isPresent()) {
                // the page carries a file past the mail filters and builds it in the browser
                keep *= 0.35;
                String built = a.smuggledFile().get();
                why.add(built.isEmpty() ? Text.of("RISKY_ATTACHMENT.smugglesUnnamed")
                        : Text.of("RISKY_ATTACHMENT.smuggles", built));
            } else if (a.passwordFormTarget().isPresent()) {
                // a sign-in page sent as a file: opened from the disk, no address bar tells whose page it is
                keep *= 0.4;
                String host = a.passwordFormTarget().get();
                why.remove(why.size() - 1); // said better by what follows than by "can imitate a login form"
                why.add(host.isEmpty() ? Text.of("RISKY_ATTACHMENT.passwordForm")
                        : Text.of("RISKY_ATTACHMENT.passwordFormTo", host));
            } else if (a.redirectHost().isPresent()) {
                // a page that is only a doorway: opened, it sends the reader to a site the mail does not name
                keep *= 0.4;
                why.remove(why.size() - 1);
                why.add(Text.of("RISKY_ATTACHMENT.redirects", a.redirectHost().get()));
            } else if (a.runsScript()) {
                // a drawing with a script, or a page that is little but one: code that builds what it shows
                keep *= 0.5;
                why.add(Text.of("RISKY_ATTACHMENT.runsScript"));
            }
        } else if (FileNames.isMacroDocumentExtension(ext) && !List.of("doc", "xls", "ppt").contains(ext)) {
            // a spreadsheet with macros is a tool some trades share; a letter or slides with macros hardly
            keep *= ext.startsWith("xl") ? 0.5 : 0.45;
            why.add(Text.of("RISKY_ATTACHMENT.macroDocument"));
        }
        if (a.isArchive()) {
            // An archive hides what it carries from the reader and from scanners; one whose entries were all
            // read and are all inert documents or pictures hides nothing, and is how people send a batch of them.
            boolean inertEntries = !a.archiveEntries().isEmpty() && a.archiveEntries().stream()
                    .allMatch(e -> INERT.contains(FileNames.extension(e.name())) && !hasDoubleExtension(e.name()));
            boolean transparent = !a.encrypted() && inertEntries;
            keep *= transparent ? 0.9 : 0.8;
            boolean dangerous = false;
            for (ArchiveEntry e : a.archiveEntries()) {
                String ee = FileNames.extension(e.name());
                if (FileNames.isExecutableExtension(ee) || FileNames.isDiskImageExtension(ee)
                        || FileNames.isMacroDocumentExtension(ee) && !List.of("doc", "xls", "ppt").contains(ee)
                        || FileNames.isArchiveExtension(ee) || "one".equals(ee) || "html".equals(ee)
                        || "htm".equals(ee) || hasDoubleExtension(e.name())) {
                    dangerous = true;
                }
            }
            if (dangerous) {
                keep *= 0.3;
                why.add(Text.of(a.declaredType().equals("message/rfc822") ? "RISKY_ATTACHMENT.messageCarrying"
                        : "RISKY_ATTACHMENT.archiveCarrying"));
            }
            if (a.encrypted()) {
                // a zip's entry names stay readable when its contents are encrypted: drawings and PDFs behind a
                // password (the Japanese habit of a password sent in a second mail) are not what Emotet sends
                keep *= inertEntries ? 0.7 : 0.4;
                why.add(Text.of(inertEntries ? "RISKY_ATTACHMENT.encryptedDocuments" : "RISKY_ATTACHMENT.encryptedArchive"));
            }
        }
        if (a.isEncryptedDocument()) {
            keep *= 0.5;
            why.add(Text.of("RISKY_ATTACHMENT.protectedDocument"));
        }
        if (hasDoubleExtension(name)) {
            keep *= 0.4;
            why.add(Text.of("RISKY_ATTACHMENT.doubleExtension"));
        }
        if (typeMismatch(a)) {
            keep *= 0.6;
            why.add(Text.of("RISKY_ATTACHMENT.typeMismatch", a.sniffedType()));
        }
        return 1 - keep;
    }

    static boolean hasDoubleExtension(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).strip();
        int last = n.lastIndexOf('.');
        if (last <= 0) {
            return false;
        }
        int prev = n.lastIndexOf('.', last - 1);
        if (prev < 0) {
            return false;
        }
        String inner = n.substring(prev + 1, last);
        String outer = n.substring(last + 1);
        boolean innerDoc = List.of("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "txt", "rtf", "csv")
                .contains(inner);
        return innerDoc && (FileNames.isExecutableExtension(outer) || "html".equals(outer) || "htm".equals(outer)
                || FileNames.isArchiveExtension(outer) || FileNames.isDiskImageExtension(outer));
    }

    static boolean typeMismatch(Attachment a) {
        String ext = a.extension();
        String sniffed = a.sniffedType();
        if (sniffed.isEmpty() || ext.isEmpty()) {
            return false;
        }
        boolean claimsHarmless = List.of("pdf", "jpg", "jpeg", "png", "gif", "txt").contains(ext);
        boolean isActive = sniffed.contains("msdownload") || sniffed.contains("zip") || sniffed.contains("html")
                || sniffed.contains("onenote") || sniffed.contains("x-ole") || sniffed.contains("shortcut")
                || sniffed.contains("iso");
        return claimsHarmless && isActive;
    }
}
