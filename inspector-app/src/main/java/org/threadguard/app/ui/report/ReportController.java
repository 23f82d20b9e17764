package org.threadguard.app.ui.report;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.threadguard.app.report.ReportService;

/** Thin controller of the report dialog's body. */
public final class ReportController {
    private final ReportViewModel vm;

    @FXML private Label addressLabel;
    @FXML private TextField address;
    @FXML private Label styleLabel;
    @FXML private RadioButton styleMicrosoft;
    @FXML private RadioButton styleForward;
    @FXML private Label message;

    public ReportController(ReportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        addressLabel.setLabelFor(address);
        address.textProperty().bindBidirectional(vm.addressProperty());
        ToggleGroup g = new ToggleGroup();
        styleMicrosoft.setToggleGroup(g);
        styleForward.setToggleGroup(g);
        styleLabel.setLabelFor(styleMicrosoft);
        styleMicrosoft.setUserData(ReportService.Style.MICROSOFT_REPORTING_MAILBOX);
        styleForward.setUserData(ReportService.Style.FORWARD_AS_ATTACHMENT);
        Runnable sync = () -> (vm.styleProperty().get() == ReportService.Style.MICROSOFT_REPORTING_MAILBOX
                ? styleMicrosoft : styleForward).setSelected(true);
        sync.run();
        vm.styleProperty().addListener((o, a, b) -> sync.run());
        g.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.styleProperty().set((ReportService.Style) b.getUserData());
            }
        });
        message.textProperty().bind(vm.messageProperty());
    }

    public TextField addressField() {
        return address;
    }
}
