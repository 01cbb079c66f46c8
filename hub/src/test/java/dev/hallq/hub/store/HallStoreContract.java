package dev.hallq.hub.store;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.ConfigRevision;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every backend of {@link HallStore} must do; each backend runs these in its own subclass. */
abstract class HallStoreContract {
    static final LocalDate DAY = LocalDate.parse("2026-11-24");
    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

    protected HallStore store;

    protected abstract HallStore open();

    /** A second handle on the same data, as after a restart; memory stores return the same one. */
    protected abstract HallStore reopen(HallStore old);

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void ticketsAreKeptPerDayInIssueOrder() {
        store.commit(List.of(issuing(ticket("A", 1, DAY, 0)), issuing(ticket("A", 2, DAY, 1)),
                issuing(ticket("B", 1, DAY, 2)), issuing(ticket("A", 1, DAY.plusDays(1), 3))));
        assertThat(store.tickets(DAY)).extracting(Ticket::number).containsExactly("A001", "A002", "B001");
        assertThat(store.tickets(DAY.plusDays(1))).extracting(Ticket::number).containsExactly("A001");
        assertThat(store.ticket("20261124-A002")).get().extracting(Ticket::sequence).isEqualTo(2);
    }

    @Test
    void aNumberTwiceInADayIsRefusedAndTheWholeBatchWithIt() {
        Ticket first = ticket("A", 1, DAY, 0);
        assertThatThrownBy(() -> store.commit(List.of(issuing(first), issuing(ticket("B", 1, DAY, 1)),
                issuing(first)))).isInstanceOf(StoreFailure.class);
        assertThat(store.tickets(DAY)).isEmpty();
        assertThat(store.events(0, 10)).isEmpty();
    }

    @Test
    void aTicketTransferredToAnotherServiceKeepsItsNumberBesideThatServicesOwnTickets() {
        Ticket a1 = ticket("A", 1, DAY, 0);
        store.commit(List.of(issuing(a1), issuing(ticket("B", 1, DAY, 1))));
        Ticket moved = a1.requeued("tax", a1.queuedAt(), null);
        store.commit(Change.of(List.of(moved), List.of(), List.of(), List.of()));
        assertThat(store.ticket(a1.id())).get().extracting(Ticket::serviceId).isEqualTo("tax");
    }

    @Test
    void aBatchAfterARefusedOneStoresOnlyItsOwnRows() {
        Ticket first = ticket("A", 1, DAY, 0);
        assertThatThrownBy(() -> store.commit(List.of(issuing(first), issuing(ticket("B", 1, DAY, 1)), issuing(first),
                Change.events(List.of(HallEvent.of(T0, "NOTE", null, null, null, "refused with its batch"))))))
                .isInstanceOf(StoreFailure.class);
        store.commit(issuing(ticket("C", 1, DAY, 2)));
        assertThat(store.tickets(DAY)).extracting(Ticket::number).containsExactly("C001");
        assertThat(store.events(0, 10)).extracting(HallEvent::type).containsExactly("ISSUED");
    }

