package org.threadguard.app.ui.common.tasks;

import java.util.concurrent.Callable;

/**
 * The one way background work is started from ViewModels. Work runs on a worker thread; the
 * callbacks of the returned {@link UiTask} run on the UI thread ({@code Platform.runLater} in the
 * app, the calling thread in tests with {@link SameThreadTaskExecutor}).
 */
public interface TaskExecutor {

    /** Describes work; nothing runs until {@link UiTask#start()}. */
    <T> UiTask<T> task(String name, Callable<T> work);

    /** Describes work that reports progress and can be cancelled. */
    <T> UiTask<T> task(String name, UiTask.ProgressWork<T> work);

    /** Runs a small action on the UI thread (callback dispatcher). */
    void onUiThread(Runnable action);

    /**
     * Whether work runs beside the UI thread (so that yielding the cores to the UI helps); false for
     * executors that run everything on the calling thread.
     */
    default boolean concurrent() {
        return true;
    }

    /** Stops accepting work; running work is interrupted. */
    void shutdown();
}
