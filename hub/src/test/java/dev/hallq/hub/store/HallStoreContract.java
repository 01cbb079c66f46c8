package dev.hallq.hub.store;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    void ticketsAreNumberedPerServiceAndDay() {
        assertThat(issue("social", "A", DAY).number()).isEqualTo("A001");
        assertThat(issue("social", "A", DAY).number()).isEqualTo("A002");
        assertThat(issue("tax", "B", DAY).number()).isEqualTo("B001");
        assertThat(issue("social", "A", DAY.plusDays(1)).number()).isEqualTo("A001");
        assertThat(store.tickets(DAY)).extracting(Ticket::number).containsExactly("A001", "A002", "B001");
    }

    @Test
    void concurrentIssuingNeverRepeatsANumber() throws Exception {
        ExecutorService kiosks = Executors.newFixedThreadPool(8);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        try {
            List<Future<Ticket>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                all.add(kiosks.submit(() -> issue("social", "A", DAY)));
            }
            for (Future<Ticket> f : all) {
                assertThat(numbers.add(f.get().number())).isTrue();
            }
        } finally {
            kiosks.shutdown();
        }
        assertThat(numbers).hasSize(200).contains("A001", "A200");
    }

    @Test
    void aChangeIsStoredWhole() {
        Ticket t = issue("social", "A", DAY);
        Ticket called = t.called(3, "0301", T0.plusSeconds(60));
        WindowDesk desk = new WindowDesk(3, WindowPhase.CALLING, t.id(), 1, null, T0.plusSeconds(60));
        store.apply(new Change(List.of(called), List.of(desk), List.of(new CallRecord(1, t.id(), 3, false, "0301",
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
        Ticket ghost = new Ticket("20261124-Z001", DAY, "social", "Z001", 1, TicketState.CALLED, false, null, T0,
                T0, null, 1, null, 1);
        WindowDesk desk = new WindowDesk(1, WindowPhase.CALLING, ghost.id(), 9, null, T0);
        assertThatThrownBy(() -> store.apply(new Change(List.of(ghost), List.of(desk), List.of(), List.of())))
                .isInstanceOf(StoreFailure.class);
        assertThat(store.windows()).isEmpty();
    }

    @Test
    void aTicketKeepsOnlyItsFirstRating() {
        Ticket t = issue("social", "A", DAY);
        RatingRecord first = rating(t.id(), "r-1", RatingLevel.SATISFIED);
        assertThat(store.rate(first, HallEvent.of(T0, "RATED", t.id(), 1, null, "SATISFIED"))).isEqualTo(first);
        RatingRecord second = rating(t.id(), "r-2", RatingLevel.VERY_DISSATISFIED);
        assertThat(store.rate(second, HallEvent.of(T0, "RATED", t.id(), 1, null, "X"))).isEqualTo(first);
        assertThat(store.rating(t.id())).contains(first);
        assertThat(store.ratingsOfTicketsOn(DAY)).containsExactly(first);
        assertThat(store.events(0, 10)).extracting(HallEvent::type).containsExactly("ISSUED", "RATED");
    }

    @Test
    void eventsArePagedInOrder() {
        issue("social", "A", DAY);
        store.log(List.of(HallEvent.of(T0, "DEVICE_OFFLINE", null, null, null, "P1: gone"),
                HallEvent.of(T0, "PRINTED", null, null, null, "P1")));
        List<HallEvent> first = store.events(0, 2);
        assertThat(first).extracting(HallEvent::type).containsExactly("ISSUED", "DEVICE_OFFLINE");
        assertThat(store.events(first.get(1).seq(), 10)).extracting(HallEvent::type).containsExactly("PRINTED");
    }

    @Test
    void aHealthyStoreSaysSo() {
        assertThat(store.healthy()).isTrue();
        assertThat(store.describe()).isNotBlank();
    }

    private Ticket issue(String service, String prefix, LocalDate day) {
        return store.issue(new NewTicket(day, service, prefix, false, "K1", T0));
    }

    private static RatingRecord rating(String ticketId, String requestId, RatingLevel level) {
        return new RatingRecord(ticketId, requestId, 1, "E1", level, List.of("attitude", "efficiency"), "好", T0, T0);
    }
}
