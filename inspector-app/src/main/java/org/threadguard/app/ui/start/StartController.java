package org.threadguard.app.ui.start;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.LocalMailChooser;
import org.threadguard.app.ui.service.ImapSettings;

/** Thin controller of the start screen: binds controls to {@link StartViewModel}, opens file choosers. */
public final class StartController {
    private final StartViewModel vm;
    private final I18n i18n;

    @FXML private Button demoButton;
    @FXML private Button folderButton;
    @FXML private Button fileButton;
    @FXML private Button testButton;
    @FXML private Button addButton;
    @FXML private Label emailLabel;
    @FXML private Label hostLabel;
    @FXML private Label portLabel;
    @FXML private Label securityLabel;
    @FXML private Label userLabel;
    @FXML private Label passwordLabel;
    @FXML private TextField email;
    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private ChoiceBox<ImapSettings.Security> security;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private ProgressIndicator progress;
    @FXML private Label message;
    @FXML private Label keyringNote;
    @FXML private javafx.scene.layout.VBox trustBox;
    @FXML private javafx.scene.control.TextArea fingerprint;
    @FXML private Label fingerprintLabel;
    @FXML private javafx.scene.control.CheckBox trustCertificate;

    public StartController(StartViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
    }

    @FXML
    private void initialize() {
        email.textProperty().bindBidirectional(vm.emailProperty());
        host.textProperty().bindBidirectional(vm.hostProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        username.textProperty().bindBidirectional(vm.usernameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        username.promptTextProperty().bind(vm.emailProperty());
        security.getItems().setAll(ImapSettings.Security.values());
        security.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImapSettings.Security s) {
                return s == null ? "" : i18n.get("security." + s.name());
            }

            @Override
            public ImapSettings.Security fromString(String s) {
                return null;
            }
        });
        security.valueProperty().bindBidirectional(vm.securityProperty());
        emailLabel.setLabelFor(email);
        hostLabel.setLabelFor(host);
        portLabel.setLabelFor(port);
        securityLabel.setLabelFor(security);
        userLabel.setLabelFor(username);
        passwordLabel.setLabelFor(password);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, a, b) -> {
            message.getStyleClass().remove("danger");
            if (b) {
                message.getStyleClass().add("danger");
            }
        });
        trustBox.visibleProperty().bind(vm.untrustedFingerprintProperty().isNotEmpty());
        trustBox.managedProperty().bind(trustBox.visibleProperty());
        fingerprint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> StartViewModel.fingerprintLines(vm.untrustedFingerprintProperty().get()),
                vm.untrustedFingerprintProperty()));
        fingerprintLabel.setLabelFor(fingerprint);
        fingerprint.setAccessibleText(i18n.get("start.imap.fingerprint"));
        trustCertificate.selectedProperty().bindBidirectional(vm.trustCertificateProperty());
        keyringNote.textProperty().bind(javafx.beans.binding.Bindings.when(vm.keyringAvailableProperty())
                .then(i18n.get("start.imap.keyring")).otherwise(i18n.get("start.imap.keyringMissing")));
        vm.keyringAvailableProperty().addListener((o, a, b) -> {
            keyringNote.getStyleClass().remove("keyring-missing");
            if (!b) {
                keyringNote.getStyleClass().add("keyring-missing");
            }
        });
        if (!vm.keyringAvailableProperty().get()) {
            keyringNote.getStyleClass().add("keyring-missing");
        }
        for (Button b : new Button[] {demoButton, folderButton, fileButton, testButton, addButton}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        testButton.disableProperty().unbind();
        testButton.disableProperty().bind(vm.busyProperty().or(vm.accountValidProperty().not()));
        addButton.disableProperty().unbind();
        addButton.disableProperty().bind(vm.busyProperty().or(vm.accountValidProperty().not()));
    }

    @FXML
    private void openDemo() {
        vm.openDemo();
    }

    @FXML
    private void openFolder() {
        LocalMailChooser.chooseFolder(demoButton.getScene().getWindow(), i18n).ifPresent(vm::openLocal);
    }

    @FXML
    private void openFile() {
        LocalMailChooser.chooseFile(demoButton.getScene().getWindow(), i18n).ifPresent(vm::openLocal);
    }

    @FXML
    private void testConnection() {
        vm.testConnection();
    }

    @FXML
    private void addAccount() {
        vm.addAccount();
    }
}
