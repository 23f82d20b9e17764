package org.threadguard.app.ui.common.tasks;

import java.util.concurrent.Callable;

/** Runs work and callbacks at once on the calling thread: for ViewModel tests without a toolkit. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> UiTask<T> task(String name, Callable<T> work) {
        return task(name, (progress, cancel) -> work.call());
    }

    @Override
    public <T> UiTask<T> task(String name, UiTask.ProgressWork<T> work) {
        return new UiTask<>(name, work, new UiTask.Runner() {
            @Override
            public void submit(String taskName, Runnable body) {
                body.run();
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public boolean concurrent() {
        return false;
    }

    @Override
    public void shutdown() {
    }
}
