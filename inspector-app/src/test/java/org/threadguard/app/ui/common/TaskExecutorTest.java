package org.threadguard.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.threadguard.app.ui.common.tasks.BackgroundTaskExecutor;
import org.threadguard.app.ui.common.tasks.CancelToken;
import org.threadguard.app.ui.common.tasks.SameThreadTaskExecutor;

class TaskExecutorTest {
    @Test
    void sameThreadExecutorDeliversSuccessFailureAndProgress() {
        SameThreadTaskExecutor ex = new SameThreadTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        ex.<Integer>task("ok", (p, c) -> {
            p.update("x", 1, 2);
            return 42;
        }).onProgress((w, d, t) -> seen.add(w + d + "/" + t)).onSuccess(v -> seen.add("ok" + v)).start();
        ex.task("bad", () -> {
            throw new IllegalStateException("boom");
        }).onFailure(e -> seen.add("failed " + e.getMessage())).start();
        assertThat(seen).containsExactly("x1/2", "ok42", "failed boom");
    }

    @Test
    void backgroundExecutorRunsOffTheCallingThreadAndCallbacksOnTheDispatcher() throws Exception {
        List<String> dispatched = new CopyOnWriteArrayList<>();
        BackgroundTaskExecutor ex = new BackgroundTaskExecutor(1, r -> {
            dispatched.add(Thread.currentThread().getName());
            r.run();
        });
        CountDownLatch done = new CountDownLatch(2);
        String caller = Thread.currentThread().getName();
        List<String> workers = new CopyOnWriteArrayList<>();
        ex.task("work", () -> {
            workers.add(Thread.currentThread().getName());
            return 1;
        }).onSuccess(v -> done.countDown()).start();
        CancelToken token = ex.<Integer>task("cancel me", (p, c) -> {
            while (!c.isCancelled()) {
                Thread.sleep(5);
            }
            return 0;
        }).onCancelled(done::countDown).onSuccess(v -> dispatched.add("must not succeed")).start();
        Thread.sleep(50);
        token.cancel();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workers).allMatch(n -> n.startsWith("threadguard-worker") && !n.equals(caller));
        assertThat(dispatched).doesNotContain("must not succeed");
        ex.shutdown();
    }
}
