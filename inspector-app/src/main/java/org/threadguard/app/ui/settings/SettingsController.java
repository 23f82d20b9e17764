package org.threadguard.app.ui.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.threadguard.app.ui.common.I18n;
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
    }
}
