package org.threadguard.app.ui.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.SafeText;
import org.threadguard.app.ui.service.SafetyEntry;
import org.threadguard.app.report.ReportService;

/** Thin controller of the settings dialog's body. */
public final class SettingsController {
    private final SettingsViewModel vm;
    private final I18n i18n;

    @FXML private Label languageLabel;
    @FXML private ChoiceBox<String> language;
    @FXML private CheckBox dark;
    @FXML private Label addressLabel;
    @FXML private TextField address;
    @FXML private Label styleLabel;
    @FXML private ChoiceBox<ReportService.Style> style;
    @FXML private Label safetyLabel;
    @FXML private javafx.scene.control.ListView<SafetyEntry> safety;
    @FXML private javafx.scene.control.Button removeSafety;
    @FXML private Label safetyStatus;

    public SettingsController(SettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        languageLabel.setLabelFor(language);
        addressLabel.setLabelFor(address);
        styleLabel.setLabelFor(style);
        language.getItems().add(SettingsViewModel.SYSTEM);
        for (Locale l : I18n.SUPPORTED) {
            language.getItems().add(l.toLanguageTag());
        }
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                if (tag == null) {
                    return "";
                }
                if (SettingsViewModel.SYSTEM.equals(tag)) {
                    return i18n.get("settings.system");
                }
                Locale l = Locale.forLanguageTag(tag);
                return l.getDisplayLanguage(l);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        address.textProperty().bindBidirectional(vm.reportAddressProperty());
        style.getItems().setAll(ReportService.Style.values());
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportService.Style s) {
                return s == null ? "" : i18n.get("report.style.short." + s.name());
            }

            @Override
            public ReportService.Style fromString(String s) {
                return null;
            }
        });
        style.valueProperty().bindBidirectional(vm.reportStyleProperty());
        safetyLabel.setLabelFor(safety);
        safety.setItems(vm.safetyEntries());
        safety.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SafetyEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : i18n.format("settings.safety." + e.kind().name(),
                        SafeText.defangUrls(e.subject()), SafeText.defangUrls(e.value()), i18n.shortDate(e.created())));
            }
        });
        safety.setPlaceholder(new Label(i18n.get("settings.safety.none")));
        removeSafety.disableProperty().bind(safety.getSelectionModel().selectedItemProperty().isNull());
        safetyStatus.textProperty().bind(vm.safetyStatusProperty());
    }

    @FXML
    private void removeSafety() {
        vm.remove(safety.getSelectionModel().getSelectedItem());
    }
}
