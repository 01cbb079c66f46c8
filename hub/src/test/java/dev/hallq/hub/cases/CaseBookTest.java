package dev.hallq.hub.cases;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.reports.CaseOutcomes.CaseOutcome;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The book beside a queue engine on a memory store: cases follow stored batches, deadlines follow the clock. */
class CaseBookTest {
    private static final HallConfig HALL = WorkingDaysTest.hall(WorkingDaysTest.NATIONAL_DAY_2026, 5);
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z"); // Tuesday 09:00 in Shanghai
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(HALL, store, clock);
    private CaseBook book;

    @AfterEach
    void close() {
        if (book != null) {
            book.close();
        }
    }

    @Test
    void aBadRatingOpensACaseOnceItsBatchIsStoredAndAGoodOneNone() throws Refusal {
        book = CaseBook.follow(engine);
        String bad = serveAndRate(RatingLevel.VERY_DISSATISFIED, false);
        book.drain();
        assertThat(book.list(CaseFilter.ALL)).isEmpty(); // not stored yet: nothing to follow
        engine.flush();
        serveAndRate(RatingLevel.BASICALLY_SATISFIED, true);
        book.drain();

        List<BadRatingCase> cases = book.list(CaseFilter.ALL);
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.ticketId()).isEqualTo(bad);
            assertThat(c.staffNo()).isEqualTo("0101");
            assertThat(c.department()).isEqualTo("人力资源和社会保障局");
            assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(book.history(cases.get(0).id())).extracting(CaseEntry::detail).containsExactly("FROM_RATING");
    }

    @Test
    void aBadRatingStoredBeforeTheBookFollowedIsOpenedWhenItStarts() throws Refusal {
        String bad = serveAndRate(RatingLevel.DISSATISFIED, true);
        book = CaseBook.follow(engine);
        book.drain();
        assertThat(book.list(CaseFilter.ALL)).extracting(BadRatingCase::ticketId).containsExactly(bad);
    }

    @Test
    void aCaseBecomesOverdueWhenItsDeadlineDayEndsAndAWithdrawnOneCountsInNoRate() throws Refusal {
        book = CaseBook.follow(engine);
        String bad = serveAndRate(RatingLevel.DISSATISFIED, true);
        book.drain();
        long id = book.list(CaseFilter.ALL).get(0).id();
        CaseFilter overdue = new CaseFilter(null, null, true, null, null, null);
        clock.set(Instant.parse("2026-12-01T15:59:59Z"));
        assertThat(book.list(overdue)).isEmpty();
        clock.set(Instant.parse("2026-12-01T16:00:00Z")); // midnight in Shanghai
        assertThat(book.list(overdue)).extracting(BadRatingCase::id).containsExactly(id);
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(book.casesOfTicketsBetween(day, day)).containsExactly(new CaseOutcome(bad, false, false, false, true));
        assertThat(book.figures(day, day).overdue()).isEqualTo(1);

        book.appeal(id, "评价人误按", "li");
        book.decideAppeal(id, true, "录像为证", "wang");
        assertThat(book.casesOfTicketsBetween(day, day)).containsExactly(new CaseOutcome(bad, false, false, true, false));
        assertThat(book.figures(day, day).rectificationRate()).isNull();
        assertThat(book.casesOfTicketsBetween(day.plusDays(1), day.plusDays(1))).isEmpty();
    }

    @Test
    void everyStoredChangeIsToldToTheListeners() throws Refusal {
        book = CaseBook.follow(engine);
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        book.onChange(c -> told.add(c.id() + ":" + c.state()));
        serveAndRate(RatingLevel.DISSATISFIED, true);
        book.drain();
        long id = book.list(CaseFilter.ALL).get(0).id();
        book.step(id, CaseStep.VERIFY, "属实", null, "li");
        assertThat(told).containsExactly(id + ":OPEN", id + ":VERIFIED");
    }

    @Test
    void aCaseThatCouldNotBeStoredIsTriedAgainUntilItIs() throws Refusal {
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger(2);
        CaseRepository flaky = new FlakyCases(new MemoryCaseRepository(store), failures);
        book = new CaseBook(engine::hall, store, flaky, clock).retryingAfter(java.time.Duration.ofMillis(50)).following(engine);
        String bad = serveAndRate(RatingLevel.DISSATISFIED, true);
        org.awaitility.Awaitility.await().until(() -> !book.list(CaseFilter.ALL).isEmpty());
        assertThat(failures.get()).isZero();
        assertThat(book.list(CaseFilter.ALL)).extracting(BadRatingCase::ticketId).containsExactly(bad);
    }

    /** Cases whose first {@code failures} openings fail, as a database that is busy or full would. */
    private record FlakyCases(CaseRepository real, java.util.concurrent.atomic.AtomicInteger failures)
            implements CaseRepository {
        @Override
        public java.util.Optional<BadRatingCase> open(BadRatingCase fresh, CaseEntry opened, long eventSeq) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new dev.hallq.hub.store.StoreFailure("disk full", null);
            }
            return real.open(fresh, opened, eventSeq);
        }

        public long lastEventSeq() {
            return real.lastEventSeq();
        }

        public void advance(long eventSeq) {
            real.advance(eventSeq);
        }

        public java.util.Optional<BadRatingCase> find(long id) {
            return real.find(id);
        }

        public java.util.Optional<BadRatingCase> byTicket(String ticketId) {
            return real.byTicket(ticketId);
        }

        public List<BadRatingCase> list(LocalDate from, LocalDate to) {
            return real.list(from, to);
        }

        public List<CaseEntry> history(long id) {
            return real.history(id);
        }

        public void save(BadRatingCase next, CaseEntry entry) {
            real.save(next, entry);
        }

        public List<String> badRatingsWithoutCase() {
            return real.badRatingsWithoutCase();
        }
    }

    private String serveAndRate(RatingLevel level, boolean flush) throws Refusal {
        String id = engine.issue("social-security", false, "K1").ticket().id();
        engine.act(1, StaffAction.NEXT, null);
        engine.act(1, StaffAction.FINISH, null);
        engine.rate(new RatingRecord(id, "r-" + id, 1, "E1", level, List.of(), null, clock.instant(), clock.instant()));
        if (flush) {
            engine.flush();
        }
        return id;
    }
}
