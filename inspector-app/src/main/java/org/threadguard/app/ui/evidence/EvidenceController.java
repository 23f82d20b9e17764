package org.threadguard.app.ui.evidence;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.threadguard.app.ui.Shell;
import org.threadguard.app.ui.common.Badges;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.WordDiff;

/** Thin controller of the evidence view: renders the ViewModel's sections as side-by-side tables, diff and charts. */
public final class EvidenceController {
    private final EvidenceViewModel vm;
    private final Shell shell;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private VBox header;
    @FXML private Label badge;
    @FXML private Label headline;
    @FXML private Label from;
    @FXML private Label subject;
    @FXML private Label summary;
    @FXML private Button reportButton;
    @FXML private Button safeButton;
    @FXML private Button copyButton;
    @FXML private javafx.scene.control.CheckBox allowLinks;
    @FXML private javafx.scene.control.CheckBox allowAttachments;
    @FXML private Label actionStatus;
    @FXML private VBox sections;
    @FXML private Label bodyLabel;
    @FXML private ToggleButton modeText;
    @FXML private ToggleButton modeHtml;
    @FXML private ToggleButton modeHeaders;
    @FXML private ToggleButton modeRaw;
    @FXML private TextArea body;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab evidenceTab;
    @FXML private javafx.scene.control.Tab messageTab;
    @FXML private javafx.scene.control.ScrollPane evidenceScroll;
    @FXML private javafx.scene.control.TitledPane trainerPanel;
    @FXML private Label trainerTitle;
    @FXML private Label trainerWhat;
    @FXML private Label trainerLook;

