package org.threadguard.app.ui.evidence;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.threadguard.app.ui.common.I18n;

/** Two small bar charts: the gaps between the thread's messages (log scale) and the sender's usual hours. */
final class TimingChart {
    private static final double HEIGHT = 56;

    private TimingChart() {
    }

    static Node of(EvidenceSection.Timing t, I18n i18n) {
        Label caption = new Label(t.caption());
        caption.setWrapText(true);
        VBox box = new VBox(6, caption);
        if (!t.gapMinutes().isEmpty()) {
            double max = Math.log1p(t.gapMinutes().stream().mapToLong(Long::longValue).max().orElse(1));
            HBox bars = new HBox(3);
            bars.setAlignment(Pos.BOTTOM_LEFT);
            bars.setMinHeight(HEIGHT);
            bars.setPrefHeight(HEIGHT);
            List<Long> gaps = t.gapMinutes();
            for (int i = 0; i < gaps.size(); i++) {
                Region bar = new Region();
                double h = Math.max(3, HEIGHT * Math.log1p(gaps.get(i)) / Math.max(max, 1e-9));
                bar.setMinSize(14, h);
                bar.setPrefSize(14, h);
                bar.setMaxSize(14, h);
                bar.getStyleClass().addAll("timing-bar", i == t.thisIndex() ? "timing-bar-this" : "timing-bar-other");
                Tooltip.install(bar, new Tooltip(i18n.duration(java.time.Duration.ofMinutes(gaps.get(i)))));
                bars.getChildren().add(bar);
            }
            Label l = new Label(i18n.get("evidence.timing.gaps"));
            l.getStyleClass().addAll("text-small", "text-muted");
            box.getChildren().addAll(l, bars);
        }
        int total = 0;
        for (int h : t.senderHours()) {
            total += h;
        }
        if (total > 0 && t.thisHour() >= 0) {
            int max = 1;
            for (int h : t.senderHours()) {
                max = Math.max(max, h);
            }
            HBox hours = new HBox(2);
            hours.setAlignment(Pos.BOTTOM_LEFT);
            hours.setMinHeight(HEIGHT * 0.7);
            for (int h = 0; h < 24; h++) {
                Region bar = new Region();
                double height = h == t.thisHour() ? HEIGHT * 0.7 : Math.max(2, HEIGHT * 0.7 * t.senderHours()[h] / max);
                bar.setMinSize(9, height);
                bar.setPrefSize(9, height);
                bar.setMaxSize(9, height);
                bar.getStyleClass().addAll("timing-bar", h == t.thisHour() ? "timing-bar-this" : "timing-bar-other");
                if (t.senderHours()[h] == 0 && h != t.thisHour()) {
                    bar.getStyleClass().add("timing-bar-empty");
                }
                bars(bar, h, t.senderHours()[h]);
                hours.getChildren().add(bar);
            }
            Label l = new Label(i18n.format("evidence.timing.hours", t.thisHour()));
            l.getStyleClass().addAll("text-small", "text-muted");
            box.getChildren().addAll(l, hours);
        }
        box.setAccessibleText(t.caption());
        return box;
    }

    private static void bars(Region bar, int hour, int count) {
        Tooltip.install(bar, new Tooltip(String.format("%02d:00 · %d", hour, count)));
    }
}