    @Test
    void batchesFromManyThreadsAreAllKept() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new java.util.ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                int n = i;
                all.add(writers.submit(() -> store.commit(issuing(ticket("A", n, DAY, n)))));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        assertThat(store.tickets(DAY)).hasSize(200).extracting(Ticket::number).doesNotHaveDuplicates();
    }

    @Test
    void aChangeIsStoredWhole() {
        Ticket t = ticket("A", 1, DAY, 0);
        store.commit(issuing(t));
        Ticket called = t.called(3, "0301", T0.plusSeconds(60));
        WindowDesk desk = new WindowDesk(3, WindowPhase.CALLING, t.id(), 1, null, T0.plusSeconds(60), "0301");
        store.commit(Change.of(List.of(called), List.of(desk), List.of(new CallRecord(1, t.id(), 3, false, "0301",
                T0.plusSeconds(60))), List.of(HallEvent.of(T0.plusSeconds(60), "CALLED", t.id(), 3, "0301", null))));

        HallStore after = reopen(store);
        assertThat(after.ticket(t.id())).contains(called);
        assertThat(after.windows()).containsExactly(desk);
        assertThat(after.lastCallSeq()).isEqualTo(1);
        assertThat(after.recentCalls(5)).extracting(CallRecord::ticketId).containsExactly(t.id());
        assertThat(after.events(0, 10)).extracting(HallEvent::type).containsExactly("ISSUED", "CALLED");
        store = after;
    }

    @Test
    void aChangeThatCannotBeStoredLeavesNothingBehind() {
        Ticket ghost = Ticket.issued(DAY, "social", "Z001", 1, false, null, T0).called(1, null, T0);
        WindowDesk desk = new WindowDesk(1, WindowPhase.CALLING, ghost.id(), 9, null, T0, "0101");
        assertThatThrownBy(() -> store.commit(Change.of(List.of(ghost), List.of(desk), List.of(), List.of())))
                .isInstanceOf(StoreFailure.class);
        assertThat(store.windows()).isEmpty();
    }

    @Test
    void aTicketKeepsOnlyItsFirstRating() {
        Ticket t = ticket("A", 1, DAY, 0);
        store.commit(issuing(t));
        RatingRecord first = rating(t.id(), "r-1", RatingLevel.SATISFIED);
        store.commit(Change.rating(first, List.of(), HallEvent.of(T0, "RATED", t.id(), 1, null, "SATISFIED")));
        RatingRecord second = rating(t.id(), "r-2", RatingLevel.VERY_DISSATISFIED);
        assertThatThrownBy(() -> store.commit(Change.rating(second, List.of(),
                HallEvent.of(T0, "RATED", t.id(), 1, null, "X")))).isInstanceOf(StoreFailure.class);
        assertThat(store.rating(t.id())).contains(first);
        assertThat(store.ratingsOfTicketsOn(DAY)).containsExactly(first);
        assertThat(store.events(0, 10)).extracting(HallEvent::type).containsExactly("ISSUED", "RATED");
    }

    @Test
    void eventsArePagedInOrder() {
        store.commit(issuing(ticket("A", 1, DAY, 0)));
        store.commit(Change.events(List.of(HallEvent.of(T0, "DEVICE_OFFLINE", null, null, null, "P1: gone"),
                HallEvent.of(T0, "PRINTED", null, null, null, "P1"))));
        List<HallEvent> first = store.events(0, 2);
        assertThat(first).extracting(HallEvent::type).containsExactly("ISSUED", "DEVICE_OFFLINE");
        assertThat(store.events(first.get(1).seq(), 10)).extracting(HallEvent::type).containsExactly("PRINTED");
    }

    @Test
    void theNewestConfigurationRevisionIsTheHallsAndARevisionIsNeverWrittenTwice() {
        assertThat(store.latestConfig()).isEmpty();
        ConfigRevision first = new ConfigRevision(1, "{\"hall\":1}", "file", "abc", T0, "file:hall.yaml");
        ConfigRevision second = new ConfigRevision(2, "{\"hall\":2}", "api", "abc", T0.plusSeconds(5), "admin");
        store.commit(Change.admin(List.of(first)));
        store.commit(Change.admin(List.of(second, new AuditEntry(T0, "admin", "CONFIG_CHANGED", "services/tax", "r2"))));
        assertThatThrownBy(() -> store.commit(Change.admin(List.of(
                new ConfigRevision(2, "{}", "api", null, T0, "other"))))).isInstanceOf(StoreFailure.class);
        HallStore again = reopen(store);
        store = again;
        assertThat(again.latestConfig()).contains(second);
        assertThat(again.audit(10)).extracting(AuditEntry::action).containsExactly("CONFIG_CHANGED");
    }

    @Test
    void anAccountIsUpdatedInPlaceAndTheAuditTrailReadsNewestFirst() {
        Account staff = new Account("wangfang", Role.STAFF, "0101", "$2y$04$abcdefghijklmnopqrstuv", true, T0);
        Account admin = new Account("admin", Role.ADMIN, null, "$2y$04$zyxwvutsrqponmlkjihgfe", true, T0);
        store.commit(Change.admin(List.of(staff, admin, new AuditEntry(T0, "setup", "ACCOUNT_CREATED", "admin", null))));
        Account disabled = new Account("wangfang", Role.STAFF, "0101", staff.passwordHash(), false, T0.plusSeconds(60));
        store.commit(Change.admin(List.of(disabled,
                new AuditEntry(T0.plusSeconds(60), "admin", "ACCOUNT_DISABLED", "wangfang", null))));
        HallStore again = reopen(store);
        store = again;
        assertThat(again.accounts()).containsExactly(admin, disabled);
        assertThat(again.audit(10)).extracting(AuditEntry::action).containsExactly("ACCOUNT_DISABLED", "ACCOUNT_CREATED");
        assertThat(again.audit(1)).hasSize(1);
    }

    @Test
    void aHealthyStoreSaysSo() {
        assertThat(store.healthy()).isTrue();
        assertThat(store.describe()).isNotBlank();
    }

    @Test
    void ticketsOfARangeOfDaysComeWithTheirRatingsInOrderOfDayAndIssue() {
        Ticket before = ticket("A", 1, DAY.minusDays(1), 0);
        Ticket a1 = ticket("A", 1, DAY, 5);
        Ticket b1 = ticket("B", 1, DAY, 1);
        Ticket next = ticket("A", 1, DAY.plusDays(2), 0);
        Ticket after = ticket("A", 1, DAY.plusDays(3), 0);
        store.commit(List.of(issuing(before), issuing(a1), issuing(b1), issuing(next), issuing(after)));
        Ticket done = a1.called(1, "0101", T0.plusSeconds(60)).ended(TicketState.FINISHED, T0.plusSeconds(300));
        store.commit(Change.of(List.of(done), List.of(), List.of(), List.of()));
        store.commit(Change.rating(rating(a1.id(), "r1", RatingLevel.DISSATISFIED), List.of(),
                HallEvent.of(T0, "RATED", a1.id(), 1, "0101", "DISSATISFIED")));

        List<String> seen = new java.util.ArrayList<>();
        java.util.Map<String, RatingRecord> ratings = new java.util.HashMap<>();
        store.forEachTicket(DAY, DAY.plusDays(2), (t, r) -> {
            seen.add(t.id());
            if (r != null) {
                ratings.put(t.id(), r);
            }
        });
        assertThat(seen).containsExactly(b1.id(), a1.id(), next.id());
        assertThat(ratings).containsOnlyKeys(a1.id());
        assertThat(ratings.get(a1.id()).level()).isEqualTo(RatingLevel.DISSATISFIED);
        assertThat(ratings.get(a1.id()).reasons()).containsExactly("attitude", "efficiency");
        store.forEachTicket(DAY, DAY, (t, r) -> {
            if (t.id().equals(a1.id())) {
                assertThat(t).isEqualTo(done);
            }
        });
    }

    @Test
    void eventsOfSomeTypesBetweenTwoInstantsComeOldestFirst() {
        Instant from = T0;
        Instant to = T0.plus(java.time.Duration.ofDays(3));
        store.commit(Change.events(List.of(
                HallEvent.of(T0.minusMillis(1), "FINISHED", "x0", 1, "s", "before"),
                HallEvent.of(T0.plus(java.time.Duration.ofHours(50)), "STEP_DONE", "x3", 2, "s", "late"),
                HallEvent.of(T0, "FINISHED", "x1", 1, "s", "延时服务 extended"),
                HallEvent.of(T0.plusSeconds(10), "CALLED", "x1", 1, "s", "other type"),
                HallEvent.of(T0.plusSeconds(20), "STEP_DONE", "x2", 2, "s", "step"),
                HallEvent.of(to, "FINISHED", "x4", 1, "s", "at the end: excluded"))));
        List<HallEvent> seen = new java.util.ArrayList<>();
        store.forEachEvent(from, to, java.util.Set.of("FINISHED", "STEP_DONE"), null, seen::add);
        assertThat(seen).extracting(HallEvent::ticketId).containsExactly("x1", "x2", "x3");
        List<HallEvent> extended = new java.util.ArrayList<>();
        store.forEachEvent(from, to, java.util.Set.of("FINISHED"), "延时服务", extended::add);
        assertThat(extended).extracting(HallEvent::ticketId).containsExactly("x1");
        List<HallEvent> literal = new java.util.ArrayList<>();
        store.forEachEvent(from, to, java.util.Set.of("FINISHED", "STEP_DONE"), "%", literal::add);
        assertThat(literal).as("a prefix is no pattern").isEmpty();
        assertThat(seen.get(0).detail()).isEqualTo("延时服务 extended");
        assertThat(seen.get(0).window()).isEqualTo(1);
        assertThat(seen.get(0).seq()).isPositive();
        List<HallEvent> none = new java.util.ArrayList<>();
        store.forEachEvent(from, to, java.util.Set.of(), null, none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void bookingsOfARangeOfDaysInOrderOfDayAndSlot() {
        java.util.function.BiFunction<String, LocalDate, dev.hallq.hub.queue.Appointment> booking = (code, day) ->
                new dev.hallq.hub.queue.Appointment(code, "social", day, java.time.LocalTime.of(code.endsWith("1") ? 10 : 9, 0),
                        "hash" + code, "1101**********1234", "张*", dev.hallq.hub.queue.Appointment.State.BOOKED, null, T0);
        store.commit(Change.appointments(List.of(), List.of(booking.apply("P1", DAY.plusDays(1)),
                booking.apply("P2", DAY), booking.apply("P3", DAY.minusDays(1)), booking.apply("P4", DAY.plusDays(1)),
                booking.apply("P5", DAY.plusDays(2))), List.of()));
        assertThat(store.appointmentsBetween(DAY, DAY.plusDays(1))).extracting(dev.hallq.hub.queue.Appointment::code)
                .containsExactly("P2", "P4", "P1");
    }

    static Ticket ticket(String prefix, int sequence, LocalDate day, int secondsAfterOpening) {
        String number = Ticket.numberFor(prefix, sequence);
        return Ticket.issued(day, prefix.equals("A") ? "social" : "tax", number, sequence, false, "K1",
                T0.plusSeconds(secondsAfterOpening));
    }

    static Change issuing(Ticket t) {
        return Change.issuing(t, HallEvent.of(t.issuedAt(), "ISSUED", t.id(), null, null, t.kioskId()));
    }

    private static RatingRecord rating(String ticketId, String requestId, RatingLevel level) {
        return new RatingRecord(ticketId, requestId, 1, "E1", level, List.of("attitude", "efficiency"), "好", T0, T0);
    }
}
