package dev.hallq.hub.cases;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.reports.CaseOutcomes;
import dev.hallq.hub.store.HallStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The ledger of bad-rating cases (差评台账). Every 不满意 / 非常不满意 rating opens exactly one case ({@link CaseOpener}
 * follows the hall's stored batches and reconciles with the stored ratings at start, so a crash between a rating and
 * its case loses nothing). Steps, appeals and their history lines are stored together before they are told. It answers
 * the reports' {@link CaseOutcomes}.
 */
public final class CaseBook implements CaseOutcomes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseBook.class);
    static final String SYSTEM = CaseOpener.SYSTEM;

    private final Supplier<HallConfig> hall;
    private final CaseRepository cases;
    private final Clock clock;
    private final List<Consumer<BadRatingCase>> listeners = new CopyOnWriteArrayList<>();
    private final CaseOpener opener;

    public CaseBook(Supplier<HallConfig> hall, HallStore store, CaseRepository cases, Clock clock) {
        this.hall = hall;
        this.cases = cases;
        this.clock = clock;
        this.opener = new CaseOpener(hall, store, cases, clock, this::tell);
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

    /** Starts following {@code engine} (as {@link #follow} does), for a book built by hand. */
    CaseBook following(QueueEngine engine) {
        engine.onStored(opener::stored);
        opener.start();
        return this;
    }

    /** For tests: how soon to try again after a failure to open a case. */
    CaseBook retryingAfter(Duration delay) {
        opener.retryAfter(delay);
        return this;
    }

    /** Tells {@code listener} every case opened or changed, once it is stored. */
    public void onChange(Consumer<BadRatingCase> listener) {
        listeners.add(listener);
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

    /** The case a ticket's rating would open now: for tests of deadlines and assignment. */
    BadRatingCase fresh(dev.hallq.hub.queue.Ticket ticket, dev.hallq.hub.queue.RatingRecord rating, Instant now) {
        return opener.fresh(ticket, rating, now);
    }

    /** Waits until the cases due so far are opened: for tests. */
    void drain() {
        opener.drain();
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

    @Override
    public void close() {
        opener.close();
    }
}