    public EvidenceController(EvidenceViewModel vm, Shell shell) {
        this.vm = vm;
        this.shell = shell;
        this.i18n = vm.i18n();
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(vm.headlineProperty());
        from.textProperty().bind(vm.fromLineProperty());
        subject.textProperty().bind(vm.subjectLineProperty());
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        actionStatus.textProperty().bind(vm.actionStatusProperty());
        trainerPanel.visibleProperty().bind(vm.trainerNoteProperty().isNotNull());
        trainerPanel.managedProperty().bind(trainerPanel.visibleProperty());
        trainerPanel.expandedProperty().bindBidirectional(vm.trainerExpandedProperty());
        vm.trainerNoteProperty().addListener((o, a, b) -> showTrainerNote());
        showTrainerNote();
        vm.levelProperty().addListener((o, a, b) -> updateBadge());
        vm.entryProperty().addListener((o, a, b) -> {
            updateBadge();
            root.setVisible(b != null);
        });
        root.setVisible(false);
        reportButton.disableProperty().bind(vm.entryProperty().isNull());
        copyButton.disableProperty().bind(vm.entryProperty().isNull());
        safeButton.disableProperty().bind(vm.entryProperty().isNull());
        allowLinks.selectedProperty().bindBidirectional(vm.allowLinkDomainsProperty());
        allowAttachments.selectedProperty().bindBidirectional(vm.allowAttachmentTypesProperty());
        Runnable allowTexts = () -> {
            boolean unmarked = !vm.markedSafeProperty().get();
            allowLinks.setText(i18n.format("evidence.allowLinks", String.join(", ", vm.linkDomainCandidates())));
            allowLinks.setVisible(unmarked && !vm.linkDomainCandidates().isEmpty());
            allowAttachments.setText(i18n.format("evidence.allowAttachments",
                    String.join(", ", vm.attachmentTypeCandidates())));
            allowAttachments.setVisible(unmarked && !vm.attachmentTypeCandidates().isEmpty());
        };
        allowLinks.managedProperty().bind(allowLinks.visibleProperty());
        allowAttachments.managedProperty().bind(allowAttachments.visibleProperty());
        vm.linkDomainCandidates().addListener((javafx.collections.ListChangeListener<String>) c -> allowTexts.run());
        vm.attachmentTypeCandidates().addListener((javafx.collections.ListChangeListener<String>) c -> allowTexts.run());
        vm.markedSafeProperty().addListener((o, a, b) -> allowTexts.run());
        allowTexts.run();
        vm.markedSafeProperty().addListener((o, a, b) -> updateSafeButton());
        updateSafeButton();

        ToggleGroup modes = new ToggleGroup();
        for (ToggleButton b : List.of(modeText, modeHtml, modeHeaders, modeRaw)) {
            b.setToggleGroup(modes);
        }
        modeText.setUserData(BodyMode.TEXT);
        modeHtml.setUserData(BodyMode.SANITISED_HTML);
        modeHeaders.setUserData(BodyMode.HEADERS);
        modeRaw.setUserData(BodyMode.RAW);
        modeHtml.disableProperty().bind(vm.hasHtmlProperty().not());
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.bodyModeProperty().set((BodyMode) b.getUserData());
            }
        });
        vm.bodyModeProperty().addListener((o, a, b) -> selectMode(modes, b));
        selectMode(modes, vm.bodyModeProperty().get());
        body.textProperty().bind(vm.bodyProperty());
        bodyLabel.setLabelFor(body);
        body.setAccessibleText(i18n.get("evidence.body"));

        vm.sections().addListener((ListChangeListener<EvidenceSection>) c -> {
            render();
            evidenceScroll.setVvalue(0);
        });
        render();
    }

    private void showTrainerNote() {
        var note = vm.trainerNoteProperty().get();
        trainerTitle.setText(note == null ? "" : note.title());
        trainerWhat.setText(note == null ? "" : note.what());
        trainerLook.setText(note == null ? "" : note.look());
        trainerPanel.setAccessibleText(note == null ? "" : i18n.get("trainer.title") + ": " + note.title());
    }

    private static void selectMode(ToggleGroup modes, BodyMode mode) {
        modes.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private void updateBadge() {
        if (vm.entryProperty().get() == null) {
            return;
        }
        var e = vm.entryProperty().get();
        if (e.judged()) {
            Badges.update(badge, e.verdict().level(), e.verdict().score(), i18n);
            badge.setVisible(true);
        } else {
            badge.setVisible(false);
        }
        badge.managedProperty().bind(badge.visibleProperty());
        header.getStyleClass().removeIf(s -> s.startsWith("header-"));
        header.getStyleClass().add("header-" + (e.judged() ? e.verdict().level().id() : "none"));
    }

    private void updateSafeButton() {
        safeButton.setText(i18n.get(vm.markedSafeProperty().get() ? "evidence.unmarkSafe" : "evidence.markSafe"));
    }

    private void render() {
        sections.getChildren().clear();
        boolean findingsHeader = false;
        boolean compareHeader = false;
        for (EvidenceSection s : vm.sections()) {
            if (s instanceof EvidenceSection.FindingCard f) {
                if (!findingsHeader) {
                    sections.getChildren().add(sectionHeading(i18n.get("evidence.findings")));
                    findingsHeader = true;
                }
                sections.getChildren().add(findingCard(f));
                continue;
            }
            if (!compareHeader) {
                sections.getChildren().add(sectionHeading(i18n.get("evidence.sideBySide")));
                compareHeader = true;
            }
            if (s instanceof EvidenceSection.Table t) {
                sections.getChildren().add(card(t.title(), table(t.columns(), t.cells(), t.flagged()), "table-" + t.id()));
            } else if (s instanceof EvidenceSection.QuoteDiff q) {
                sections.getChildren().add(card(q.title(), quoteDiff(q), "quote-diff"));
            } else if (s instanceof EvidenceSection.Timing t) {
                sections.getChildren().add(card(t.title(), TimingChart.of(t, i18n), "timing"));
            }
        }
    }

    private static Label sectionHeading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private Node findingCard(EvidenceSection.FindingCard f) {
        Label title = new Label(f.title());
        title.getStyleClass().add("finding-title");
        Label sev = Badges.severity(f.severity(), f.weight(), i18n);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label code = new Label(f.code());
        code.getStyleClass().addAll("text-small", "text-muted");
        HBox top = new HBox(8, sev, title, gap, code);
        top.setAlignment(Pos.CENTER_LEFT);
        Label explanation = new Label(f.explanation());
        explanation.setWrapText(true);
        List<List<String>> cells = f.rows().stream().map(r -> List.of(r.field(), r.earlier(), r.current())).toList();
        List<Boolean> flags = f.rows().stream().map(EvidenceSection.Row::differs).toList();
        VBox box = new VBox(6, top, explanation, table(List.of(i18n.get("evidence.col.field"),
                i18n.get("evidence.col.earlier"), i18n.get("evidence.col.this")), cells, flags));
        box.getStyleClass().addAll("evidence-card", "finding-card", "finding-" + f.severity().id());
        box.setId("finding-" + f.code());
        box.setAccessibleText(f.title() + ": " + f.explanation());
        return box;
    }

    private static VBox card(String title, Node content, String id) {
        Label t = new Label(title);
        t.getStyleClass().add("section-label");
        t.setWrapText(true);
        VBox box = new VBox(6, t, content);
        box.getStyleClass().add("evidence-card");
        box.setId(id);
        return box;
    }

    /** A three-column side-by-side grid; rows that differ are highlighted. */
    static GridPane table(List<String> columns, List<List<String>> cells, List<Boolean> flagged) {
        GridPane g = new GridPane();
        g.getStyleClass().add("evidence-table");
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setPercentWidth(22);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setPercentWidth(39);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setPercentWidth(39);
        g.getColumnConstraints().addAll(c0, c1, c2);
        for (int c = 0; c < columns.size(); c++) {
            Label h = new Label(columns.get(c));
            h.getStyleClass().add("evidence-table-header");
            h.setMaxWidth(Double.MAX_VALUE);
            g.add(h, c, 0);
        }
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            boolean diff = r < flagged.size() && flagged.get(r);
            for (int c = 0; c < row.size() && c < 3; c++) {
                Label cell = new Label(row.get(c));
                cell.setWrapText(true);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.getStyleClass().add("evidence-cell");
                if (c == 0) {
                    cell.getStyleClass().add("evidence-field");
                }
                if (diff && c == 2) {
                    cell.getStyleClass().add("evidence-differs");
                }
                g.add(cell, c, r + 1);
            }
        }
        return g;
    }

    private Node quoteDiff(EvidenceSection.QuoteDiff q) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-flow");
        for (WordDiff.Segment s : q.segments()) {
            Text t = new Text(s.text() + " ");
            t.getStyleClass().add("diff-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (s.kind() == WordDiff.Kind.REMOVED) {
                t.setStrikethrough(true);
            } else if (s.kind() == WordDiff.Kind.ADDED) {
                t.setUnderline(true);
            }
            flow.getChildren().add(t);
        }
        Label ref = new Label(i18n.format("evidence.quote.ref", q.originalRef()));
        ref.getStyleClass().addAll("text-small", "text-muted");
        ref.setWrapText(true);
        Label verdict = new Label(i18n.get(q.changed() ? "evidence.quote.changed" : "evidence.quote.same"));
        verdict.setWrapText(true);
        Label legend = new Label(i18n.get("evidence.quote.legend"));
        legend.getStyleClass().addAll("text-small", "text-muted");
        legend.setWrapText(true);
        flow.setAccessibleText(verdict.getText());
        return new VBox(4, ref, verdict, flow, legend);
    }

    @FXML
    public void report() {
        if (vm.entryProperty().get() != null) {
            shell.showReport();
        }
    }

    @FXML
    public void toggleSafe() {
        vm.toggleMarkedSafe();
    }

    @FXML
    public void copy() {
        String text = vm.evidenceAsText();
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        vm.copiedNote();
    }
}
