package dev.hallq.hub.cases;

import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.store.Change;
import dev.hallq.hub.store.HallStore;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.hallq.hub.cases.CaseWorkflowTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every backend of {@link CaseRepository} must do; each backend runs these in its own subclass. */
abstract class CaseRepositoryContract {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    protected HallStore store;
    protected CaseRepository cases;

    protected abstract HallStore openStore();

    /** The same data through a new store, as after a restart; memory returns the same one. */
    protected abstract HallStore reopen(HallStore old);

    protected abstract CaseRepository repository(HallStore store);

    @BeforeEach
    void open() {
        store = openStore();
        cases = repository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTicketGetsOneCaseAndTheCursorOnlyMovesForward() {
        BadRatingCase opened = cases.open(fresh("20261123-A001", DAY), opening(), 5).orElseThrow();
        assertThat(opened.id()).isPositive();
        assertThat(opened.ticketNumber()).isEqualTo("A001");
        assertThat(cases.open(fresh("20261123-A001", DAY), opening(), 9)).isEmpty();
        assertThat(cases.list(null, null)).hasSize(1);
        assertThat(cases.history(opened.id())).extracting(CaseEntry::action).containsExactly("OPENED");
        assertThat(cases.lastEventSeq()).isEqualTo(9);
        cases.advance(3);
        assertThat(cases.lastEventSeq()).isEqualTo(9);
        cases.advance(12);
        assertThat(cases.lastEventSeq()).isEqualTo(12);
        BadRatingCase second = cases.open(fresh("20261123-A002", DAY), opening(), 0).orElseThrow();
        assertThat(second.id()).isNotEqualTo(opened.id());
        assertThat(cases.lastEventSeq()).isEqualTo(12);
    }

    @Test
    void everyFieldComesBackAsStored() {
        BadRatingCase opened = cases.open(fresh("20261123-A001", DAY), opening(), 0).orElseThrow();
        assertThat(opened).usingRecursiveComparison().ignoringFields("id").isEqualTo(fresh("20261123-A001", DAY));
        BadRatingCase worked = opened.step(CaseStep.VERIFY, "核实", null, "li", T0).next();
        cases.save(worked, new CaseEntry(T0, "li", "VERIFY", CaseState.OPEN, CaseState.VERIFIED, "核实", null));
        BadRatingCase.Changed back = worked.step(CaseStep.CALL_BACK, "回访", true, "li", T0.plusSeconds(1));
        cases.save(back.next(), back.entry());
        BadRatingCase.Changed appealed = back.next().appeal("误评", "li", T0.plusSeconds(2));
        cases.save(appealed.next(), appealed.entry());
        assertThat(cases.find(opened.id())).get().isEqualTo(appealed.next());
        BadRatingCase.Changed rejected = appealed.next().decide(false, "驳回", "wang", T0.plusSeconds(3));
        cases.save(rejected.next(), rejected.entry());
        assertThat(cases.byTicket("20261123-A001")).get().isEqualTo(rejected.next());
        assertThat(cases.history(opened.id())).containsExactly(opening(),
                new CaseEntry(T0, "li", "VERIFY", CaseState.OPEN, CaseState.VERIFIED, "核实", null),
                back.entry(), appealed.entry(), rejected.entry());
    }

    @Test
    void aStepOnAStaleVersionIsRefusedAndStoresNothing() {
        BadRatingCase opened = cases.open(fresh("20261123-A001", DAY), opening(), 0).orElseThrow();
        BadRatingCase.Changed mine = opened.step(CaseStep.VERIFY, "mine", null, "li", T0);
        BadRatingCase.Changed theirs = opened.step(CaseStep.VERIFY, "theirs", null, "wang", T0);
        cases.save(mine.next(), mine.entry());
        assertThatThrownBy(() -> cases.save(theirs.next(), theirs.entry()))
                .isInstanceOfSatisfying(CaseConflict.class, e -> assertThat(e.code()).isEqualTo("CHANGED_MEANWHILE"));
        assertThat(cases.history(opened.id())).extracting(CaseEntry::notes).containsExactly("opened", "mine");
        BadRatingCase ghost = CaseWorkflowTest.open(999).step(CaseStep.VERIFY, "x", null, "li", T0).next();
        assertThatThrownBy(() -> cases.save(ghost, mine.entry())).isInstanceOf(UnknownCase.class);
        // the store still works after the refusals
        BadRatingCase.Changed next = mine.next().step(CaseStep.CALL_BACK, "ok", false, "li", T0);
        cases.save(next.next(), next.entry());
        assertThat(cases.find(opened.id()).orElseThrow().reached()).isFalse();
    }

    @Test
    void listsTheCasesOfTicketDaysNewestFirst() {
        long a = cases.open(fresh("20261120-A001", DAY.minusDays(3)), opening(), 0).orElseThrow().id();
        long b = cases.open(fresh("20261123-A001", DAY), opening(), 0).orElseThrow().id();
        long c = cases.open(fresh("20261124-A001", DAY.plusDays(1)), opening(), 0).orElseThrow().id();
        assertThat(cases.list(null, null)).extracting(BadRatingCase::id).containsExactly(c, b, a);
        assertThat(cases.list(DAY, DAY)).extracting(BadRatingCase::id).containsExactly(b);
        assertThat(cases.list(DAY, null)).extracting(BadRatingCase::id).containsExactly(c, b);
        assertThat(cases.list(null, DAY.minusDays(1))).extracting(BadRatingCase::id).containsExactly(a);
    }

    @Test
    void badRatingsWithoutACaseAreFoundInTheHallsRecordsAndSurviveARestart() {
        rate("A001", RatingLevel.DISSATISFIED);
        rate("A002", RatingLevel.SATISFIED);
        rate("A003", RatingLevel.VERY_DISSATISFIED);
        assertThat(cases.badRatingsWithoutCase()).containsExactly("20261123-A001", "20261123-A003");
        long id = cases.open(fresh("20261123-A001", DAY), opening(), 4).orElseThrow().id();
        assertThat(cases.badRatingsWithoutCase()).containsExactly("20261123-A003");

        store = reopen(store);
        cases = repository(store);
        assertThat(cases.find(id)).get().extracting(BadRatingCase::ticketId).isEqualTo("20261123-A001");
        assertThat(cases.lastEventSeq()).isEqualTo(4);
        assertThat(cases.badRatingsWithoutCase()).containsExactly("20261123-A003");
    }

    private void rate(String number, RatingLevel level) {
        Instant at = T0.plusSeconds(Integer.parseInt(number.substring(1)));
        Ticket t = Ticket.issued(DAY, "social-security", number, Integer.parseInt(number.substring(1)), false, "K1", at);
        store.commit(Change.issuing(t, HallEvent.of(at, "ISSUED", t.id(), null, null, null)));
        store.commit(Change.rating(new RatingRecord(t.id(), "r-" + number, 1, "E1", level, List.of(), null, at, at),
                List.of(), HallEvent.of(at, "RATED", t.id(), 1, "0101", level.name())));
    }

    static CaseEntry opening() {
        return new CaseEntry(T0, CaseBook.SYSTEM, "OPENED", null, CaseState.OPEN, "opened", null);
    }

    static BadRatingCase fresh(String ticketId, LocalDate day) {
        return new BadRatingCase(0, ticketId, ticketId.substring(9), day, 1, "0101", "social-security", "社保医保",
                ticketId.endsWith("2") ? null : "人力资源和社会保障局", RatingLevel.DISSATISFIED, List.of("态度差", "效率低"),
                "等了很久", T0, T0.plusSeconds(5), day.plusDays(7), CaseState.OPEN, false, null, null, null, T0.plusSeconds(5), 1);
    }
}
