package org.threadguard.app.ui.common.tasks;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A small fluent background task: {@code executor.task("load", () -> ...).onSuccess(...).onFailure(...).start()}.
 * Callbacks (success, failure, progress, cancelled) are delivered on the UI thread.
 */
public final class UiTask<T> {

    /** Work that can report progress and check for cancellation. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T run(Progress progress, CancelToken cancel) throws Exception;
    }

    /** Runs a started task; implemented by the executors. */
    interface Runner {
        void submit(String name, Runnable body);

        void ui(Runnable action);
    }

    private final String name;
    private final ProgressWork<T> work;
    private final Runner runner;
    private final CancelToken cancel = new CancelToken();
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Progress onProgress = Progress.NONE;
    private boolean started;

    UiTask(String name, ProgressWork<T> work, Runner runner) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
        this.runner = runner;
    }

    public String name() {
        return name;
    }

    public UiTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public UiTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public UiTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Progress updates, delivered on the UI thread. */
    public UiTask<T> onProgress(Progress action) {
        this.onProgress = Objects.requireNonNull(action);
        return this;
    }

    /** Submits the work; returns the token that cancels it. */
    public CancelToken start() {
        if (started) {
            throw new IllegalStateException("task " + name + " already started");
        }
        started = true;
        runner.submit(name, () -> {
            Progress uiProgress = (what, done, total) -> runner.ui(() -> onProgress.update(what, done, total));
            T result;
            try {
                cancel.check();
                result = work.run(uiProgress, cancel);
            } catch (CancellationException e) {
                runner.ui(onCancelled);
                return;
            } catch (Throwable e) {
                if (cancel.isCancelled()) {
                    runner.ui(onCancelled);
                } else {
                    runner.ui(() -> onFailure.accept(e));
                }
                if (e instanceof Error err && !(e instanceof AssertionError)) {
                    throw err;
                }
                return;
            }
            if (cancel.isCancelled()) {
                runner.ui(onCancelled);
            } else {
                runner.ui(() -> onSuccess.accept(result));
            }
        });
        return cancel;
    }
}
