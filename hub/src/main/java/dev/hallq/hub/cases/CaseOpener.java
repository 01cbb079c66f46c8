package dev.hallq.hub.cases;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.store.HallStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the cases, on a thread of its own: reads the hall's event log from the cursor kept with the cases and opens
 * one for every bad RATED event; at start it also opens one for every stored bad rating still without a case. What
 * fails (a busy or broken database) is tried again every {@link #RETRY} until it succeeds: the cursor moves past a
 * rating only in the transaction that stores its case.
 */
final class CaseOpener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseOpener.class);
    private static final int PAGE = 500;
    static final String SYSTEM = "system";
    static final Duration RETRY = Duration.ofSeconds(30);

    private final Supplier<HallConfig> hall;
    private final HallStore store;
    private final CaseRepository cases;
    private final Clock clock;
    private final Consumer<BadRatingCase> opened;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rating-cases");
        t.setDaemon(true);
        return t;
    });
    private volatile Duration retry = RETRY;

    CaseOpener(Supplier<HallConfig> hall, HallStore store, CaseRepository cases, Clock clock,
               Consumer<BadRatingCase> opened) {
        this.hall = hall;
        this.store = store;
        this.cases = cases;
        this.clock = clock;
        this.opened = opened;
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void retryAfter(Duration delay) {
        this.retry = delay;
    }

    /** Reconciles in the background: catches up with the log, then looks for bad ratings without a case. */
    void start() {
        submit(this::reconcile);
    }

    /** On the desk's thread: hands the reading of the log to this thread when a batch held a bad rating. */
    void stored(List<HallEvent> events) {
        if (events.stream().anyMatch(e -> "RATED".equals(e.type()) && BadRatings.isBad(e.detail()))) {
            submit(this::catchUp);
        }
    }

    private void catchUp() {
        try {
            List<HallEvent> page;
            do {
                page = store.events(cases.lastEventSeq(), PAGE);
                long last = 0;
                for (HallEvent e : page) {
                    if ("RATED".equals(e.type()) && BadRatings.isBad(e.detail())) {
                        open(e.ticketId(), e.seq(), "opened from the rating", "FROM_RATING");
                    }
                    last = e.seq();
                }
                if (last > 0) {
                    cases.advance(last);
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            LOG.error("could not read the event log for bad ratings; trying again in {}", retry, e);
            later(this::catchUp);
        }
    }

    private void reconcile() {
        catchUp();
        try {
            for (String ticketId : cases.badRatingsWithoutCase()) {
                LOG.warn("bad rating of ticket {} had no case: opening it now", ticketId);
                open(ticketId, 0, "opened by the start-up check of the ratings (no case was found)", "FROM_STARTUP_CHECK");
            }
        } catch (RuntimeException e) {
            LOG.error("could not check the ratings for missing cases; trying again in {}", retry, e);
            later(this::reconcile);
        }
    }

    private void open(String ticketId, long eventSeq, String notes, String how) {
        Optional<RatingRecord> rating = store.rating(ticketId);
        Optional<Ticket> ticket = store.ticket(ticketId);
        if (rating.isEmpty() || ticket.isEmpty() || !rating.get().level().isBad()) {
            LOG.warn("a bad rating of ticket {} was logged but its ticket or rating is not stored as such; no case", ticketId);
            return;
        }
        Instant now = clock.instant();
        cases.open(fresh(ticket.get(), rating.get(), now),
                new CaseEntry(now, SYSTEM, "OPENED", null, CaseState.OPEN, notes, how), eventSeq).ifPresent(c -> {
                    LOG.info("case {} opened: {} rated {} at window {} ({}), due {}", c.id(), c.ticketNumber(), c.level(),
                            c.window(), c.department(), c.deadline());
                    opened.accept(c);
                });
    }

    /**
     * A new case: assigned to the department of the ticket's service; due {@code deadlineWorkingDays} working days after
     * the day the hub received the rating (the hub's clock, not the pad's, which may be wrong).
     */
    BadRatingCase fresh(Ticket ticket, RatingRecord rating, Instant now) {
        HallConfig h = hall.get();
        Optional<ServiceConfig> service = h.service(ticket.serviceId());
        LocalDate received = LocalDate.ofInstant(rating.receivedAt(), h.zone());
        LocalDate deadline = WorkingDays.after(h.calendar(), received, h.office().cases().deadlineWorkingDays());
        return new BadRatingCase(0, ticket.id(), ticket.number(), ticket.day(), rating.window(), ticket.staffNo(),
                ticket.serviceId(), service.map(ServiceConfig::name).orElse(null),
                service.map(ServiceConfig::department).orElse(null), rating.level(), rating.reasons(), rating.comment(),
                rating.ratedAt(), now, deadline, CaseState.OPEN, false, null, null, null, now, 1);
    }

    private void submit(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException closing) {
            LOG.info("the case book is closing; the next start opens what is missing");
        }
    }

    private void later(Runnable work) {
        try {
            thread.schedule(work, retry.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            LOG.info("the case book is closing; the next start opens what is missing");
        }
    }

    /** Waits for what this thread was given so far: for tests. */
    void drain() {
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
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
