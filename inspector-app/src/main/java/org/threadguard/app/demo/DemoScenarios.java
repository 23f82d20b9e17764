package org.threadguard.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The demo mailbox's answer key and trainer notes: which message is an attack or a hard case
 * ({@code labels.tsv}) and, per scenario, a title, what the attacker did and what to look for
 * ({@code scenarios/<lang>.properties}, English, Spanish, German).
 */
public final class DemoScenarios {
    /** The languages the trainer notes exist in. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de");

    private final Map<String, Label> labels;
    private final List<Scenario> scenarios;

    private DemoScenarios(Map<String, Label> labels, List<Scenario> scenarios) {
        this.labels = labels;
        this.scenarios = scenarios;
    }

    /**
     * A demo message's label.
     *
     * @param messageId the Message-ID, angle brackets included
     * @param label {@code genuine} or {@code hijack}
     * @param kind {@code genuine-reply}, {@code genuine-hard} or {@code attack}
     * @param scenario the scenario id, empty for ordinary genuine replies
     */
    public record Label(String messageId, String label, String kind, String scenario) {
        /** Whether the product should flag this message. */
        public boolean attack() {
            return "hijack".equals(label);
        }
    }

    /**
     * A scenario with its trainer notes.
     *
     * @param id stable id, e.g. {@code emotet-spoof}
     * @param attack whether it is an attack (else a genuine hard case that must stay consistent)
     * @param title short title
     * @param what what happened
     * @param look what to look for
     * @param messageIds the demo messages of this scenario
     */
    public record Scenario(String id, boolean attack, String title, String what, String look,
            List<String> messageIds) {
    }

    /** Loads the notes in {@code language} ("en", "es", "de"; anything else falls back to English). */
    public static DemoScenarios load(String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        Map<String, Label> labels = new LinkedHashMap<>();
        try (InputStream in = open("labels.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length >= 3) {
                    labels.put(f[0], new Label(f[0], f[1], f[2], f.length > 3 ? f[3].strip() : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties notes = new Properties();
        try (InputStream in = open("scenarios/" + lang + ".properties")) {
            notes.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> byScenario = new LinkedHashMap<>();
        Map<String, Boolean> attack = new LinkedHashMap<>();
        for (Label l : labels.values()) {
            if (!l.scenario().isEmpty()) {
                byScenario.computeIfAbsent(l.scenario(), k -> new ArrayList<>()).add(l.messageId());
                attack.merge(l.scenario(), l.attack(), Boolean::logicalOr);
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (var e : byScenario.entrySet()) {
            String id = e.getKey();
            scenarios.add(new Scenario(id, attack.get(id), notes.getProperty(id + ".title", id),
                    notes.getProperty(id + ".what", ""), notes.getProperty(id + ".look", ""),
                    List.copyOf(e.getValue())));
        }
        return new DemoScenarios(Map.copyOf(labels), List.copyOf(scenarios));
    }

    /** Loads the notes in the language of {@code locale}. */
    public static DemoScenarios load(Locale locale) {
        return load(locale.getLanguage());
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = DemoScenarios.class.getResourceAsStream(DemoResources.BASE + name);
        if (in == null) {
            throw new IOException("Demo resource missing: " + name);
        }
        return in;
    }

    /** Every scenario, attacks and hard cases, in the order of the answer key. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenario a demo message belongs to, if any. */
    public Optional<Scenario> scenarioOf(String messageId) {
        Label l = labels.get(messageId);
        if (l == null || l.scenario().isEmpty()) {
            return Optional.empty();
        }
        return scenarios.stream().filter(s -> s.id().equals(l.scenario())).findFirst();
    }

    /** The label of a demo message, if it is one of the labelled replies. */
    public Optional<Label> label(String messageId) {
        return Optional.ofNullable(labels.get(messageId));
    }
}
