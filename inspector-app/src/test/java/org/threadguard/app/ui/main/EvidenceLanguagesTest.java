package org.threadguard.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadguard.app.ui.DemoFixture;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.evidence.EvidenceSection;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.ThreadSummary;
import org.threadguard.app.ui.thread.ThreadViewModel;
import org.threadguard.heuristics.detect.EvidenceRow;
import org.threadguard.heuristics.detect.Finding;

/**
 * Every word of the evidence view is in the user's language, including what the engine writes: each
 * finding's explanation, its side-by-side rows and the verdict summary of every reply of the demo mailbox
 * are shown translated in Spanish and German, never in English.
 */
class EvidenceLanguagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void theEnginesWordsAreShownInTheUiLanguage(String lang) {
        try (DemoFixture fx = new DemoFixture(dir)) {
            I18n i18n = new I18n(Locale.forLanguageTag(lang), ZoneOffset.UTC);
            SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
            EvidenceViewModel evidence = new EvidenceViewModel(fx.service, tasks, i18n, ZoneOffset.UTC);
            ThreadViewModel thread = new ThreadViewModel(evidence, i18n);
            MainViewModel vm = new MainViewModel(fx.service, tasks, i18n, fx.state, thread);
            vm.openDemo();
            List<String> english = new ArrayList<>();
            int cards = 0;
            int flagged = 0;
            for (ThreadSummary t : List.copyOf(vm.allThreads())) {
                vm.selectedThreadProperty().set(t);
                for (MessageEntry e : List.copyOf(thread.messages())) {
                    thread.selectedProperty().set(e);
                    if (e.verdict().flagged()) {
                        flagged++;
                        String summary = evidence.summaryProperty().get();
                        assertThat(summary).as("summary").isNotBlank().isNotEqualTo(e.verdict().summary());
                    }
                    List<EvidenceSection.FindingCard> shown = evidence.sections().stream()
                            .filter(EvidenceSection.FindingCard.class::isInstance)
                            .map(EvidenceSection.FindingCard.class::cast).toList();
                    List<Finding> findings = e.verdict().findings();
                    assertThat(shown).hasSameSizeAs(findings);
                    for (int i = 0; i < findings.size(); i++) {
                        Finding f = findings.get(i);
                        EvidenceSection.FindingCard card = shown.get(i);
                        cards++;
                        assertThat(f.explanationText().key()).as(f.code() + " explanation is a message key").isNotNull();
                        if (card.explanation().equals(f.explanation())) {
                            english.add(f.code() + ": " + f.explanation());
                        }
                        for (EvidenceRow r : f.rows()) {
                            // acronyms (SPF, DKIM, DMARC) are names in every language
                            if (!r.field().isEmpty() && !r.field().matches("[A-Z0-9-]+")) {
                                assertThat(r.fieldText().key()).as(f.code() + " row field '" + r.field() + "'")
                                        .isNotNull();
                            }
                        }
                    }
                }
            }
            assertThat(flagged).as("flagged replies in the demo").isGreaterThanOrEqualTo(5);
            assertThat(cards).as("findings shown").isGreaterThan(20);
            assertThat(english).as("explanations still in English").isEmpty();
        }
    }
}
