package org.threadguard.app.ui.thread;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.evidence.EvidenceViewModel;
import org.threadguard.app.ui.service.MessageEntry;
import org.threadguard.app.ui.service.ThreadDetail;
import org.threadguard.heuristics.model.Address;

/** The timeline of the selected thread; selecting a message shows its evidence. */
public final class ThreadViewModel {
    private final EvidenceViewModel evidence;
    private final I18n i18n;
    private final ObjectProperty<ThreadDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<MessageEntry> messages = FXCollections.observableArrayList();
    private final ObjectProperty<MessageEntry> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty placeholder = new javafx.beans.property.SimpleStringProperty();

    public ThreadViewModel(EvidenceViewModel evidence, I18n i18n) {
        this.evidence = evidence;
        this.i18n = i18n;
        placeholder.set(i18n.get("thread.none"));
        selected.addListener((o, a, b) -> {
            if (b != null && detail.get() != null) {
                evidence.show(detail.get(), b);
            }
        });
    }

    /** Shows a thread and selects the riskiest message (or the one with this key, if still there). */
    public void show(ThreadDetail d, String keepKey) {
        placeholder.set(i18n.get("thread.none"));
        detail.set(d);
        messages.setAll(d.messages());
        MessageEntry pick = null;
        if (keepKey != null) {
            pick = d.messages().stream().filter(m -> m.message().key().equals(keepKey)).findFirst().orElse(null);
        }
        if (pick == null) {
            for (MessageEntry m : d.messages()) {
                if (m.judged() && !m.markedSafe() && (pick == null || m.verdict().score() > pick.verdict().score())) {
                    pick = m;
                }
            }
        }
        if (pick == null && !d.messages().isEmpty()) {
            pick = d.messages().get(d.messages().size() - 1);
        }
        selected.set(null);
        selected.set(pick);
    }

    public void clear() {
        placeholder.set(i18n.get("thread.none"));
        detail.set(null);
        messages.clear();
        selected.set(null);
        evidence.clear();
    }

    /**
     * A thread was chosen while the mailbox is still being checked: say so instead of staying blank;
     * the thread opens when the check is done.
     */
    public void waitForCheck() {
        detail.set(null);
        messages.clear();
        selected.set(null);
        evidence.clear();
        placeholder.set(i18n.get("thread.waiting"));
    }

    /** What the empty timeline says. */
    public javafx.beans.property.ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    /** "Anna Schmidt · 12 Mar 2025, 09:14 · +3 h" for a timeline row. */
    public String describe(MessageEntry e) {
        Address from = e.message().from();
        String who = from == null ? i18n.get("evidence.unknownSender")
                : from.hasDisplayName() ? from.displayName() + " <" + from.email() + ">" : from.email();
        String when = i18n.dateTime(e.message().arrival());
        String gap = e.gap() == null ? "" : " · " + i18n.format("thread.gap", i18n.duration(e.gap()));
        return who + "\n" + when + gap + (e.own() ? " · " + i18n.get("thread.sentByYou") : "");
    }

    public Optional<ThreadDetail> detail() {
        return Optional.ofNullable(detail.get());
    }

    public ReadOnlyObjectProperty<ThreadDetail> detailProperty() {
        return detail;
    }

    public ObservableList<MessageEntry> messages() {
        return messages;
    }

    public ObjectProperty<MessageEntry> selectedProperty() {
        return selected;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public I18n i18n() {
        return i18n;
    }
}
