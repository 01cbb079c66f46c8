package dev.hallq.hub.cases;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.reports.CaseOutcomes;
import dev.hallq.hub.store.HallStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ledger of bad-rating cases (差评台账). Every 不满意 / 非常不满意 rating opens exactly one case: the book follows the
 * hall's event log (told by the engine after each stored batch, read on a thread of its own from where it stopped,
 * the cursor kept with the cases) and, at start, also opens a case for every stored bad rating that has none, so a
 * crash between the rating and its case loses nothing. Steps, appeals and their history are stored before they are
 * told. It answers the reports' {@link CaseOutcomes}.
 */
public final class CaseBook implements CaseOutcomes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseBook.class);
    private static final int PAGE = 500;
    static final String SYSTEM = "system";

    private final Supplier<HallConfig> hall;
    private final HallStore store;
    private final CaseRepository cases;
    private final Clock clock;
    private final List<Consumer<BadRatingCase>> listeners = new CopyOnWriteArrayList<>();
    /** After a failure to read the log or store a case, the book tries again this often until it succeeds. */
    static final java.time.Duration RETRY = java.time.Duration.ofSeconds(30);
    private java.time.Duration retry = RETRY;

    private final java.util.concurrent.ScheduledThreadPoolExecutor follower = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rating-cases");
        t.setDaemon(true);
        return t;
    });

    public CaseBook(Supplier<HallConfig> hall, HallStore store, CaseRepository cases, Clock clock) {
        this.hall = hall;
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * The book of a running hall: its cases in the store's database (in memory beside a memory store), following the
     * engine's stored batches, reconciling with the stored ratings at once (in the background).
     */
    public static CaseBook follow(QueueEngine engine) {
        HallStore store = engine.store();
        CaseRepository repository = store.sql().<CaseRepository>map(SqlCaseRepository::new)
                .orElseGet(() -> new MemoryCaseRepository(store));
        return new CaseBook(engine::hall, store, repository, engine.clock()).following(engine);
    }

    /** For tests: how soon to try again after a failure. */
    CaseBook retryingAfter(java.time.Duration delay) {
        this.retry = delay;
        return this;
    }

    /** Starts following {@code engine} (as {@link #follow} does), for a book built by hand. */
    CaseBook following(QueueEngine engine) {
        engine.onStored(this::stored);
        follower.execute(this::reconcile);
        return this;
    }

    /** Tells {@code listener} every case opened or changed, once it is stored. */
    public void onChange(Consumer<BadRatingCase> listener) {
        listeners.add(listener);
    }

    /** On the desk's thread: hands the reading of the log to the book's own thread when a batch held a bad rating. */
    void stored(List<HallEvent> events) {
        if (events.stream().anyMatch(e -> "RATED".equals(e.type()) && BadRatings.isBad(e.detail()))) {
            try {
                follower.execute(this::catchUp);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                LOG.info("the case book is closing; the next start opens the cases of this batch's bad ratings");
            }
        }
    }

    /** Reads the event log from the cursor and opens a case for each bad rating in it. */
    void catchUp() {
        try {
            List<HallEvent> page;
            do {
                page = store.events(cases.lastEventSeq(), PAGE);
                long last = 0;
                for (HallEvent e : page) {
                    if ("RATED".equals(e.type()) && BadRatings.isBad(e.detail())) {
                        openFor(e.ticketId(), e.seq(), "opened from the rating", "FROM_RATING");
                    }
                    last = e.seq();
                }
                if (last > 0) {
                    cases.advance(last);
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            LOG.error("could not read the event log for bad ratings; trying again in {}", retry, e);
            retry(this::catchUp);
        }
    }

    /** Catches up with the log, then opens a case for every stored bad rating still without one. */
    void reconcile() {
        catchUp();
        try {
            List<String> missing = cases.badRatingsWithoutCase();
            for (String ticketId : missing) {
                LOG.warn("bad rating of ticket {} had no case: opening it now", ticketId);
                openFor(ticketId, 0, "opened by the start-up check of the ratings (no case was found)", "FROM_STARTUP_CHECK");
            }
        } catch (RuntimeException e) {
            LOG.error("could not check the ratings for missing cases; trying again in {}", retry, e);
            retry(this::reconcile);
        }
    }

    private void retry(Runnable work) {
        try {
            follower.schedule(work, retry.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            LOG.info("the case book is closing; the next start opens what is missing");
        }
    }

    /** Opens the case of a ticket's bad rating unless it has one. */
    private void openFor(String ticketId, long eventSeq, String notes, String how) {
        Optional<RatingRecord> rating = store.rating(ticketId);
        Optional<Ticket> ticket = store.ticket(ticketId);
        if (rating.isEmpty() || ticket.isEmpty() || !rating.get().level().isBad()) {
            LOG.warn("a bad rating of ticket {} was logged but its ticket or rating is not stored as such; no case", ticketId);
            return;
        }
        Instant now = clock.instant();
        BadRatingCase fresh = fresh(ticket.get(), rating.get(), now);
        cases.open(fresh, new CaseEntry(now, SYSTEM, "OPENED", null, CaseState.OPEN, notes, how), eventSeq)
                .ifPresent(opened -> {
                    LOG.info("case {} opened: {} rated {} at window {} ({}), due {}", opened.id(), opened.ticketNumber(),
                            opened.level(), opened.window(), opened.department(), opened.deadline());
                    tell(opened);
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

    public BadRatingCase get(long id) {
        return cases.find(id).orElseThrow(() -> new UnknownCase(id));
    }

    public List<CaseEntry> history(long id) {
        get(id);
        return cases.history(id);
    }

    public List<BadRatingCase> list(CaseFilter filter) {
        Instant now = clock.instant();
        ZoneId zone = zone();
        return cases.list(filter.from(), filter.to()).stream().filter(c -> filter.matches(c, now, zone)).toList();
    }

    public BadRatingCase step(long id, CaseStep step, String notes, Boolean reached, String actor) {
        return store(get(id).step(step, notes, reached, actor, clock.instant()));
    }

    public BadRatingCase appeal(long id, String reason, String actor) {
        return store(get(id).appeal(reason, actor, clock.instant()));
    }

    public BadRatingCase decideAppeal(long id, boolean upheld, String notes, String actor) {
        return store(get(id).decide(upheld, notes, actor, clock.instant()));
    }

    public CaseFigures figures(LocalDate from, LocalDate to) {
        return CaseFigures.of(from, to, cases.list(from, to), clock.instant(), zone());
    }

    @Override
    public List<CaseOutcome> casesOfTicketsBetween(LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        ZoneId zone = zone();
        return cases.list(from, to).stream().map(c -> new CaseOutcome(c.ticketId(), c.rectified(), c.calledBack(),
                c.state() == CaseState.WITHDRAWN, c.overdue(now, zone))).toList();
    }

    public ZoneId zone() {
        return hall.get().zone();
    }

    public Instant now() {
        return clock.instant();
    }

    private BadRatingCase store(BadRatingCase.Changed changed) {
        cases.save(changed.next(), changed.entry());
        LOG.info("case {}: {} by {} → {}", changed.next().id(), changed.entry().action(), changed.entry().actor(),
                changed.next().state());
        tell(changed.next());
        return changed.next();
    }

    private void tell(BadRatingCase c) {
        for (Consumer<BadRatingCase> l : listeners) {
            try {
                l.accept(c);
            } catch (RuntimeException e) {
                LOG.warn("a listener of case changes failed: {}", e.toString());
            }
        }
    }

    /** Waits for the book's own thread to finish what it was given: for tests and an orderly stop. */
    void drain() {
        try {
            follower.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        follower.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        follower.shutdown();
        try {
            if (!follower.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                follower.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
