package org.threadguard.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.app.report.ReportService;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.imap.report.AfterAction;

/** The report dialog's confirmation step: the mailbox is never changed without an explicit yes. */
class ReportViewModelTest {
    static final String KEY = "imap:laura@imap.example.com:993/INBOX/17:42";

    /** A report service that records the requests and answers with a fixed plan. */
    static final class FakeReports implements ReportService {
        final List<ReportRequest> requests = new ArrayList<>();
        AfterAction configured = AfterAction.MOVE_TO_JUNK;
        String host = "imap.example.com";
        String refusal = "";

        @Override
        public Outcome report(ReportRequest request) {
            requests.add(request);
            boolean acted = request.after().kind() != AfterAction.Kind.LEAVE;
            return new Outcome(Status.SENT, List.of(), "Reported to " + request.securityAddress() + "."
                    + (acted ? " Moved the original to Junk." : ""), acted ? AfterResult.DONE : AfterResult.NOT_ASKED);
        }

        @Override
        public ReportTarget target(String messageKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path exportEvidence(String messageKey, Path dir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String configuredAddress() {
            return "security@example.com";
        }

        @Override
        public AfterAction configuredAfterAction() {
            return configured;
        }

        @Override
        public AfterPlan afterPlan(String messageKey, AfterAction action) {
            return new AfterPlan(action, refusal.isEmpty() ? host : "", refusal);
        }
    }

    private final FakeReports reports = new FakeReports();

    private ReportViewModel vm() {
        ReportViewModel vm = new ReportViewModel(reports, new SameThreadTaskExecutor(),
                new I18n(Locale.ENGLISH, ZoneOffset.UTC), InspectorState.inMemory());
        vm.prepare(KEY, "evidence");
        return vm;
    }

    @Test
    void nothingIsSentOrMovedUntilTheUserConfirms() {
        ReportViewModel vm = vm();
        vm.send();
        assertThat(reports.requests).isEmpty();
        assertThat(vm.confirmationProperty().get()).isEqualTo("Move the original to Junk on imap.example.com? "
                + "This is the only change Threadguard makes to your mailbox.");
        vm.cancelConfirmation();
        assertThat(reports.requests).isEmpty();
        assertThat(vm.confirmationProperty().get()).isEmpty();
        vm.confirmAfterAction(); // no question pending: nothing happens
        assertThat(reports.requests).isEmpty();
        assertThat(vm.sentProperty().get()).isFalse();
    }

    @Test
    void confirmingSendsWithTheMove() {
        ReportViewModel vm = vm();
        vm.send();
        vm.confirmAfterAction();
        assertThat(reports.requests).singleElement().satisfies(r -> {
            assertThat(r.after()).isEqualTo(AfterAction.MOVE_TO_JUNK);
            assertThat(r.messageKey()).isEqualTo(KEY);
        });
        assertThat(vm.sentProperty().get()).isTrue();
        assertThat(vm.originalRemovedProperty().get()).isTrue();
        assertThat(vm.confirmationProperty().get()).isEmpty();
    }

    @Test
    void reportOnlySendsAndLeavesTheOriginal() {
        ReportViewModel vm = vm();
        vm.send();
        vm.reportOnly();
        assertThat(reports.requests).singleElement().satisfies(r ->
                assertThat(r.after()).isEqualTo(AfterAction.LEAVE));
        assertThat(vm.sentProperty().get()).isTrue();
        assertThat(vm.originalRemovedProperty().get()).isFalse();
    }

    @Test
    void copyAsksWithTheFolder() {
        reports.configured = AfterAction.copyTo("Reported");
        ReportViewModel vm = vm();
        vm.send();
        assertThat(reports.requests).isEmpty();
        assertThat(vm.confirmationProperty().get()).isEqualTo("Copy the original to Reported on imap.example.com? "
                + "This is the only change Threadguard makes to your mailbox.");
    }

    @Test
    void aLocalMessageIsReportedWithoutAskingAndSaysWhyNothingMoved() {
        reports.refusal = "The original is in a local file; nothing to move.";
        ReportViewModel vm = vm();
        vm.send();
        assertThat(vm.confirmationProperty().get()).isEmpty();
        assertThat(reports.requests).singleElement().satisfies(r ->
                assertThat(r.after()).isEqualTo(AfterAction.LEAVE));
        assertThat(vm.messageProperty().get()).endsWith("The original is in a local file; nothing to move.");
    }

    @Test
    void withLeaveConfiguredThereIsNoQuestion() {
        reports.configured = AfterAction.LEAVE;
        ReportViewModel vm = vm();
        vm.send();
        assertThat(vm.confirmationProperty().get()).isEmpty();
        assertThat(reports.requests).singleElement().satisfies(r ->
                assertThat(r.after()).isEqualTo(AfterAction.LEAVE));
    }
}
