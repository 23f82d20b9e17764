package org.threadguard.app.ui.thread;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import org.threadguard.app.ui.common.Badges;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.ThreadDetail;

/** Thin controller of the thread timeline. */
public final class ThreadController {
    private final ThreadViewModel vm;
    private final I18n i18n;

    @FXML private Label title;
    @FXML private ListView<MessageEntry> timeline;
    @FXML private Label placeholder;

    public ThreadController(ThreadViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
    }

    @FXML
    private void initialize() {
        title.setLabelFor(timeline);
        vm.detailProperty().addListener((o, a, b) -> title.setText(b == null ? i18n.get("thread.title") : title(b)));
        timeline.setItems(vm.messages());
        placeholder.textProperty().bind(vm.placeholderProperty());
        timeline.setCellFactory(l -> new ListCell<>() {
            private final Label badge = new Label();
            private final Label text = new Label();
            private final HBox box = new HBox(10, badge, text);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                text.setWrapText(false);
            }

            @Override
            protected void updateItem(MessageEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove("own-message");
                if (empty || e == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                if (e.own()) {
                    badge.setText(i18n.get("thread.sent"));
                    Badges.setClasses(badge, "badge-own");
                    badge.setAccessibleText(i18n.get("thread.sentByYou"));
                    getStyleClass().add("own-message");
                } else if (e.markedSafe()) {
                    badge.setText(i18n.get("thread.markedSafe"));
                    Badges.setClasses(badge, "badge-safe");
                    badge.setAccessibleText(i18n.get("thread.markedSafe"));
                } else if (!e.judged()) {
                    badge.setText(i18n.get("thread.first"));
                    Badges.setClasses(badge, "badge-neutral");
                    badge.setAccessibleText(i18n.get("thread.first"));
                } else {
                    Badges.update(badge, e.verdict().level(), e.verdict().score(), i18n);
                }
                text.setText(vm.describe(e));
                setGraphic(box);
                setAccessibleText(badge.getAccessibleText() + ". " + vm.describe(e).replace('\n', ' '));
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && timeline.getSelectionModel().getSelectedItem() != b) {
                timeline.getSelectionModel().select(b);
                javafx.application.Platform.runLater(() -> timeline.scrollTo(Math.max(0, timeline.getItems().indexOf(b) - 1)));
            }
        });
        timeline.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && vm.selectedProperty().get() != b) {
                vm.selectedProperty().set(b);
            }
        });
    }

    private String title(ThreadDetail d) {
        return i18n.format("thread.titleWith", d.summary().subject(), i18n.number(d.messages().size()));
    }
}
