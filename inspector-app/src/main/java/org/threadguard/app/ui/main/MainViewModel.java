package org.threadguard.app.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.Problems;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.Progress;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.InspectorState;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.ui.service.MailboxSnapshot;
import org.threadguard.app.ui.service.MailboxSource;
import org.threadguard.app.ui.service.ThreadDetail;
import org.threadguard.app.ui.service.ThreadSummary;
import org.threadguard.app.ui.thread.ThreadViewModel;

/**
 * The main window: sources and folders, the thread list with "flagged only" and search, progress
 * with cancel, the status line. Everything slow runs through the {@link TaskExecutor}.
 */
public final class MainViewModel {
    private final MailboxService service;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final InspectorState state;
    private final ThreadViewModel thread;

    private final ObservableList<MailboxSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<MailboxSource> currentSource = new SimpleObjectProperty<>();
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedFolder = new SimpleObjectProperty<>();
    private final ObservableList<ThreadSummary> threads = FXCollections.observableArrayList();
    private final FilteredList<ThreadSummary> visibleThreads = new FilteredList<>(threads, t -> true);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ThreadSummary> selectedThread = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty analysed = new SimpleBooleanProperty();
    /** How long the sync and the analysis leave the cores to the first rendering of a shown list. */
    private static final long FIRST_PAINT_GRACE_MS = 700;
    private CancelToken running;
    private int generation;
    private volatile boolean listShown;
    /** Sources the user asked to open (UI thread only); the start's own choice yields to them. */
    private int requests;
    private String syncProblem;

