package org.threadguard.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.app.ui.DemoFixture;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.main.MainViewModel;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.SafetyEntry;
import org.threadguard.app.ui.service.ThreadDetail;
import org.threadguard.app.ui.service.ThreadSummary;
import org.threadguard.app.ui.thread.ThreadViewModel;

/** Mark as safe with "this sender's link domain is fine", listed in settings and undone there. No JavaFX toolkit. */
class SafetyViewModelTest {
    @TempDir
    Path dir;
    DemoFixture fx;
    MainViewModel main;
    EvidenceViewModel evidence;
    SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();

    @BeforeEach
    void setUp() {
        fx = new DemoFixture(dir);
        I18n i18n = new I18n(Locale.ENGLISH, java.time.ZoneOffset.UTC);
        evidence = new EvidenceViewModel(fx.service, tasks, i18n, java.time.ZoneOffset.UTC);
        main = new MainViewModel(fx.service, tasks, i18n, fx.state, new ThreadViewModel(evidence, i18n));
        main.openDemo();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Optional<Object[]> replyWith(String code) {
        MailboxSource src = main.currentSourceProperty().get();
        for (ThreadSummary s : main.allThreads()) {
            ThreadDetail d = fx.service.thread(src, s.id()).orElseThrow();
            for (MessageEntry e : d.messages()) {
                if (e.judged() && e.verdict().findings().stream().anyMatch(f -> f.code().equals(code))) {
                    return Optional.of(new Object[] {d, e});
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void markSafeWithAllowlistIsListedAndUndoable() {
        Object[] found = replyWith("NOVEL_LINK_DOMAIN").orElseThrow();
        ThreadDetail d = (ThreadDetail) found[0];
        MessageEntry e = (MessageEntry) found[1];
        evidence.show(d, e);
        assertThat(evidence.linkDomainCandidates()).isNotEmpty();
        evidence.allowLinkDomainsProperty().set(true);
        evidence.toggleMarkedSafe();
        assertThat(fx.cache.isMarkedSafe(e.message().key())).isTrue();
        String domain = evidence.linkDomainCandidates().get(0);
        assertThat(fx.cache.allowlistEntries()).anySatisfy(a -> assertThat(a.value()).isEqualTo(domain));

        // the next analysis honours it: that reply no longer has the novel-link finding (re-opening the demo
        // syncs it again from a fresh embedded server, so the message is found by its Message-ID)
        main.openDemo();
        MessageEntry again = fx.service.thread(main.currentSourceProperty().get(), d.summary().id()).orElseThrow()
                .messages().stream().filter(m -> m.message().messageId().equals(e.message().messageId()))
                .findFirst().orElseThrow();
        assertThat(again.verdict().findings()).noneMatch(f -> f.code().equals("NOVEL_LINK_DOMAIN"));

        SettingsViewModel settings = new SettingsViewModel(fx.state, fx.service, tasks);
        assertThat(settings.safetyEntries()).extracting(SafetyEntry::kind).contains(SafetyEntry.Kind.SAFE_MARK,
                SafetyEntry.Kind.LINK_DOMAIN);
        for (SafetyEntry s : java.util.List.copyOf(settings.safetyEntries())) {
            settings.remove(s);
        }
        assertThat(settings.safetyEntries()).isEmpty();
        assertThat(fx.cache.isMarkedSafe(e.message().key())).isFalse();
        assertThat(fx.cache.allowlistEntries()).isEmpty();
    }
}
