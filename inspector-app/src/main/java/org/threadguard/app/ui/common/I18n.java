package org.threadguard.app.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.threadguard.heuristics.detect.Text;

/** The visible strings ({@code messages*.properties}) and locale-aware dates, numbers and durations. */
public final class I18n {
    public static final String BUNDLE = "org.threadguard.app.ui.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDateTime;

    public I18n(Locale locale, ZoneId zone) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(this.locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).withZone(zone);
        this.shortDateTime = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(this.locale)
                .withZone(zone);
    }

    public static I18n of(Locale locale) {
        return new I18n(locale, ZoneId.systemDefault());
    }

    /** The supported locale closest to the one asked for (English when none fits). */
    public static Locale supported(Locale wanted) {
        for (Locale l : SUPPORTED) {
            if (wanted != null && l.getLanguage().equals(wanted.getLanguage())) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), locale);
        return f.format(args);
    }

    /**
     * The engine's wording (a finding, an evidence row, a verdict summary) in this locale. A key missing
     * from the engine's bundles (a defect the bundle tests catch) shows the English rather than nothing.
     */
    public String text(Text t) {
        return t == null ? "" : t.renderOrEnglish(locale);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** A compact date for lists (the full date and time is in the tooltip and the timeline). */
    public String shortDate(Instant instant) {
        return instant == null ? "" : shortDateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A short human duration: "5 min", "3 h", "41 days". */
    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long minutes = Math.abs(d.toMinutes());
        if (minutes < 60) {
            return format("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return format("duration.hours", hours);
        }
        return format("duration.days", hours / 24);
    }
}