    public MainViewModel(MailboxService service, TaskExecutor tasks, I18n i18n, InspectorState state,
            ThreadViewModel thread) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
        this.state = state;
        this.thread = thread;
        flaggedOnly.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        selectedFolder.addListener((o, a, b) -> {
            refilter();
            state.put(InspectorState.LAST_FOLDER, b);
        });
        selectedThread.addListener((o, a, b) -> loadThread(b, null));
        thread.evidence().setOnSafeChanged(e -> {
            ThreadSummary t = selectedThread.get();
            if (t != null) {
                loadThread(t, e.message().key());
            }
        });
    }

    /** What {@link #start} prepares in the background: the sources, the one to open and its first list. */
    private record Opening(List<MailboxSource> sources, MailboxSource source, MailboxSnapshot firstList) {
    }

    /**
     * Reads the remembered sources and opens the last one (or the given one). Its first list (the
     * remembered one, else the cache's envelopes threaded) is prepared in the same background task,
     * while the window is still being laid out, so that rows show as soon as the window can take them.
     */
    public void start(MailboxSource open) {
        String last = state.get(InspectorState.LAST_SOURCE).orElse(null);
        int requestsBefore = requests;
        tasks.<Opening>task("sources", (p, cancel) -> {
            List<MailboxSource> list = service.sources();
            MailboxSource chosen = open != null ? open
                    : list.stream().filter(s -> s.id().equals(last)).findFirst()
                            .or(() -> list.stream().findFirst()).orElse(null);
            MailboxSnapshot first = null;
            if (chosen != null) {
                try {
                    first = firstList(chosen, p, cancel);
                } catch (RuntimeException e) {
                    // open() tries again in its own task and reports the problem there
                }
            }
            return new Opening(list, chosen, first);
        }).onSuccess(o -> {
            for (MailboxSource s : o.sources()) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            // the user (or --demo) may have asked for a source meanwhile: that one wins
            if (o.source() != null && requests == requestsBefore) {
                open(o.source(), o.firstList());
            }
        }).onFailure(this::fail).start();
    }

    /** Shows a source: the remembered list at once, then syncs and analyses in the background. */
    public void open(MailboxSource source) {
        requests++;
        open(source, null);
    }

    private void open(MailboxSource source, MailboxSnapshot firstList) {
        Objects.requireNonNull(source);
        cancelRunning();
        int gen = ++generation;
        if (!sources.contains(source)) {
            sources.removeIf(s -> s.id().equals(source.id()));
            sources.add(source);
        }
        currentSource.set(source);
        state.put(InspectorState.LAST_SOURCE, source.id());
        analysed.set(false);
        listShown = false;
        syncProblem = null;
        thread.clear();
        String keepThread = state.get(InspectorState.LAST_THREAD).orElse(null);
        String keepFolder = state.get(InspectorState.LAST_FOLDER).orElse(null);
        busy.set(true);
        progress.set(-1);
        if (firstList != null) {
            show(gen, firstList, keepFolder);
        }
        if (!listShown) {
            status.set(i18n.get(source.kind() == MailboxSource.Kind.IMAP ? "status.syncing" : "status.analysing"));
        }
        running = tasks.<MailboxSnapshot>task("sync and analyse", (p, cancel) -> {
            if (firstList == null) {
                // first what the cache has: the list of the last analysis, else its envelopes threaded
                MailboxSnapshot first = firstList(source, p, cancel);
                tasks.onUiThread(() -> show(gen, first, keepFolder));
            }
            // Let the window draw the list before the sync and the analysis take both cores (they read
            // every message and keep the garbage collector busy while the table renders its first rows).
            awaitUi(3);
            if (listShown && tasks.concurrent()) {
                try {
                    Thread.sleep(FIRST_PAINT_GRACE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (source.kind() != MailboxSource.Kind.DEMO) {
                try {
                    service.sync(source, p, cancel);
                } catch (java.util.concurrent.CancellationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // server not reachable, no password this session, local source moved: still show what the cache has
                    p.update("sync-failed:" + Problems.describe(i18n, e), 0, 0);
                }
            }
            return service.analyse(source, p, cancel);
        }).onProgress((what, done, total) -> {
            if (gen != generation) {
                return;
            }
            if (what.startsWith("sync-failed:")) {
                syncProblem = what.substring("sync-failed:".length());
                status.set(syncProblem);
                return;
            }
            progress.set(total > 0 ? (double) done / total : -1);
            if (total > 0) {
                status.set(i18n.format("analyse".equals(what) ? "status.analysingCount" : "status.progress",
                        what, i18n.number(done), i18n.number(total)));
            }
        }).onSuccess(snap -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            progress.set(0);
            analysed.set(true);
            apply(snap, keepFolder, keepThread);
            long flagged = snap.threads().stream().filter(ThreadSummary::flagged).count();
            String done = i18n.format("status.done", i18n.number(snap.threads().size()), i18n.number(flagged));
            status.set(syncProblem == null ? done : done + " " + syncProblem);
        }).onFailure(e -> {
            if (gen == generation) {
                fail(e);
            }
        }).onCancelled(() -> {
            if (gen == generation) {
                busy.set(false);
                progress.set(0);
                status.set(i18n.get("status.cancelled"));
            }
        }).start();
    }

    /** On a background thread: waits until the UI thread has run {@code rounds} posted actions in turn. */
    private void awaitUi(int rounds) {
        for (int i = 0; i < rounds; i++) {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            tasks.onUiThread(done::countDown);
            try {
                if (!done.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * On a background thread: the remembered list of the last analysis if there is one (analysed
     * {@code false}), else the cache's envelopes threaded without verdicts (badges say "Checking…"
     * until the analysis ends).
     */
    private MailboxSnapshot firstList(MailboxSource source, Progress p, CancelToken cancel) {
        Optional<MailboxSnapshot> remembered;
        try {
            remembered = service.rememberedThreads(source);
        } catch (RuntimeException e) {
            remembered = Optional.empty();
        }
        return remembered.isPresent() ? remembered.get() : service.threads(source, p, cancel);
    }

    private void show(int gen, MailboxSnapshot snap, String keepFolder) {
        if (gen == generation && !analysed.get() && !listShown) {
            listShown = true;
            apply(snap, keepFolder, null);
            boolean remembered = snap.threads().stream().anyMatch(ThreadSummary::analysed);
            status.set(i18n.format(remembered ? "status.remembered" : "status.threadedOnly",
                    i18n.number(snap.threads().size())));
        }
    }

    private void apply(MailboxSnapshot snap, String keepFolder, String keepThread) {
        String current = selectedThread.get() == null ? keepThread : selectedThread.get().id();
        folders.setAll(snap.folders());
        selectedFolder.set(keepFolder != null && snap.folders().contains(keepFolder) ? keepFolder : null);
        threads.setAll(snap.threads());
        refilter();
        if (current != null) {
            snap.threads().stream().filter(t -> t.id().equals(current)).findFirst().ifPresent(t -> {
                selectedThread.set(null);
                selectedThread.set(t);
            });
        }
    }

    private void loadThread(ThreadSummary t, String keepKey) {
        if (t == null) {
            thread.clear();
            return;
        }
        state.put(InspectorState.LAST_THREAD, t.id());
        MailboxSource source = currentSource.get();
        if (source == null || !analysed.get()) {
            thread.waitForCheck(); // re-selected when the analysis is done
            return;
        }
        tasks.task("thread", () -> service.thread(source, t.id())).onSuccess(d -> {
            if (d.isPresent() && selectedThread.get() != null && selectedThread.get().id().equals(t.id())) {
                ThreadDetail detail = d.get();
                for (int i = 0; i < threads.size(); i++) {
                    if (threads.get(i).id().equals(t.id()) && !threads.get(i).equals(detail.summary())) {
                        threads.set(i, detail.summary());
                        break;
                    }
                }
                thread.show(detail, keepKey);
            }
        }).onFailure(this::fail).start();
    }

    public void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    public void openDemo() {
        openWith((p, cancel) -> service.openDemo(p, cancel));
    }

    public void openLocal(Path path) {
        openWith((p, cancel) -> service.openLocal(path, p, cancel));
    }

    private void openWith(java.util.function.BiFunction<org.threadguard.app.ui.common.tasks.Progress, CancelToken,
            MailboxSource> op) {
        requests++;
        cancelRunning();
        busy.set(true);
        progress.set(-1);
        status.set(i18n.get("status.importing"));
        running = tasks.<MailboxSource>task("import", (p, cancel) -> op.apply(p, cancel))
                .onProgress((what, done, total) -> progress.set(total > 0 ? (double) done / total : -1))
                .onSuccess(this::open).onFailure(this::fail).onCancelled(() -> {
                    busy.set(false);
                    progress.set(0);
                    status.set(i18n.get("status.cancelled"));
                }).start();
    }

    private void fail(Throwable e) {
        busy.set(false);
        progress.set(0);
        status.set(Problems.describe(i18n, e));
    }

    private void refilter() {
        boolean flagged = flaggedOnly.get();
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String folder = selectedFolder.get();
        Predicate<ThreadSummary> p = t -> (!flagged || t.flagged())
                && (folder == null || t.folders().contains(folder))
                && (q.isEmpty() || matches(t, q));
        visibleThreads.setPredicate(p);
    }

    private static boolean matches(ThreadSummary t, String q) {
        if (t.subject().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        for (String p : t.participants()) {
            if (p.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** "3 participants: Anna, Ben, …" for a row. */
    public String participantsText(ThreadSummary t) {
        List<String> p = t.participants();
        return p.size() <= 3 ? String.join(", ", p) : String.join(", ", p.subList(0, 3)) + " +" + (p.size() - 3);
    }

    public String levelText(ThreadSummary t) {
        return i18n.get(t.highestLevel() == null ? "level.pending" : "level." + t.highestLevel().id());
    }

    public ObservableList<MailboxSource> sources() {
        return sources;
    }

    public ObjectProperty<MailboxSource> currentSourceProperty() {
        return currentSource;
    }

    public ObservableList<String> folders() {
        return folders;
    }

    public ObjectProperty<String> selectedFolderProperty() {
        return selectedFolder;
    }

    public ObservableList<ThreadSummary> allThreads() {
        return threads;
    }

    public FilteredList<ThreadSummary> visibleThreads() {
        return visibleThreads;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ThreadSummary> selectedThreadProperty() {
        return selectedThread;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty analysedProperty() {
        return analysed;
    }

    public ThreadViewModel thread() {
        return thread;
    }

    public I18n i18n() {
        return i18n;
    }
}
