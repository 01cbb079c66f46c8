package dev.hallq.hub.export;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.CitizenMark;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The rating export, on a thread of its own: follows the hall's event log from a stored cursor, queues an export
 * record in the outbox for every {@code RATED} event, and has the {@link ExportSender} deliver them. The queue's
 * {@code onStored} only wakes it, so the desk never waits for it; reading the log (not the listener's events) means a
 * rating stored just before a crash is queued at the next start. Records are queued idempotently by their id.
 */
public final class RatingExporter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RatingExporter.class);
    private static final int PAGE = 500;

    private final HallStore store;
    private final Supplier<HallConfig> hall;
    private final ExportOutbox outbox;
    private final ExportSender sender;
    private final RatingExports shapes;
    private final Clock clock;
    private final ExportSettings settings;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rating-export");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> nextTry;

    RatingExporter(HallStore store, Supplier<HallConfig> hall, ExportOutbox outbox, ExportTarget target,
                   ExportSettings settings, Clock clock) {
        this.store = store;
        this.hall = hall;
        this.outbox = outbox;
        this.settings = settings;
        this.sender = new ExportSender(outbox, target, settings, clock);
        this.shapes = new RatingExports(settings);
        this.clock = clock;
    }

    /**
     * Opens the outbox beside the store (in memory without a database) and starts following the log. The first start
     * begins at the log's end: ratings stored before the export was set up are not sent.
     */
    public static RatingExporter start(HallStore store, Supplier<HallConfig> hall, ExportSettings settings, Clock clock) {
        ExportOutbox outbox = store.sql().<ExportOutbox>map(SqlExportOutbox::new).orElseGet(MemoryExportOutbox::new);
        RatingExporter exporter = new RatingExporter(store, hall, outbox, ExportTarget.of(settings), settings, clock);
        if (outbox.cursor().isEmpty()) {
            outbox.cursor(endOfLog(store));
        }
        exporter.wake();
        LOG.info("rating export to {} (area {}, channel {})", settings.target(), settings.areaCode(),
                settings.channelCode());
        return exporter;
    }

    /** The queue's {@code onStored}: on the desk thread, so it only hands the work over. */
    public void stored(List<HallEvent> events) {
        if (events.stream().anyMatch(e -> "RATED".equals(e.type()))) {
            wake();
        }
    }

    /** Parks no more: a refused record goes back to its place in the queue and is sent at once. */
    public boolean retry(String id) {
        boolean back = outbox.retry(id);
        if (back) {
            run(() -> {
                sender.hurry(); // on the export thread: the web thread never waits for a send in progress
                work();
            });
        }
        return back;
    }

    public List<OutboxEntry> list(OutboxEntry.State state, int limit) {
        return outbox.list(state, limit);
    }

    public Optional<OutboxEntry> find(String id) {
        return outbox.find(id);
    }

    public Map<OutboxEntry.State, Long> counts() {
        return outbox.counts();
    }

    public ExportSettings settings() {
        return settings;
    }

    private void wake() {
        run(this::work);
    }

    private void run(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("rating export stopped; the outbox keeps the record for the next start");
        }
    }

    /** On the export thread: queue what the log has, then send; plan the next try. */
    private void work() {
        Duration wait;
        try {
            catchUp();
            wait = sender.drain().orElse(null);
        } catch (RuntimeException e) {
            wait = settings.firstRetry();
            LOG.warn("rating export: {}; trying again in {}", e.getMessage(), wait, e);
        }
        if (nextTry != null) {
            nextTry.cancel(false);
        }
        nextTry = wait == null || thread.isShutdown() ? null
                : thread.schedule(this::work, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues a record for every rating logged after the cursor, then moves the cursor past them. */
    void catchUp() {
        long cursor = outbox.cursor().orElse(0);
        while (true) {
            List<HallEvent> page = store.events(cursor, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (HallEvent e : page) {
                if ("RATED".equals(e.type()) && e.ticketId() != null) {
                    queue(e.ticketId());
                }
            }
            cursor = page.get(page.size() - 1).seq();
            outbox.cursor(cursor);
        }
    }

    private void queue(String ticketId) {
        Optional<RatingRecord> rating = store.rating(ticketId);
        Optional<Ticket> ticket = store.ticket(ticketId);
        if (rating.isEmpty() || ticket.isEmpty()) {
            LOG.warn("rating export: the log says {} was rated, but the store has no {}", ticketId,
                    rating.isEmpty() ? "rating" : "ticket");
            return;
        }
        Optional<CitizenMark> citizen = store.citizensOn(ticket.get().day()).stream()
                .filter(m -> m.ticketId().equals(ticketId)).findFirst();
        HallConfig h = hall.get();
        RatingExport record = shapes.of(h, rating.get(), ticket.get(), citizen);
        outbox.enqueue(record.id(), Json.writeString(record), clock.instant());
    }

    private static long endOfLog(HallStore store) {
        long end = 0;
        for (List<HallEvent> page = store.events(0, 5000); !page.isEmpty(); page = store.events(end, 5000)) {
            end = page.get(page.size() - 1).seq();
        }
        return end;
    }

    /** Stops sending; what is not delivered stays in the outbox for the next start. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("rating export did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
