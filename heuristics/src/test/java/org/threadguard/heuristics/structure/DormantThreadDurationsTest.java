package org.threadguard.heuristics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadguard.heuristics.detect.Text;

/** The durations of DORMANT_THREAD: plural forms in Spanish and German, the contract wording in English. */
class DormantThreadDurationsTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void oneMinuteIsSingularWhereTheLanguageSaysSoAndEnglishKeepsItsWording() {
        Text minute = DormantThreadDetector.human(Duration.ofSeconds(30));
        assertThat(minute.english()).isEqualTo("1 minute");
        assertThat(minute.render(Locale.GERMAN)).isEqualTo("1 Minute");
        assertThat(minute.render(SPANISH)).isEqualTo("1 minuto");
        assertThat(DormantThreadDetector.human(Duration.ofMinutes(45)).render(Locale.GERMAN)).isEqualTo("45 Minuten");
    }

    @Test
    void daysAreWrittenWithoutGroupingAndHoursInEachLanguage() {
        Text days = DormantThreadDetector.human(Duration.ofDays(1234));
        assertThat(days.english()).isEqualTo("1234 days");
        assertThat(days.render(Locale.GERMAN)).isEqualTo("1234 Tage");
        assertThat(days.render(SPANISH)).isEqualTo("1234 días");
        Text hours = DormantThreadDetector.human(Duration.ofHours(30));
        assertThat(hours.english()).isEqualTo("30 hours");
        assertThat(hours.render(Locale.GERMAN)).isEqualTo("30 Stunden");
        assertThat(DormantThreadDetector.human(null).render(SPANISH)).isEqualTo("(desconocido)");
    }
}
