package org.threadguard.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoScenariosTest {
    @Test
    void everyScenarioHasNotesInEveryLanguage() {
        for (String lang : DemoScenarios.LANGUAGES) {
            DemoScenarios s = DemoScenarios.load(lang);
            assertThat(s.scenarios()).hasSizeGreaterThanOrEqualTo(9);
            for (DemoScenarios.Scenario sc : s.scenarios()) {
                assertThat(sc.title()).as(lang + " " + sc.id()).isNotBlank().isNotEqualTo(sc.id());
                assertThat(sc.what()).as(lang + " " + sc.id()).isNotBlank();
                assertThat(sc.look()).as(lang + " " + sc.id()).isNotBlank();
                assertThat(sc.messageIds()).isNotEmpty();
            }
        }
    }

    @Test
    void attacksAndHardCasesAreTold() {
        DemoScenarios s = DemoScenarios.load("de");
        DemoScenarios.Scenario emotet = s.scenarios().stream().filter(x -> x.id().equals("emotet-spoof"))
                .findFirst().orElseThrow();
        assertThat(emotet.attack()).isTrue();
        assertThat(s.scenarioOf(emotet.messageIds().get(0))).contains(emotet);
        assertThat(s.scenarios().stream().filter(x -> x.id().equals("out-of-office")).findFirst().orElseThrow()
                .attack()).isFalse();
        assertThat(DemoScenarios.load("fr").scenarios().get(0).title())
                .isEqualTo(DemoScenarios.load("en").scenarios().get(0).title());
    }
}
