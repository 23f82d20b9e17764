package org.threadguard.heuristics.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's wording bundles (ADR 0010): every bundle exists in English, Spanish and German with the same
 * keys and the same placeholders, every pattern is a valid {@link MessageFormat}, apostrophes are doubled,
 * and a translated sentence is not left in English.
 */
class FindingBundlesTest {
    private static final Path DIR = Path.of("src/main/resources/org/threadguard/heuristics/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.matches(".*_[a-z]{2}\\.properties")).map(n -> n.substring(0, n.length() - 11))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theBundlesAreFound() throws IOException {
        assertTrue(bundles().count() >= 2, "summary and the detectors' bundles");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasTheSameKeysAndPlaceholders(String base) throws IOException {
        Properties en = load(base + ".properties");
        assertFalse(en.isEmpty(), base);
        for (String lang : List.of("es", "de")) {
            Properties other = load(base + "_" + lang + ".properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                    base + "_" + lang + " has other keys than " + base);
            for (String key : en.stringPropertyNames()) {
                String a = en.getProperty(key);
                String b = other.getProperty(key);
                assertEquals(placeholders(a), placeholders(b), key + " in " + lang + ": " + b);
                if (WORD.matcher(a).results().count() > 2) {
                    assertNotEquals(a, b, key + " is not translated into " + lang);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPatternIsAValidMessageFormatWithDoubledApostrophes(String base) throws IOException {
        for (String file : List.of(base + ".properties", base + "_es.properties", base + "_de.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                new MessageFormat(pattern, Locale.ROOT);
                assertFalse(pattern.replace("''", "").contains("'"),
                        file + " " + key + ": a lone apostrophe quotes text in MessageFormat; write ''");
                assertTrue(key.startsWith(base.toUpperCase(Locale.ROOT) + ".") || key.startsWith(base + "."),
                        file + " " + key + ": keys start with the bundle's name, which is how they are found");
            }
        }
    }

    @Test
    void aTextRendersInEachLanguageAndFallsBackToEnglish() {
        Text t = Text.of("summary.fits", Text.of("summary.nameAndAddress", "Anna Schmidt", "anna@example.com"));
        assertEquals("This reply from Anna Schmidt (anna@example.com) fits its thread and the sender's earlier messages.",
                t.english());
        assertTrue(t.render(Locale.GERMAN).startsWith("Diese Antwort von Anna Schmidt (anna@example.com) passt"));
        assertTrue(t.render(Locale.forLanguageTag("es-MX")).startsWith("Esta respuesta de Anna Schmidt"));
        assertEquals(t.english(), t.render(Locale.FRENCH));
        assertEquals("a, b", Text.join(", ", List.of(Text.literal("a"), Text.empty(), Text.literal("b"))).english());
    }

    @Test
    void aClauseDropsItsFullStopAndItsCapitalWhereTheLanguageDoes() {
        Text sentence = Text.of("summary.adviceCheck");
        assertEquals("check with the sender by another channel before you open its links or attachments",
                Text.clause(sentence).english());
        assertTrue(Text.clause(sentence).render(Locale.GERMAN).startsWith("Fragen Sie"));
    }

    private static List<Integer> placeholders(String pattern) {
        List<Integer> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        out.sort(null);
        return out.stream().distinct().toList();
    }

    private static Properties load(String file) throws IOException {
        Path p = DIR.resolve(file);
        assertTrue(Files.exists(p), file + " is missing");
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
