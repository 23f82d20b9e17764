package org.threadguard.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.ui.DemoFixture;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.evidence.EvidenceSection;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.ThreadSummary;
import org.threadguard.app.ui.thread.ThreadViewModel;
import org.threadguard.heuristics.detect.Level;

/** The main window's ViewModels on the demo mailbox, without a JavaFX toolkit (same-thread executor). */
class MainViewModelTest {
    @TempDir
    Path dir;
    DemoFixture fx;
    MainViewModel vm;
    ThreadViewModel thread;
    EvidenceViewModel evidence;

    @BeforeEach
    void setUp() {
        fx = new DemoFixture(dir);
        I18n i18n = new I18n(Locale.ENGLISH, java.time.ZoneOffset.UTC);
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        evidence = new EvidenceViewModel(fx.service, tasks, i18n, java.time.ZoneOffset.UTC);
        thread = new ThreadViewModel(evidence, i18n);
        vm = new MainViewModel(fx.service, tasks, i18n, fx.state, thread);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void opensTheDemoAndFiltersToFlaggedThreads() {
        vm.openDemo();
        assertThat(vm.analysedProperty().get()).isTrue();
        assertThat(vm.allThreads()).hasSizeGreaterThan(30);
        assertThat(vm.statusProperty().get()).contains("flagged");
        vm.flaggedOnlyProperty().set(true);
        assertThat(vm.visibleThreads()).hasSize(6).allMatch(ThreadSummary::flagged);
        vm.searchProperty().set("shipment delay");
        assertThat(vm.visibleThreads()).extracting(ThreadSummary::subject).singleElement().asString()
                .contains("Shipment delay");
        vm.searchProperty().set("");
        vm.flaggedOnlyProperty().set(false);
        vm.selectedFolderProperty().set("Sent");
        assertThat(vm.visibleThreads()).allMatch(t -> t.folders().contains("Sent")).hasSizeLessThan(vm.allThreads().size());
    }

    @Test
    void selectingAFlaggedThreadShowsTheRiskiestReplyWithSideBySideEvidence() {
        vm.openDemo();
        ThreadSummary t = find("Shipment delay");
        assertThat(t.highestLevel()).isEqualTo(Level.LIKELY_HIJACK);
        vm.selectedThreadProperty().set(t);
        MessageEntry shown = evidence.entryProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.message().from().email()).isEqualTo("info@bakkerij-vandijk.example");
        assertThat(thread.messages()).anyMatch(MessageEntry::own);
        List<EvidenceSection> sections = evidence.sections();
        assertThat(sections).filteredOn(EvidenceSection.FindingCard.class::isInstance)
                .extracting(s -> ((EvidenceSection.FindingCard) s).code()).contains("DISPLAY_NAME_SPOOF",
                        "RISKY_ATTACHMENT");
        EvidenceSection.Table sender = table("sender");
        assertThat(sender.cells()).anySatisfy(row -> assertThat(row).containsExactly("Address",
                "mark.ellison@greenfield-packaging.example", "info@bakkerij-vandijk.example"));
        assertThat(table("attachments").cells()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Invoice_0311.zip"));
        assertThat(sections).anyMatch(EvidenceSection.Timing.class::isInstance);
        assertThat(evidence.summaryProperty().get()).contains("Mark Ellison");
        assertThat(evidence.evidenceAsText()).contains("DISPLAY_NAME_SPOOF").doesNotContain("https://", "http://");
    }

    @Test
    void demoAttackMessagesCarryTheTrainerNoteInTheUiLanguage() {
        vm.openDemo();
        assertThat(fx.cache.folderState("demo", "INBOX")).as("synced over IMAP").isPresent();
        vm.selectedThreadProperty().set(find("Shipment delay"));
        assertThat(evidence.trainerNoteProperty().get()).isNotNull().satisfies(n -> {
            assertThat(n.scenario()).isEqualTo("emotet-spoof");
            assertThat(n.title()).contains("Emotet");
            assertThat(n.what()).contains("info@bakkerij-vandijk.example");
            assertThat(n.look()).isNotBlank();
        });
        MessageEntry attack = evidence.entryProperty().get();
        assertThat(fx.service.trainerNote(attack, Locale.GERMAN)).get()
                .satisfies(n -> assertThat(n.what()).contains("Schadsoftware"));
        // a genuine message of the same thread has none
        MessageEntry genuine = thread.messages().stream().filter(e -> !e.own() && !e.equals(attack)).findFirst()
                .orElseThrow();
        thread.selectedProperty().set(genuine);
        assertThat(evidence.trainerNoteProperty().get()).isNull();
    }

    @Test
    void linksAreDefangedAndMarkedAsNeverSeen() {
        vm.openDemo();
        vm.selectedThreadProperty().set(find("Rotterdam transshipment"));
        EvidenceSection.Table links = table("links");
        assertThat(links.cells()).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("hxxps://docs-preview[.]test/view/Archivo_7734.html");
            assertThat(row.get(2)).isEqualTo("no");
        });
        assertThat(evidence.bodyProperty().get()).contains("hxxps://docs-preview[.]test").doesNotContain("https://");
    }

    @Test
    void markAsSafeLowersTheThreadBadgeAndIsUndoable() {
        vm.openDemo();
        ThreadSummary t = find("Shipment delay");
        vm.selectedThreadProperty().set(t);
        String key = evidence.entryProperty().get().message().key();
        evidence.toggleMarkedSafe();
        assertThat(fx.cache.isMarkedSafe(key)).isTrue();
        assertThat(evidence.markedSafeProperty().get()).isTrue();
        assertThat(find("Shipment delay").highestLevel()).isEqualTo(Level.CONSISTENT);
        evidence.toggleMarkedSafe();
        assertThat(fx.cache.isMarkedSafe(key)).isFalse();
        assertThat(find("Shipment delay").highestLevel()).isEqualTo(Level.LIKELY_HIJACK);
    }

    @Test
    void remembersTheLastSourceAndShowsTheRememberedListFirst() {
        vm.openDemo();
        assertThat(fx.state.sources()).extracting(MailboxSource::id).containsExactly("demo");
        assertThat(fx.service.rememberedThreads(fx.state.sources().get(0))).get()
                .satisfies(s -> assertThat(s.threads()).hasSize(vm.allThreads().size()));
        MainViewModel again = new MainViewModel(fx.service, new SameThreadTaskExecutor(),
                new I18n(Locale.GERMAN, java.time.ZoneOffset.UTC), fx.state, thread);
        again.start(null);
        assertThat(again.currentSourceProperty().get().id()).isEqualTo("demo");
        assertThat(again.allThreads()).hasSize(vm.allThreads().size());
        assertThat(again.statusProperty().get()).contains("auffällig");
    }

    private ThreadSummary find(String subject) {
        return vm.allThreads().stream().filter(x -> x.subject().contains(subject)).findFirst().orElseThrow();
    }

    private EvidenceSection.Table table(String id) {
        return evidence.sections().stream().filter(EvidenceSection.Table.class::isInstance)
                .map(EvidenceSection.Table.class::cast).filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
