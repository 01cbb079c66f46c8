package dev.hallq.hub.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread on which the queue engine runs, with group commit. Work waiting in line is taken in
 * batches: each piece changes the engine's memory and lines up what to announce; then the whole batch is
 * stored in one transaction (one fsync), and only then is anything announced. Two windows pressing
 * "next" at once are simply served one after the other: never the same ticket twice. If the batch
 * cannot be stored, the engine goes back to the stored state and every piece of the batch runs its
 * failure answer instead.
 */
public final class HallDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallDesk.class);
    private static final int MAX_BATCH = 512;

    /** How a batch is made durable, and how memory goes back to the stored state when it cannot be. */
    public interface Ledger {
        void flush();

        void recover();

        /** After a stored batch was announced: tell whoever follows the hall (not on the announcements' path). */
        default void afterAnnounced() {
        }

        /** This desk stores and announces the ledger's batches and calls {@link #afterAnnounced} after each. */
        default void servedByDesk() {
        }
    }

    private sealed interface Task permits Work, Query {
    }

    private record Work(Runnable work) implements Task {
    }

    private record Query(FutureTask<?> task) implements Task {
    }

    private final BlockingQueue<Task> line = new LinkedBlockingQueue<>();
    private final Ledger ledger;
    private final Thread thread;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> onFailure = new ArrayList<>();
    private final List<Runnable> lastly = new ArrayList<>();
    private volatile boolean open = true;
    private volatile java.util.function.Consumer<Duration> stored = took -> {
    };
    private long batches;
    private long works;

    public HallDesk(Ledger ledger) {
        this.ledger = ledger;
        ledger.servedByDesk();
        this.thread = new Thread(this::serve, "hall-desk");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a piece of work that may change the queue; it announces through {@link #afterCommit}. */
    public void execute(Runnable work) {
        if (!open) {
            LOG.warn("desk closed, work dropped");
            return;
        }
        line.add(new Work(work));
    }

    /** On the desk thread, inside a work: runs {@code announce} once the batch is stored. */
    public void afterCommit(Runnable announce) {
        requireDeskThread();
        afterCommit.add(announce);
    }

    /**
     * On the desk thread, inside a work: runs {@code announce} once the batch is stored, after every announcement lined
     * up with {@link #afterCommit} by any work of the batch (summaries that only the whole batch makes right).
     */
    public void lastly(Runnable announce) {
        requireDeskThread();
        lastly.add(announce);
    }

    /** On the desk thread, inside a work: runs {@code answer} if the batch cannot be stored. */
    public void onFailure(Runnable answer) {
        requireDeskThread();
        onFailure.add(answer);
    }

    /** Runs {@code query} on the desk thread once everything before it is stored, and waits for its answer. */
    public <T> T ask(Callable<T> query, Duration timeout) {
        FutureTask<T> task = new FutureTask<>(query);
        line.add(new Query(task));
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the desk", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("desk query failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            task.cancel(false);
            throw new IllegalStateException("the desk did not answer within " + timeout, e);
        }
    }

    /**
     * Hears how long each batch took to store (the commit and its fsync: what every call of the batch waited for
     * before it was announced), on the desk thread; it must not block.
     */
    public void timeStoring(java.util.function.Consumer<Duration> listener) {
        this.stored = listener;
    }

    /** Batches stored so far and the work they held: works / batches is the group-commit factor. */
    public synchronized String stats() {
        return works + " works in " + batches + " batches";
    }

    private void serve() {
        while (open || !line.isEmpty()) {
            Task first;
            try {
                first = line.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first instanceof Query q) {
                q.task().run();
            } else if (first instanceof Work w) {
                batch(w);
            }
        }
    }

    private void batch(Work first) {
        int n = 1;
        run(first);
        while (n < MAX_BATCH && line.peek() instanceof Work) {
            run((Work) line.poll());
            n++;
        }
        List<Runnable> announce = new ArrayList<>(afterCommit);
        announce.addAll(lastly);
        List<Runnable> fail = List.copyOf(onFailure);
        afterCommit.clear();
        lastly.clear();
        onFailure.clear();
        long storing = System.nanoTime();
        try {
            ledger.flush();
        } catch (RuntimeException e) {
            LOG.error("a batch of {} could not be stored; going back to the stored state", n, e);
            try {
                ledger.recover();
            } catch (RuntimeException again) {
                LOG.error("could not read the stored state back either", again);
            }
            fail.forEach(this::safely);
            return;
        }
        synchronized (this) {
            batches++;
            works += n;
        }
        stored.accept(Duration.ofNanos(System.nanoTime() - storing));
        announce.forEach(this::safely);
        safely(ledger::afterAnnounced);
    }

    private void run(Work w) {
        safely(w.work());
    }

    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.error("desk work failed", e);
        }
    }

    private void requireDeskThread() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("only work on the desk thread can line up announcements");
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
