package org.threadguard.app.ui.main;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.threadguard.app.ui.Shell;
import org.threadguard.app.ui.common.Badges;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.LocalMailChooser;
import org.threadguard.app.ui.evidence.EvidenceController;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.ThreadSummary;

/** Thin controller of the main window: binds the thread list, sources, folders and status bar to {@link MainViewModel}. */
public final class MainController {
    private static final String ALL_FOLDERS = "";
    private final MainViewModel vm;
    private final Shell shell;
    private final I18n i18n;

    @FXML private CheckMenuItem flaggedMenu;
    @FXML private Label sourcesLabel;
    @FXML private Label foldersLabel;
    @FXML private ListView<MailboxSource> sourcesList;
    @FXML private ListView<String> foldersList;
    @FXML private TextField search;
    @FXML private ToggleButton flaggedOnly;
    @FXML private TableView<ThreadSummary> threadTable;
    @FXML private TableColumn<ThreadSummary, ThreadSummary> riskColumn;
    @FXML private TableColumn<ThreadSummary, String> subjectColumn;
    @FXML private TableColumn<ThreadSummary, String> participantsColumn;
    @FXML private TableColumn<ThreadSummary, java.time.Instant> dateColumn;
    @FXML private TableColumn<ThreadSummary, Integer> countColumn;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label status;
    @FXML private Label counts;
    @FXML private EvidenceController evidenceController;

    public MainController(MainViewModel vm, Shell shell) {
        this.vm = vm;
        this.shell = shell;
        this.i18n = vm.i18n();
    }

    @FXML
    private void initialize() {
        sourcesLabel.setLabelFor(sourcesList);
        foldersLabel.setLabelFor(foldersList);
        sourcesList.setItems(vm.sources());
        sourcesList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MailboxSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.kind() == MailboxSource.Kind.DEMO ? i18n.get("main.demoSource")
                        : s.displayName());
                setTooltip(empty || s == null || s.location().isEmpty() ? null : new Tooltip(s.location()));
            }
        });
        vm.currentSourceProperty().addListener((o, a, b) -> sourcesList.getSelectionModel().select(b));
        sourcesList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.currentSourceProperty().get())) {
                vm.open(b);
            }
        });

        vm.folders().addListener((ListChangeListener<String>) c -> syncFolders());
        foldersList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.isEmpty() ? i18n.get("main.allFolders") : folderName(f));
            }
        });
        foldersList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedFolderProperty().set(b.isEmpty() ? null : b);
            }
        });
        syncFolders();

        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setAccessibleText(i18n.get("main.search"));
        flaggedOnly.selectedProperty().bindBidirectional(vm.flaggedOnlyProperty());
        flaggedMenu.selectedProperty().bindBidirectional(vm.flaggedOnlyProperty());

        threadTable.setItems(vm.visibleThreads());
        riskColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        riskColumn.setComparator((a, b) -> Integer.compare(a.highestScore(), b.highestScore()));
        riskColumn.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(ThreadSummary t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                } else {
                    Badges.update(badge, t.highestLevel(), t.highestScore(), i18n);
                    setGraphic(badge);
                }
            }
        });
        subjectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subject()));
        participantsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.participantsText(c.getValue())));
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastDate()));
        dateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : i18n.shortDate(d));
                setTooltip(empty || d == null ? null : new Tooltip(i18n.dateTime(d)));
            }
        });
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().messageCount()));
        countColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : i18n.number(n));
            }
        });
        threadTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ThreadSummary s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("row-suspicious", "row-likely-hijack");
                if (!empty && s != null && s.flagged()) {
                    getStyleClass().add("row-" + s.highestLevel().id());
                }
                setAccessibleText(empty || s == null ? null : i18n.format("a11y.threadRow", s.subject(),
                        vm.levelText(s), s.messageCount()));
            }
        });
        threadTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedThreadProperty().set(b);
            }
        });
        vm.selectedThreadProperty().addListener((o, a, b) -> {
            if (b != null && threadTable.getSelectionModel().getSelectedItem() != b) {
                threadTable.getSelectionModel().select(b);
                threadTable.scrollTo(b);
            }
        });

        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        cancelButton.managedProperty().bind(vm.busyProperty());
        status.textProperty().bind(vm.statusProperty());
        Runnable updateCounts = () -> counts.setText(i18n.format("main.counts", i18n.number(vm.visibleThreads().size()),
                i18n.number(vm.allThreads().size())));
        vm.visibleThreads().addListener((ListChangeListener<ThreadSummary>) c -> updateCounts.run());
        updateCounts.run();
    }

    private String folderName(String f) {
        String key = "folder." + f.toLowerCase(java.util.Locale.ROOT);
        return i18n.has(key) ? i18n.get(key) : f;
    }

    private void syncFolders() {
        String selected = vm.selectedFolderProperty().get();
        java.util.List<String> items = new java.util.ArrayList<>();
        items.add(ALL_FOLDERS);
        items.addAll(vm.folders());
        foldersList.getItems().setAll(items);
        foldersList.getSelectionModel().select(selected == null ? ALL_FOLDERS : selected);
    }

    public TableView<ThreadSummary> threadTable() {
        return threadTable;
    }

    @FXML
    private void openDemo() {
        vm.openDemo();
    }

    @FXML
    private void openFolder() {
        LocalMailChooser.chooseFolder(threadTable.getScene().getWindow(), i18n).ifPresent(vm::openLocal);
    }

    @FXML
    private void openFile() {
        LocalMailChooser.chooseFile(threadTable.getScene().getWindow(), i18n).ifPresent(vm::openLocal);
    }

    @FXML
    private void addAccount() {
        shell.showStart();
    }

    @FXML
    private void openSettings() {
        shell.showSettings();
    }

    @FXML
    private void quit() {
        shell.quit();
    }

    @FXML
    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void refresh() {
        MailboxSource s = vm.currentSourceProperty().get();
        if (s != null) {
            vm.open(s);
        }
    }

    @FXML
    private void toggleTheme() {
        shell.toggleTheme();
    }

    @FXML
    private void report() {
        evidenceController.report();
    }

    @FXML
    private void markSafe() {
        evidenceController.toggleSafe();
    }

    @FXML
    private void copyEvidence() {
        evidenceController.copy();
    }

    @FXML
    private void cancel() {
        vm.cancelRunning();
    }
}
