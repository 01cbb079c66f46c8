package dev.hallq.hub.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread on which the queue engine runs. Everything that reads or changes the queue goes
 * through here, so two windows pressing "next" at once are simply served one after the other: never
 * the same ticket twice.
 */
public final class HallDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallDesk.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hall-desk");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code work} on the desk thread; a failure is logged, never lost silently. */
    public void execute(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("desk work failed", e);
            }
        });
    }

    /** Runs {@code query} on the desk thread and waits for its answer. */
    public <T> T ask(Callable<T> query, Duration timeout) {
        Future<T> answer = thread.submit(query);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the desk", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("desk query failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new IllegalStateException("the desk did not answer within " + timeout, e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
