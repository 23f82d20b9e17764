package org.threadguard.heuristics.detect;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user-facing sentence or phrase of the engine, kept as a message key and its arguments so that each
 * front end renders it in its user's language (ADR 0010).
 *
 * <p>The key's first segment names the bundle: {@code NEW_SENDER.unknown} is looked up in
 * {@code org/threadguard/heuristics/i18n/new_sender.properties} (and its {@code _es}, {@code _de}
 * variants). Patterns are {@link MessageFormat} patterns (a literal apostrophe is written {@code ''}).
 * Arguments are strings (data from the mail: addresses, domains, file names, shown as they are),
 * numbers (formatted for the locale by the pattern), other {@code Text}s, or lists of them (joined with
 * ", ").
 *
 * <p>{@link #english()} is the contract wording of the command line, the JSON output and the report;
 * it is rendered once, when first asked for, so analysis pays nothing for words nobody reads.
 */
public final class Text {
    static final String BUNDLES = "org.threadguard.heuristics.i18n.";
    private static final String CLAUSE = "#clause";
    private static final Text EMPTY = new Text(null, List.of(""));
    private static final ConcurrentHashMap<String, ResourceBundle> BUNDLE_CACHE = new ConcurrentHashMap<>();

    private final String key;
    private final List<Object> args;
    private volatile String english;

    private Text(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    /** A sentence or phrase from the bundles. */
    public static Text of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], () -> "argument of " + key);
            if (copy[i] instanceof List<?> list) {
                copy[i] = List.copyOf(list); // not a view that keeps a larger list alive
            }
        }
        return new Text(key, List.of(copy));
    }

    /** Data shown as it is, in every language (an address, a header value, a file name). */
    public static Text literal(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Text(null, List.of(value));
    }

    /** The empty text. */
    public static Text empty() {
        return EMPTY;
    }

    /**
     * Parts joined by a separator that is the same in every language (", ", " · ", "; "), empty parts
     * left out.
     */
    public static Text join(String separator, List<Text> parts) {
        List<Object> all = new ArrayList<>(parts.size() + 1);
        all.add(separator);
        for (Text t : parts) {
            if (!t.isEmpty()) {
                all.add(t);
            }
        }
        return all.size() == 1 ? EMPTY : all.size() == 2 ? (Text) all.get(1) : new Text("", List.copyOf(all));
    }

    /** Parts written one after the other (a phrase followed by data, for instance). */
    public static Text concat(Text... parts) {
        return join("", Arrays.asList(parts));
    }

    /**
     * A sentence used inside another one (the reasons of a summary): without its final full stop, and with
     * a lower-case first letter in the languages whose {@code summary.clauseLowerCase} says so (not German,
     * whose nouns keep their capital).
     */
    public static Text clause(Text sentence) {
        return new Text(CLAUSE, List.of(sentence));
    }

    /** The message key, or {@code null} for a literal or a joined text. */
    public String key() {
        return key == null || key.isEmpty() || key.equals(CLAUSE) ? null : key;
    }

    /** The arguments, as given. */
    public List<Object> args() {
        return args;
    }

    public boolean isEmpty() {
        return this == EMPTY || key == null && ((String) args.get(0)).isEmpty();
    }

    /** The English wording: the contract text of the command line and the JSON output. */
    public String english() {
        String e = english;
        if (e == null) {
            e = render(Locale.ENGLISH);
            english = e;
        }
        return e;
    }

    /**
     * The wording for a user interface: in the language, falling back to the English when the language's
     * bundle lacks the key or its pattern is broken (a defect the bundle tests catch), rather than failing.
     */
    public String renderOrEnglish(Locale locale) {
        if (locale == null || locale.getLanguage().equals("en")) {
            return english();
        }
        try {
            return render(locale);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return english();
        }
    }

    /**
     * The wording in a language, English where that language has no bundle.
     *
     * @throws MissingResourceException when a key has no pattern (a defect the bundle tests catch)
     */
    public String render(Locale locale) {
        if (key == null) {
            return (String) args.get(0);
        }
        if (key.isEmpty()) {
            String sep = (String) args.get(0);
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < args.size(); i++) {
                if (i > 1) {
                    b.append(sep);
                }
                b.append(((Text) args.get(i)).render(locale));
            }
            return b.toString();
        }
        if (key.equals(CLAUSE)) {
            String s = ((Text) args.get(0)).render(locale).strip();
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            boolean lower = Boolean.parseBoolean(bundle(bundleName("summary"), locale).getString(
                    "summary.clauseLowerCase"));
            return lower && !s.isEmpty() ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
        }
        String pattern = bundle(bundleName(key), locale).getString(key);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(args.get(i), locale);
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    private static Object value(Object arg, Locale locale) {
        if (arg instanceof Text t) {
            return t.render(locale);
        }
        if (arg instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            for (Object o : list) {
                parts.add(String.valueOf(value(o, locale)));
            }
            return String.join(", ", parts);
        }
        return arg;
    }

    /** The bundle base name holding a key: its first segment, lower case. */
    static String bundleName(String key) {
        int dot = key.indexOf('.');
        return BUNDLES + (dot < 0 ? key : key.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        Locale lang = Locale.forLanguageTag(locale.getLanguage());
        return BUNDLE_CACHE.computeIfAbsent(base + "_" + lang.getLanguage(), k -> ResourceBundle.getBundle(base, lang,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The English wording, so that a {@code Text} reads naturally in logs and string concatenation. */
    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(key, t.key) && args.equals(t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args);
    }
}
