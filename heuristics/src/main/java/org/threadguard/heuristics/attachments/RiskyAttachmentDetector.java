package org.threadguard.heuristics.attachments;

import java.util.ArrayList;
import java.util.List;
import org.threadguard.heuristics.content.Lexicon;
import org.threadguard.heuristics.detect.AnalysisContext;
import org.threadguard.heuristics.detect.Detector;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.MessageFacts;
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
            "(?i)(?<![/\\w.-])[\\w-][\\w.-]{0,80}\\.(?:zip|rar|7z|iso|img|vhd|one|xlsm|docm|xlsb|pptm|js|vbs|exe|scr"
            + "|lnk|hta|html?|svg|msi|bat|cmd|ps1|jar)\\b");

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
        String bestWhy = "";
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
            List<String> why = new ArrayList<>();
            double risk = intrinsicRisk(a, why);
            if (a.encrypted() && !password.isEmpty()) {
                risk = 1 - (1 - risk) * 0.5;
                why.add("the password (" + password + ") is in the text");
            }
            boolean familiar = seenInThread || seenFromSender;
            if (familiar) {
                risk *= 0.5;
            } else {
                double novelty = risk >= 0.2 ? (ctx.thread().attachmentTypes().isEmpty() ? 0.2 : 0.12)
                        : (ctx.thread().attachmentTypes().isEmpty() ? 0.12 : 0.08);
                risk = 1 - (1 - risk) * (1 - novelty);
                why.add(ctx.thread().attachmentTypes().isEmpty() ? "no files were exchanged in this thread before"
                        : "this type was never exchanged in this thread");
            }
            if (onTopic) {
                risk *= 0.6;
            }
            if (risk > best) {
                best = risk;
                bestWhy = String.join("; ", why);
                bestName = a.fileName().isEmpty() ? a.declaredType() : a.fileName();
            }
            String earlier = ctx.thread().attachmentTypes().isEmpty() ? "no attachments"
                    : String.join(", ", ctx.thread().attachmentTypes().keySet());
            rows.add(new EvidenceRow("Attachment", earlier, seenInThread ? ctx.thread().attachmentTypes().get(type) : "",
                    (a.fileName().isEmpty() ? "(no name)" : a.fileName()) + " [" + type + ", " + a.size() + " bytes]"
                            + (why.isEmpty() ? "" : " — " + String.join("; ", why))));
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
            rows.add(new EvidenceRow("File named in the text", "", "", name));
            if (r > best) {
                best = r;
                bestWhy = "the text points the reader to a ." + ext + " file";
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
                    rows.add(new EvidenceRow("Password for a download", "", "",
                            "password " + password + " next to a link to a ." + ext + " file"));
                    if (r > best) {
                        best = r;
                        bestWhy = "a password is given for a downloaded ." + ext + " file";
                        bestName = l.path();
                    }
                }
            }
        }
        if (rows.isEmpty() || best < 0.05) {
            return List.of();
        }
        return List.of(Finding.of(CODE, Math.min(0.9, best),
                "The attachment " + bestName + " does not fit this conversation" + (bestWhy.isEmpty() ? "."
                        : ": " + bestWhy + "."),
                rows.get(0).earlier(), rows.get(0).earlierRef(), rows.get(0).suspicious(), rows));
    }

    /** Document and picture types that carry no code (legacy Office formats, which can, are not among them). */
    private static final java.util.Set<String> INERT = java.util.Set.of("pdf", "jpg", "jpeg", "png", "gif", "tif",
            "tiff", "heic", "webp", "bmp", "txt", "csv", "docx", "xlsx", "pptx", "odt", "ods", "odp", "dwg", "dxf", "stp",
            "step", "xml", "json", "log");

    /** Risk of a file on its own, 0..1, with reasons. */
    public static double intrinsicRisk(Attachment a, List<String> why) {
        double keep = 1;
        String ext = a.extension();
        String name = a.fileName().toLowerCase(java.util.Locale.ROOT);
        if (FileNames.isExecutableExtension(ext) || a.sniffedType().contains("msdownload")
                || a.sniffedType().contains("x-dosexec") || a.sniffedType().contains("shortcut")) {
            keep *= 0.25;
            why.add("a program, script or shortcut");
        } else if (FileNames.isDiskImageExtension(ext) || a.sniffedType().contains("iso9660")) {
            keep *= 0.35;
            why.add("a disk image that hides its contents from scanners");
        } else if ("one".equals(ext) || "onepkg".equals(ext) || a.sniffedType().contains("onenote")) {
            keep *= 0.35;
            why.add("a OneNote file, a common malware carrier");
        } else if (ext.equals("html") || ext.equals("htm") || ext.equals("shtml") || ext.equals("svg")
                || ext.equals("xhtml") || ext.equals("mht") || ext.equals("mhtml")) {
            keep *= 0.5;
            why.add("an HTML page that can imitate a login form");
        } else if (FileNames.isMacroDocumentExtension(ext) && !List.of("doc", "xls", "ppt").contains(ext)) {
            keep *= 0.5;
            why.add("a document with macros");
        }
        if (a.isArchive()) {
            // An archive hides what it carries from the reader and from scanners; one whose entries were all
            // read and are all inert documents or pictures hides nothing, and is how people send a batch of them.
            boolean transparent = !a.encrypted() && !a.archiveEntries().isEmpty() && a.archiveEntries().stream()
                    .allMatch(e -> INERT.contains(FileNames.extension(e.name())) && !hasDoubleExtension(e.name()));
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
                why.add(a.declaredType().equals("message/rfc822") ? "an attached message carrying programs, scripts or macro documents"
                        : "an archive holding programs, scripts or macro documents");
            }
            if (a.encrypted()) {
                keep *= 0.4;
                why.add("an encrypted archive that virus scanners cannot open");
            }
        }
        if (a.isEncryptedDocument()) {
            keep *= 0.5;
            why.add("a password-protected document that virus scanners cannot open");
        }
        if (hasDoubleExtension(name)) {
            keep *= 0.4;
            why.add("a double extension that disguises the file type");
        }
        if (typeMismatch(a)) {
            keep *= 0.6;
            why.add("its content (" + a.sniffedType() + ") is not what its name says");
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
