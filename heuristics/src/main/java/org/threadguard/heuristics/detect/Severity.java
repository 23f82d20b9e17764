package org.threadguard.heuristics.detect;

import java.util.Locale;

/** How much a finding says on its own. */
public enum Severity {
    /** Context only; never raises the verdict by itself. */
    INFO,
    /** A weak signal: common in genuine mail too. */
    LOW,
    /** Unusual for a genuine reply. */
    MEDIUM,
    /** Rarely seen in genuine replies. */
    HIGH;

    /** The lower-case name used in JSON and by the plugin. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity forStrength(double strength) {
        if (strength >= 0.6) {
            return HIGH;
        }
        if (strength >= 0.3) {
            return MEDIUM;
        }
        if (strength >= 0.1) {
            return LOW;
        }
        return INFO;
    }
}
