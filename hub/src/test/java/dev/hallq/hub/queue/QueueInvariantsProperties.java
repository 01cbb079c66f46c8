package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's invariants under random sequences of kiosk and staff actions: no number twice, no ticket
 * held by two windows, every ended ticket in exactly one terminal state (and never out of it), the
 * priority fairness bound, and a restarted engine equal to the one that stored its state.
 */
class QueueInvariantsProperties {
    private static final int WINDOWS = 4;
    private static final QueuePolicy POLICY = new QueuePolicy(2, 30, 0, 3, 30, 2, true);
    private static final HallConfig HALL = new HallConfig("H1", "性质测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("a", "A", "甲", "A"), new ServiceConfig("b", "B", "乙", "B")),
            List.of(window(1, "a"), window(2, "b"), window(3, "a", "b"), window(4, "b", "a")),
            List.of(), POLICY);

    record Step(int kind, int window, boolean priority, String service, int seconds) {
    }

    @Provide
    Arbitrary<List<Step>> days() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(1, WINDOWS), Arbitraries.of(true, false, false, false),
                Arbitraries.of("a", "b"), Arbitraries.integers().between(0, 120)).as(Step::new);
        return step.list().ofMinSize(20).ofMaxSize(300);
    }

    @Property(tries = 200)
    void theQueueKeepsItsPromises(@ForAll("days") List<Step> steps) {
        MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
        MemoryHallStore store = new MemoryHallStore();
        QueueEngine engine = new QueueEngine(HALL, store, clock);
        Set<String> numbers = new HashSet<>();
        Map<String, TicketState> ended = new HashMap<>();
        Map<String, Integer> priorityRun = new HashMap<>();

        for (Step s : steps) {
            clock.advance(Duration.ofSeconds(s.seconds()));
            try {
                switch (s.kind()) {
                    case 0, 1, 2 -> assertThat(numbers.add(engine.issue(s.service(), s.priority(), "K1").ticket().number()))
                            .as("a number given twice").isTrue();
                    case 3, 4 -> {
                        StaffOutcome out = engine.act(s.window(), StaffAction.NEXT, null);
                        checkFairness(engine, out.ticket(), priorityRun);
                    }
                    case 5, 6 -> engine.act(s.window(), StaffAction.FINISH, null);
                    case 7 -> engine.act(s.window(), StaffAction.NO_SHOW, null);
                    case 8 -> engine.act(s.window(), StaffAction.RECALL, null);
                    default -> engine.heldBy(s.window()).ifPresent(t -> rate(engine, t, s.window()));
                }
            } catch (Refusal expected) {
                // refusals change nothing; the invariants below must still hold
            }
            checkHeldOnce(engine);
            checkEndsAreFinal(engine, store, ended);
        }
        engine.flush();
        QueueEngine restarted = new QueueEngine(HALL, store, clock);
        for (int w = 1; w <= WINDOWS; w++) {
            assertThat(restarted.desk(w)).usingRecursiveComparison().ignoringFields("since").isEqualTo(engine.desk(w));
            assertThat(restarted.heldBy(w)).isEqualTo(engine.heldBy(w));
        }
        for (ServiceConfig service : HALL.services()) {
            assertThat(restarted.waitingFor(service.id())).isEqualTo(engine.waitingFor(service.id()));
        }
    }

    private static void checkHeldOnce(QueueEngine engine) {
        Set<String> held = new HashSet<>();
        for (int w = 1; w <= WINDOWS; w++) {
            engine.heldBy(w).ifPresent(t -> assertThat(held.add(t.id())).as("ticket held by two windows").isTrue());
        }
    }

    private static void checkEndsAreFinal(QueueEngine engine, MemoryHallStore store, Map<String, TicketState> ended) {
        engine.flush();
        for (Ticket t : store.tickets(engine.today())) {
            TicketState before = ended.get(t.id());
            if (before != null) {
                assertThat(t.state()).as(t.number() + " left its end state").isEqualTo(before);
            } else if (t.state().isTerminal()) {
                ended.put(t.id(), t.state());
            }
        }
    }

    /** While normal tickets wait at a service, at most {@code priorityInARow} priority calls come in a row. */
    private static void checkFairness(QueueEngine engine, Ticket called, Map<String, Integer> run) {
        int before = run.getOrDefault(called.serviceId(), 0);
        boolean normalWaiting = engine.todayTickets().stream().anyMatch(t -> t.serviceId().equals(called.serviceId())
                && t.state() == TicketState.WAITING && !t.priority()); // after the call
        if (called.priority()) {
            run.put(called.serviceId(), before + 1);
            if (before + 1 > POLICY.priorityInARow()) {
                assertThat(normalWaiting).as("priority run past the bound while normal tickets wait").isFalse();
            }
        } else {
            run.put(called.serviceId(), 0);
        }
    }

    private static void rate(QueueEngine engine, Ticket t, int window) {
        if (t.state() != TicketState.FINISHED) {
            return;
        }
        try {
            engine.rate(new RatingRecord(t.id(), "r-" + t.id(), window, "E" + window, RatingLevel.SATISFIED, List.of(),
                    null, engine.clock().instant(), engine.clock().instant()));
        } catch (Refusal r) {
            throw new AssertionError("a finished ticket held by its window could not be rated: " + r.getMessage(), r);
        }
    }

    private static WindowConfig window(int n, String... services) {
        return new WindowConfig(n, null, List.of(services), new StaffConfig(String.format("%04d", n), "员工" + n));
    }
}
