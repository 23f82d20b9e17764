package org.threadguard.app.ui.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.SafeText;
import org.threadguard.app.ui.common.WordDiff;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.ThreadDetail;
import org.threadguard.app.ui.service.TrainerNote;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;
import org.threadguard.heuristics.detect.Fingerprint;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.heuristics.detect.MessageFacts;
import org.threadguard.heuristics.detect.Verdict;
import org.threadguard.heuristics.model.Address;
import org.threadguard.heuristics.model.Attachment;
import org.threadguard.heuristics.model.Header;
import org.threadguard.heuristics.model.Link;
import org.threadguard.heuristics.model.LinkSource;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.heuristics.nlp.LanguageGuesser;
import org.threadguard.heuristics.quote.QuoteSplit;

/** The evidence view of one message: summary, side-by-side sections, safe body, and the actions' state. */
public final class EvidenceViewModel {
    private final MailboxService service;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ZoneId zone;

    private final ObjectProperty<MessageEntry> entry = new SimpleObjectProperty<>();
    private final ObjectProperty<ThreadDetail> thread = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.CONSISTENT);
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty fromLine = new SimpleStringProperty("");
    private final StringProperty subjectLine = new SimpleStringProperty("");
    private final ObservableList<EvidenceSection> sections = FXCollections.observableArrayList();
    private final ObjectProperty<BodyMode> bodyMode = new SimpleObjectProperty<>(BodyMode.TEXT);
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty hasHtml = new SimpleBooleanProperty();
    private final BooleanProperty markedSafe = new SimpleBooleanProperty();
    private final BooleanProperty flagged = new SimpleBooleanProperty();
    private final StringProperty actionStatus = new SimpleStringProperty("");
    private final ObjectProperty<TrainerNote> trainerNote = new SimpleObjectProperty<>();
    private final BooleanProperty trainerExpanded = new SimpleBooleanProperty();
    private final BooleanProperty allowLinkDomains = new SimpleBooleanProperty();
    private final BooleanProperty allowAttachmentTypes = new SimpleBooleanProperty();
    private final ObservableList<String> linkDomainCandidates = FXCollections.observableArrayList();
    private final ObservableList<String> attachmentTypeCandidates = FXCollections.observableArrayList();
    private Consumer<MessageEntry> onSafeChanged = e -> { };

    public EvidenceViewModel(MailboxService service, TaskExecutor tasks, I18n i18n) {
        this(service, tasks, i18n, ZoneId.systemDefault());
    }

    public EvidenceViewModel(MailboxService service, TaskExecutor tasks, I18n i18n, ZoneId zone) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
        this.zone = zone;
        bodyMode.addListener((o, a, b) -> refreshBody());
    }

    /** Called after the user marked or unmarked a message as safe (to refresh the lists). */
    public void setOnSafeChanged(Consumer<MessageEntry> action) {
        this.onSafeChanged = Objects.requireNonNull(action);
    }

    public void clear() {
        entry.set(null);
        thread.set(null);
        sections.clear();
        headline.set("");
        summary.set("");
        fromLine.set("");
        subjectLine.set("");
        body.set("");
        flagged.set(false);
        actionStatus.set("");
        trainerNote.set(null);
    }

    /** Shows one message of a thread. */
    public void show(ThreadDetail detail, MessageEntry e) {
        thread.set(detail);
        entry.set(e);
        actionStatus.set("");
        MailMessage m = e.message();
        Verdict v = e.verdict();
        level.set(v.level());
        flagged.set(e.judged() && v.flagged());
        markedSafe.set(e.markedSafe());
        allowLinkDomains.set(false);
        allowAttachmentTypes.set(false);
        updateAllowCandidates(e);
        fromLine.set(SafeText.defangUrls(m.from() == null ? i18n.get("evidence.unknownSender") : m.from().toString()));
        subjectLine.set(SafeText.defangUrls(m.subject()));
        if (!e.judged()) {
            headline.set(e.own() ? i18n.get("evidence.headline.own") : i18n.get("evidence.headline.notJudged"));
            summary.set("");
        } else {
            headline.set(i18n.format("evidence.headline", levelText(v.level()), v.score()));
            summary.set(v.flagged() ? SafeText.defangUrls(i18n.text(v.summaryText())) : i18n.get("evidence.summary.consistent"));
        }
        hasHtml.set(!m.html().isBlank());
        if (trainerNote.get() != null && !e.message().key().equals(trainerFor)) {
            trainerNote.set(null);
        }
        loadTrainerNote(e);
        sections.setAll(buildSections(detail, e));
        if (bodyMode.get() == BodyMode.SANITISED_HTML && !hasHtml.get()) {
            bodyMode.set(BodyMode.TEXT);
        } else {
            refreshBody();
        }
    }

    private String trainerFor;

    /** The demo's trainer description of an attack message, loaded in the background. */
    private void loadTrainerNote(MessageEntry e) {
        String key = e.message().key();
        tasks.task("trainer note", () -> service.trainerNote(e, i18n.locale())).onSuccess(note -> {
            MessageEntry now = entry.get();
            if (now != null && now.message().key().equals(key)) {
                trainerFor = key;
                trainerNote.set(note.orElse(null));
            }
        }).onFailure(x -> { }).start();
    }

    /** The "For trainers" panel's content for a demo attack message; {@code null} otherwise. */
    public ReadOnlyObjectProperty<TrainerNote> trainerNoteProperty() {
        return trainerNote;
    }

    /** Whether the trainer panel is open; it stays as the user left it from message to message. */
    public BooleanProperty trainerExpandedProperty() {
        return trainerExpanded;
    }

    public String levelText(Level l) {
        return i18n.get("level." + l.id());
    }

    // ---- sections ------------------------------------------------------------------------------

    List<EvidenceSection> buildSections(ThreadDetail detail, MessageEntry e) {
        List<EvidenceSection> out = new ArrayList<>();
        MailMessage m = e.message();
        List<MailMessage> earlier = new ArrayList<>();
        for (MessageEntry x : detail.messages()) {
            if (x.message().key().equals(m.key())) {
                break;
            }
            earlier.add(x.message());
        }
        MailMessage reference = referenceFor(m, earlier);
        for (Finding f : e.verdict().findings()) {
            List<EvidenceSection.Row> rows = new ArrayList<>();
            if (f.rows().isEmpty()) {
                rows.add(new EvidenceSection.Row("", safe(i18n.text(f.earlierText())),
                        safe(i18n.text(f.suspiciousText())), true));
            }
            for (EvidenceRow r : f.rows()) {
                rows.add(new EvidenceSection.Row(safe(i18n.text(r.fieldText())), safe(i18n.text(r.earlierText())),
                        safe(i18n.text(r.suspiciousText())), !r.earlier().equals(r.suspicious())));
            }
            out.add(new EvidenceSection.FindingCard(f.code(), findingTitle(f.code()), f.severity(), f.weight(),
                    safe(i18n.text(f.explanationText())), rows));
        }
        if (!e.judged() && !e.verdict().flagged()) {
            return out;
        }
        out.add(senderTable(m, reference));
        out.add(fingerprintTable(m, reference, earlier));
        linksTable(m, earlier).ifPresent(out::add);
        attachmentsTable(m, earlier).ifPresent(out::add);
        quoteDiff(m, earlier).ifPresent(out::add);
        out.add(timing(detail, m, earlier));
        out.add(languageTable(m, reference));
        return out;
    }

    private String findingTitle(String code) {
        String key = "finding." + code;
        return i18n.has(key) ? i18n.get(key) : code;
    }

    private static String safe(String s) {
        return SafeText.defangUrls(s);
    }

    /** The earlier genuine message this reply is compared with: same name or address, else its parent, else the last one. */
    static MailMessage referenceFor(MailMessage m, List<MailMessage> earlier) {
        Address from = m.from();
        if (from != null) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Address a = earlier.get(i).from();
                if (a != null && a.email().equalsIgnoreCase(from.email())) {
                    return earlier.get(i);
                }
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Address a = earlier.get(i).from();
                if (a != null && from.hasDisplayName() && a.hasDisplayName()
                        && a.displayName().equalsIgnoreCase(from.displayName())) {
                    return earlier.get(i);
                }
            }
        }
        Optional<String> parent = m.claimedParentId();
        if (parent.isPresent()) {
            for (MailMessage x : earlier) {
                if (x.messageId().equals(parent.get())) {
                    return x;
                }
            }
        }
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }

    private List<String> cols() {
        return List.of(i18n.get("evidence.col.field"), i18n.get("evidence.col.earlier"), i18n.get("evidence.col.this"));
    }

    private EvidenceSection.Table senderTable(MailMessage m, MailMessage ref) {
        Address a = ref == null ? null : ref.from();
        Address b = m.from();
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        addRow(cells, flags, i18n.get("evidence.sender.name"), a == null ? "" : a.displayName(),
                b == null ? "" : b.displayName());
        addRow(cells, flags, i18n.get("evidence.sender.address"), a == null ? "" : a.email(), b == null ? "" : b.email());
        addRow(cells, flags, i18n.get("evidence.sender.domain"), a == null ? "" : a.domain(), b == null ? "" : b.domain());
        String ra = ref == null ? "" : join(ref.replyTo());
        String rb = join(m.replyTo());
        if (!ra.isEmpty() || !rb.isEmpty()) {
            addRow(cells, flags, i18n.get("evidence.sender.replyTo"), ra, rb);
        }
        return new EvidenceSection.Table("sender", i18n.get("evidence.section.sender")
                + (ref == null ? "" : " — " + i18n.format("evidence.comparedWith", describe(ref))), cols(), cells, flags);
    }

    private String describe(MailMessage ref) {
        String who = ref.from() == null ? "?" : ref.from().hasDisplayName() ? ref.from().displayName() : ref.from().email();
        return who + ", " + i18n.dateTime(ref.arrival());
    }

    private static String join(List<Address> list) {
        return String.join(", ", list.stream().map(Address::toString).toList());
    }

    private static void addRow(List<List<String>> cells, List<Boolean> flags, String field, String earlier, String current) {
        cells.add(List.of(field, safe(earlier), safe(current)));
        flags.add(!earlier.equalsIgnoreCase(current));
    }

    /** A fingerprint value as shown: data as it is, the body layout ("plain", "html", "both") in words. */
    private String fingerprintValue(String field, String value) {
        if (value.isEmpty()) {
            return "—";
        }
        return Fingerprint.BODY.equals(field) && i18n.has("fingerprint.body." + value) ? i18n.get("fingerprint.body." + value)
                : value;
    }

    private EvidenceSection.Table fingerprintTable(MailMessage m, MailMessage ref, List<MailMessage> earlier) {
        Fingerprint now = Fingerprint.of(m);
        Fingerprint before = ref == null ? null : Fingerprint.of(ref);
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        for (String field : List.of(Fingerprint.CLIENT, Fingerprint.MSGID_HOST, Fingerprint.MSGID_SHAPE, Fingerprint.TZ,
                Fingerprint.ORIGIN, Fingerprint.DKIM_DOMAIN, Fingerprint.DKIM_SELECTOR, Fingerprint.BODY)) {
            String a = before == null ? "" : before.get(field);
            String b = now.get(field);
            addRow(cells, flags, i18n.get("fingerprint." + field), fingerprintValue(field, a), fingerprintValue(field, b));
        }
        return new EvidenceSection.Table("fingerprint", i18n.get("evidence.section.fingerprint"), cols(), cells, flags);
    }

    private Optional<EvidenceSection> linksTable(MailMessage m, List<MailMessage> earlier) {
        Set<String> seenHosts = new HashSet<>();
        for (MailMessage x : earlier) {
            for (Link l : x.links()) {
                seenHosts.add(l.host().toLowerCase(Locale.ROOT));
            }
        }
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Link l : m.links()) {
            if (l.quoted() || !shown.add(l.target())) {
                continue;
            }
            boolean seen = seenHosts.contains(l.host().toLowerCase(Locale.ROOT));
            String text = l.source() == LinkSource.ATTACHMENT ? i18n.get("evidence.linkInAttachment")
                    : l.source() == LinkSource.QR_CODE ? i18n.get("evidence.linkInQrCode")
                    : l.shownText().isBlank() ? "—" : safe(l.shownText());
            String target = SafeText.defangUrls(l.target())
                    + (l.via().isEmpty() ? "" : " " + i18n.format("evidence.linkThrough", SafeText.defangUrls(l.via())));
            cells.add(List.of(text, target, i18n.get(seen ? "common.yes" : "common.no")));
            flags.add(!seen);
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceSection.Table("links", i18n.get("evidence.section.links"),
                List.of(i18n.get("evidence.col.linkText"), i18n.get("evidence.col.linkTarget"),
                        i18n.get("evidence.col.seenBefore")), cells, flags));
    }

    private Optional<EvidenceSection> attachmentsTable(MailMessage m, List<MailMessage> earlier) {
        Set<String> seenTypes = new HashSet<>();
        for (MailMessage x : earlier) {
            for (Attachment a : x.attachments()) {
                seenTypes.add(MessageFacts.typeKey(a));
            }
        }
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        for (Attachment a : m.attachments()) {
            if (a.inline()) {
                continue;
            }
            boolean seen = seenTypes.contains(MessageFacts.typeKey(a));
            String type = MessageFacts.typeKey(a) + (a.encrypted() ? " · " + i18n.get("evidence.encrypted") : "");
            cells.add(List.of(safe(a.fileName()), type, i18n.get(seen ? "common.yes" : "common.no")));
            flags.add(!seen);
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceSection.Table("attachments", i18n.get("evidence.section.attachments"),
                List.of(i18n.get("evidence.col.file"), i18n.get("evidence.col.type"), i18n.get("evidence.col.seenBefore")),
                cells, flags));
    }

    private Optional<EvidenceSection> quoteDiff(MailMessage m, List<MailMessage> earlier) {
        QuoteSplit split = new MessageFacts(m).split();
        if (!split.hasQuote() || earlier.isEmpty()) {
            return Optional.empty();
        }
        MailMessage original = null;
        Optional<String> parent = m.claimedParentId();
        for (MailMessage x : earlier) {
            if (parent.isPresent() && x.messageId().equals(parent.get())) {
                original = x;
            }
        }
        if (original == null) {
            original = earlier.get(earlier.size() - 1);
        }
        String sent = new MessageFacts(original).newText();
        String quoted = split.quotedMessages().isEmpty() ? split.quotedText() : split.quotedMessages().get(0).text();
        String quotedCut = cutToWords(quoted, Math.max(20, words(sent) + 10));
        List<WordDiff.Segment> segments = new ArrayList<>();
        for (WordDiff.Segment s : WordDiff.diff(sent, quotedCut)) {
            segments.add(new WordDiff.Segment(s.kind(), safe(s.text())));
        }
        return Optional.of(new EvidenceSection.QuoteDiff(i18n.get("evidence.section.quote"), describe(original), segments,
                WordDiff.changed(segments)));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String cutToWords(String s, int max) {
        String[] w = s.replaceAll("(?m)^\\s*>+\\s?", " ").strip().split("\\s+");
        return w.length <= max ? String.join(" ", w) : String.join(" ", java.util.Arrays.copyOf(w, max));
    }

    private EvidenceSection.Timing timing(ThreadDetail detail, MailMessage m, List<MailMessage> earlier) {
        List<Long> gaps = new ArrayList<>();
        int thisIndex = -1;
        for (MessageEntry x : detail.messages()) {
            if (x.gap() != null) {
                if (x.message().key().equals(m.key())) {
                    thisIndex = gaps.size();
                }
                gaps.add(Math.max(0, x.gap().toMinutes()));
            }
        }
        long typical = detail.typicalGap() == null ? -1 : detail.typicalGap().toMinutes();
        int[] hours = new int[24];
        Address from = m.from();
        for (MailMessage x : earlier) {
            if (from != null && x.from() != null && x.arrival() != null
                    && (x.from().email().equalsIgnoreCase(from.email())
                    || from.hasDisplayName() && from.displayName().equalsIgnoreCase(x.from().displayName()))) {
                hours[x.arrival().atZone(zone).getHour()]++;
            }
        }
        Instant a = m.arrival();
        int hour = a == null ? -1 : a.atZone(zone).getHour();
        Duration gap = thisIndex < 0 ? null : Duration.ofMinutes(gaps.get(thisIndex));
        String caption = gap == null ? i18n.get("evidence.timing.first")
                : typical < 0 ? i18n.format("evidence.timing.gapOnly", i18n.duration(gap))
                : i18n.format("evidence.timing.caption", i18n.duration(gap), i18n.duration(Duration.ofMinutes(typical)));
        return new EvidenceSection.Timing(i18n.get("evidence.section.timing"), gaps, thisIndex, typical, hours, hour,
                caption);
    }

    private EvidenceSection.Table languageTable(MailMessage m, MailMessage ref) {
        List<List<String>> cells = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        MessageFacts now = new MessageFacts(m);
        MessageFacts before = ref == null ? null : new MessageFacts(ref);
        addRow(cells, flags, i18n.get("evidence.style.language"), before == null ? "" : language(before), language(now));
        addRow(cells, flags, i18n.get("evidence.style.words"), before == null ? "" : i18n.number(before.wordCount()),
                i18n.number(now.wordCount()));
        addRow(cells, flags, i18n.get("evidence.style.opening"), before == null ? "" : firstLine(before.newText()),
                firstLine(now.newText()));
        return new EvidenceSection.Table("style", i18n.get("evidence.section.style"), cols(), cells, flags);
    }

    private String language(MessageFacts f) {
        return f.language().map(LanguageGuesser.Guess::language)
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(i18n.locale()))
                .filter(s -> !s.isBlank()).orElse("—");
    }

    private static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                String l = line.strip();
                return l.length() > 60 ? l.substring(0, 59) + "…" : l;
            }
        }
        return "";
    }

    // ---- body ----------------------------------------------------------------------------------

    private void refreshBody() {
        MessageEntry e = entry.get();
        if (e == null) {
            body.set("");
            return;
        }
        MailMessage m = e.message();
        switch (bodyMode.get()) {
            case TEXT -> body.set(SafeText.defangUrls(m.text().isBlank() ? m.htmlText() : m.text()));
            case SANITISED_HTML -> body.set(m.html().isBlank() ? "" : SafeText.htmlAsText(m.html()));
            case HEADERS -> {
                StringBuilder sb = new StringBuilder();
                for (Header h : m.headers()) {
                    sb.append(h.name()).append(": ").append(h.value()).append('\n');
                }
                body.set(SafeText.defangUrls(sb.toString()));
            }
            case RAW -> {
                body.set(i18n.get("evidence.raw.loading"));
                String key = m.key();
                tasks.task("raw source", () -> service.rawSource(key))
                        .onSuccess(raw -> {
                            if (entry.get() != null && entry.get().message().key().equals(key)
                                    && bodyMode.get() == BodyMode.RAW) {
                                body.set(raw.map(b -> SafeText.defangUrls(new String(b, StandardCharsets.UTF_8)))
                                        .orElse(i18n.get("evidence.raw.missing")));
                            }
                        })
                        .onFailure(ex -> body.set(i18n.get("evidence.raw.missing")))
                        .start();
            }
        }
    }

    // ---- actions -------------------------------------------------------------------------------

    /** Marks the shown message as safe, or undoes that; stored in the cache. */
    public void toggleMarkedSafe() {
        MessageEntry e = entry.get();
        if (e == null) {
            return;
        }
        boolean target = !markedSafe.get();
        String key = e.message().key();
        String sender = new MessageFacts(e.message()).senderEmail();
        List<String> domains = target && allowLinkDomains.get() ? List.copyOf(linkDomainCandidates) : List.of();
        List<String> types = target && allowAttachmentTypes.get() ? List.copyOf(attachmentTypeCandidates) : List.of();
        tasks.task("mark safe", () -> {
            service.setMarkedSafe(key, target);
            if (!sender.isEmpty()) {
                for (String d : domains) {
                    service.allow(org.threadguard.app.ui.service.SafetyEntry.Kind.LINK_DOMAIN, sender, d);
                }
                for (String t : types) {
                    service.allow(org.threadguard.app.ui.service.SafetyEntry.Kind.ATTACHMENT_TYPE, sender, t);
                }
            }
            return target;
        }).onSuccess(done -> {
            markedSafe.set(done);
            MessageEntry updated = e.withMarkedSafe(done);
            entry.set(updated);
            actionStatus.set(i18n.get(done ? "evidence.markedSafe" : "evidence.unmarkedSafe"));
            onSafeChanged.accept(updated);
        }).onFailure(ex -> actionStatus.set(i18n.format("error.generic", ex.getMessage()))).start();
    }

    /** Notes in the action line that the evidence was copied. */
    public void copiedNote() {
        actionStatus.set(i18n.get("evidence.copied"));
    }

    /** The evidence as plain text for tickets and chat: every link defanged. */
    public String evidenceAsText() {
        MessageEntry e = entry.get();
        if (e == null) {
            return "";
        }
        MailMessage m = e.message();
        StringBuilder sb = new StringBuilder();
        sb.append(headline.get()).append('\n');
        sb.append(i18n.get("evidence.from")).append(": ").append(fromLine.get()).append('\n');
        sb.append(i18n.get("evidence.subject")).append(": ").append(subjectLine.get()).append('\n');
        sb.append(i18n.get("evidence.date")).append(": ").append(i18n.dateTime(m.arrival())).append('\n');
        sb.append("Message-ID: ").append(m.messageId()).append("\n\n");
        if (!summary.get().isBlank()) {
            sb.append(summary.get()).append("\n\n");
        }
        for (EvidenceSection s : sections) {
            if (s instanceof EvidenceSection.FindingCard f) {
                sb.append("- ").append(f.code()).append(" (").append(f.severity().id()).append(", ").append(f.weight())
                        .append("): ").append(f.explanation()).append('\n');
                for (EvidenceSection.Row r : f.rows()) {
                    sb.append("    ").append(r.field().isEmpty() ? "" : r.field() + ": ")
                            .append(i18n.get("evidence.col.earlier")).append(": ").append(r.earlier()).append(" | ")
                            .append(i18n.get("evidence.col.this")).append(": ").append(r.current()).append('\n');
                }
            } else if (s instanceof EvidenceSection.Table t) {
                sb.append('\n').append(t.title()).append('\n');
                for (List<String> row : t.cells()) {
                    sb.append("    ").append(String.join(" | ", row)).append('\n');
                }
            }
        }
        return SafeText.defangUrls(sb.toString());
    }

    // ---- properties ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<MessageEntry> entryProperty() {
        return entry;
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty fromLineProperty() {
        return fromLine;
    }

    public ReadOnlyStringProperty subjectLineProperty() {
        return subjectLine;
    }

    public ObservableList<EvidenceSection> sections() {
        return sections;
    }

    public ObjectProperty<BodyMode> bodyModeProperty() {
        return bodyMode;
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyBooleanProperty hasHtmlProperty() {
        return hasHtml;
    }

    /**
     * What "this sender's new link domain / attachment type is fine" would allow for the shown
     * message: the registrable domains of its new links when a novel-link finding names them, the
     * attachment types when a risky-attachment finding does.
     */
    private void updateAllowCandidates(MessageEntry e) {
        java.util.LinkedHashSet<String> domains = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>();
        boolean novelLink = e.verdict().findings().stream().anyMatch(f -> f.code().equals("NOVEL_LINK_DOMAIN"));
        boolean riskyAttachment = e.verdict().findings().stream().anyMatch(f -> f.code().equals("RISKY_ATTACHMENT"));
        if (e.judged() && (novelLink || riskyAttachment)) {
            MessageFacts facts = new MessageFacts(e.message());
            if (novelLink) {
                facts.newLinks().forEach(l -> {
                    String reg = org.threadguard.heuristics.links.Domains.registrable(l.host());
                    if (!reg.isEmpty()) {
                        domains.add(reg);
                    }
                });
            }
            if (riskyAttachment) {
                facts.attachments().forEach(a -> types.add(MessageFacts.typeKey(a)));
            }
        }
        linkDomainCandidates.setAll(domains);
        attachmentTypeCandidates.setAll(types);
    }

    public BooleanProperty allowLinkDomainsProperty() {
        return allowLinkDomains;
    }

    public BooleanProperty allowAttachmentTypesProperty() {
        return allowAttachmentTypes;
    }

    public ObservableList<String> linkDomainCandidates() {
        return linkDomainCandidates;
    }

    public ObservableList<String> attachmentTypeCandidates() {
        return attachmentTypeCandidates;
    }

    public ReadOnlyBooleanProperty markedSafeProperty() {
        return markedSafe;
    }

    public ReadOnlyBooleanProperty flaggedProperty() {
        return flagged;
    }

    public ReadOnlyStringProperty actionStatusProperty() {
        return actionStatus;
    }

    public I18n i18n() {
        return i18n;
    }
}
