package org.threadguard.app.ui.common;

import javafx.scene.control.Label;
import org.threadguard.heuristics.detect.Level;
import org.threadguard.heuristics.detect.Severity;

/** Risk badges: colour plus a word (never colour alone), with accessible text for screen readers. */
public final class Badges {
    private Badges() {
    }

    public static Label level(Level level, int score, I18n i18n) {
        Label l = new Label();
        update(l, level, score, i18n);
        return l;
    }

    /** Updates a badge; a {@code null} level means "not analysed yet". */
    public static void update(Label l, Level level, int score, I18n i18n) {
        String text = i18n.get(level == null ? "level.pending" : "level." + level.id());
        String shortKey = level == null ? "" : "badge." + level.id();
        l.setText(i18n.has(shortKey) ? i18n.get(shortKey) : text);
        setClasses(l, level == null ? "badge-neutral" : "badge-" + level.id());
        l.setAccessibleText(level == null ? text : i18n.format("a11y.risk", text, score));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /**
     * Sets the badge's style classes, touching the list only when they change (removing and
     * re-adding the same classes in one pulse can leave a reused cell unstyled).
     */
    public static void setClasses(Label l, String kind) {
        java.util.List<String> want = new java.util.ArrayList<>();
        for (String c : l.getStyleClass()) {
            if (!c.startsWith("badge")) {
                want.add(c);
            }
        }
        want.add("badge");
        want.add(kind);
        if (!l.getStyleClass().equals(want)) {
            l.getStyleClass().setAll(want);
        }
    }

    public static Label severity(Severity severity, int weight, I18n i18n) {
        Label l = new Label(i18n.get("severity." + severity.id()) + " · " + weight);
        l.getStyleClass().addAll("badge", "badge-severity-" + severity.id());
        l.setAccessibleText(i18n.format("a11y.severity", i18n.get("severity." + severity.id()), weight));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
