package org.threadguard.app.ui.common.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's executor: daemon worker threads that log every uncaught exception, and a
 * dispatcher for callbacks (in the app {@code Platform::runLater}).
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);

    private final ExecutorService pool;
    private final Consumer<Runnable> uiDispatcher;

    public BackgroundTaskExecutor(int threads, Consumer<Runnable> uiDispatcher) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "threadguard-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught exception in {}", th.getName(), e));
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.uiDispatcher = uiDispatcher;
    }

    @Override
    public <T> UiTask<T> task(String name, Callable<T> work) {
        return task(name, (progress, cancel) -> work.call());
    }

    @Override
    public <T> UiTask<T> task(String name, UiTask.ProgressWork<T> work) {
        return new UiTask<>(name, work, new UiTask.Runner() {
            @Override
            public void submit(String taskName, Runnable body) {
                pool.execute(() -> {
                    try {
                        body.run();
                    } catch (Throwable e) {
                        LOG.error("Background task '{}' failed", taskName, e);
                    }
                });
            }

            @Override
            public void ui(Runnable action) {
                onUiThread(action);
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        uiDispatcher.accept(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("UI callback failed", e);
                throw e;
            }
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
