package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.hub.store.StoreFailure;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueEngineTest {
    static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("social", "A", "社保", "Social security"),
                    new ServiceConfig("tax", "B", "税务", "Tax")),
            List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳")),
                    new WindowConfig(2, null, List.of("tax", "social"), new StaffConfig("0102", "李强")),
                    new WindowConfig(3, null, List.of("social"), null)));

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(HALL, store, clock);

    @Test
    void numbersRunPerServiceWithTheServicePrefix() throws Refusal {
        assertThat(issue("social").number()).isEqualTo("A001");
        assertThat(issue("social").number()).isEqualTo("A002");
        assertThat(issue("tax").number()).isEqualTo("B001");
        assertThat(issue("social").id()).isEqualTo("20261124-A003");
    }

    @Test
    void peopleAheadCountsTheWaitingTicketsOfTheSameService() throws Refusal {
        assertThat(engine.issue("social", false, "K1").peopleAhead()).isZero();
        engine.issue("tax", false, "K1");
        assertThat(engine.issue("social", false, "K1").peopleAhead()).isEqualTo(1);
    }

    @Test
    void numbersRestartOnTheNextDay() throws Refusal {
        issue("social");
        clock.advance(Duration.ofDays(1));
        assertThat(issue("social").id()).isEqualTo("20261125-A001");
    }

    @Test
    void anUnknownServiceIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> engine.issue("dance", false, "K1"))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_SERVICE);
        engine.flush();
        assertThat(store.tickets(engine.today())).isEmpty();
    }

    @Test
    void nothingReachesTheStoreBeforeTheFlushAndEverythingAfterIt() throws Refusal {
        issue("social");
        assertThat(store.tickets(engine.today())).isEmpty();
        engine.flush();
        assertThat(store.tickets(engine.today())).extracting(Ticket::number).containsExactly("A001");
    }

    @Test
    void aBatchThatCannotBeStoredLeavesTheEngineAtTheStoredState() throws Refusal {
        FailingStore failing = new FailingStore(store);
        QueueEngine engineOnFailingStore = new QueueEngine(HALL, failing, clock);
        engineOnFailingStore.issue("social", false, "K1");
        engineOnFailingStore.flush();
        engineOnFailingStore.act(1, StaffAction.NEXT, null);
        engineOnFailingStore.issue("social", false, "K1");

        failing.failNextCommit();
        assertThatThrownBy(engineOnFailingStore::flush).isInstanceOf(StoreFailure.class);
        engineOnFailingStore.recover();

        assertThat(engineOnFailingStore.desk(1).phase()).isEqualTo(WindowPhase.IDLE);
        assertThat(engineOnFailingStore.waitingFor("social")).isEqualTo(1);
        assertThat(engineOnFailingStore.issue("social", false, "K1").ticket().number()).isEqualTo("A002");
    }

    @Test
    void nextCallsTheOldestTicketOfTheWindowsFirstService() throws Refusal {
        Ticket a1 = issue("social");
        Ticket b1 = issue("tax");
        StaffOutcome two = engine.act(2, StaffAction.NEXT, null);
        assertThat(two.ticket().id()).isEqualTo(b1.id());
        assertThat(two.call().seq()).isEqualTo(1);
        assertThat(two.desk().phase()).isEqualTo(WindowPhase.CALLING);
        StaffOutcome one = engine.act(1, StaffAction.NEXT, null);
        assertThat(one.ticket().id()).isEqualTo(a1.id());
        assertThat(one.call().seq()).isEqualTo(2);
        assertThat(one.ticket().staffNo()).isEqualTo("0101");
    }

    @Test
    void twoWindowsNeverGetTheSameTicket() throws Refusal {
        for (int i = 0; i < 30; i++) {
            issue("social");
        }
        Set<String> called = new HashSet<>();
        for (int round = 0; round < 15; round++) {
            for (int window : new int[]{1, 2}) {
                StaffOutcome out = engine.act(window, StaffAction.NEXT, null);
                assertThat(called.add(out.ticket().id())).as("ticket called twice").isTrue();
                engine.act(window, StaffAction.FINISH, null);
            }
        }
        assertThat(called).hasSize(30);
        assertThat(engine.waitingFor("social")).isZero();
    }

    @Test
    void nextOnAnEmptyQueueSaysSo() {
        assertThatThrownBy(() -> engine.act(1, StaffAction.NEXT, null))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.QUEUE_EMPTY);
    }

    @Test
    void nextWhileATicketIsStillHeldIsRefused() throws Refusal {
        issue("social");
        issue("social");
        engine.act(1, StaffAction.NEXT, null);
        assertThatThrownBy(() -> engine.act(1, StaffAction.NEXT, null))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.WRONG_STATE);
    }

    @Test
    void aWindowWithoutStaffCannotCall() throws Refusal {
        issue("social");
        assertThatThrownBy(() -> engine.act(3, StaffAction.NEXT, null))
                .hasMessageContaining("no staff").extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.WRONG_STATE);
    }

    @Test
    void anUnknownWindowIsRefused() {
        assertThatThrownBy(() -> engine.act(99, StaffAction.NEXT, null))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_WINDOW);
    }

    @Test
    void recallCallsTheSameTicketAgainWithANewSequenceNumber() throws Refusal {
        issue("social");
        StaffOutcome first = engine.act(1, StaffAction.NEXT, null);
        clock.advance(Duration.ofSeconds(10));
        StaffOutcome again = engine.act(1, StaffAction.RECALL, null);
        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(again.call().recall()).isTrue();
        assertThat(again.call().seq()).isEqualTo(first.call().seq() + 1);
        assertThat(again.ticket().calls()).isEqualTo(2);
    }

    @Test
    void finishAsksForARatingAndTheRatingFreesTheWindow() throws Refusal {
        issue("social");
        engine.act(1, StaffAction.NEXT, null);
        StaffOutcome done = engine.act(1, StaffAction.FINISH, null);
        assertThat(done.desk().phase()).isEqualTo(WindowPhase.AWAITING_RATING);
        assertThat(done.ticket().state()).isEqualTo(TicketState.FINISHED);

        Rated rated = engine.rate(rating(done.ticket().id(), "r-1", 1, RatingLevel.SATISFIED));
        engine.flush();

        assertThat(rated.duplicate()).isFalse();
        assertThat(rated.desk().phase()).isEqualTo(WindowPhase.IDLE);
        assertThat(store.rating(done.ticket().id())).get().extracting(RatingRecord::level).isEqualTo(RatingLevel.SATISFIED);
    }

    @Test
    void aResentRatingIsHarmlessButASecondRatingIsRefused() throws Refusal {
        issue("social");
        engine.act(1, StaffAction.NEXT, null);
        String id = engine.act(1, StaffAction.FINISH, null).ticket().id();
        engine.rate(rating(id, "r-1", 1, RatingLevel.SATISFIED));

        assertThat(engine.rate(rating(id, "r-1", 1, RatingLevel.SATISFIED)).duplicate()).isTrue();
        assertThatThrownBy(() -> engine.rate(rating(id, "r-2", 1, RatingLevel.VERY_DISSATISFIED)))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.ALREADY_RATED);
        engine.flush();
        assertThat(store.rating(id)).get().extracting(RatingRecord::level).isEqualTo(RatingLevel.SATISFIED);
    }

    @Test
    void onlyAFinishedTicketFromItsOwnWindowCanBeRated() throws Refusal {
        Ticket waiting = issue("social");
        assertThatThrownBy(() -> engine.rate(rating(waiting.id(), "r-1", 1, RatingLevel.SATISFIED)))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.WRONG_STATE);
        engine.act(1, StaffAction.NEXT, null);
        engine.act(1, StaffAction.FINISH, null);
        assertThatThrownBy(() -> engine.rate(rating(waiting.id(), "r-2", 2, RatingLevel.SATISFIED)))
                .hasMessageContaining("window 1");
        assertThatThrownBy(() -> engine.rate(rating("20261124-Z999", "r-3", 1, RatingLevel.SATISFIED)))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_TICKET);
    }

    @Test
    void aNoShowEndsTheTicketAsMissedAndFreesTheWindow() throws Refusal {
        issue("social");
        engine.act(1, StaffAction.NEXT, null);
        StaffOutcome out = engine.act(1, StaffAction.NO_SHOW, null);
        assertThat(out.ticket().state()).isEqualTo(TicketState.MISSED);
        assertThat(out.desk().phase()).isEqualTo(WindowPhase.IDLE);
    }

    @Test
    void aPausedWindowCallsNobodyUntilResumed() throws Refusal {
        issue("social");
        assertThat(engine.act(1, StaffAction.PAUSE, "午休").desk().pauseReason()).isEqualTo("午休");
        assertThatThrownBy(() -> engine.act(1, StaffAction.NEXT, null))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.WINDOW_PAUSED);
        engine.act(1, StaffAction.RESUME, null);
        assertThat(engine.act(1, StaffAction.NEXT, null).ticket().number()).isEqualTo("A001");
    }

    @Test
    void aRestartedEngineResumesExactlyWhereTheStoreLeftOff() throws Refusal {
        issue("social");
        issue("social");
        issue("tax");
        engine.act(1, StaffAction.NEXT, null);
        engine.act(2, StaffAction.PAUSE, "会议");
        engine.flush();

        QueueEngine restarted = new QueueEngine(HALL, store, clock);

        assertThat(restarted.heldBy(1)).get().extracting(Ticket::number).isEqualTo("A001");
        assertThat(restarted.desk(1).phase()).isEqualTo(WindowPhase.CALLING);
        assertThat(restarted.desk(2).phase()).isEqualTo(WindowPhase.PAUSED);
        assertThat(restarted.waitingFor("social")).isEqualTo(1);
        assertThat(restarted.issue("social", false, "K1").ticket().number()).isEqualTo("A003");
        restarted.act(1, StaffAction.FINISH, null);
        assertThat(restarted.act(1, StaffAction.NEXT, null).call().seq()).isEqualTo(2);
    }

    @Test
    void everyTransitionIsInTheEventLog() throws Refusal {
        issue("social");
        engine.act(1, StaffAction.NEXT, null);
        clock.advance(Duration.ofSeconds(10));
        engine.act(1, StaffAction.RECALL, null);
        String id = engine.act(1, StaffAction.FINISH, null).ticket().id();
        engine.rate(rating(id, "r-1", 1, RatingLevel.VERY_SATISFIED));
        engine.flush();
        assertThat(store.events(0, 100)).extracting(HallEvent::type)
                .containsExactly("ISSUED", "CALLED", "RECALLED", "FINISHED", "RATED");
    }

    private Ticket issue(String service) throws Refusal {
        return engine.issue(service, false, "K1").ticket();
    }

    private RatingRecord rating(String ticketId, String requestId, int window, RatingLevel level) {
        return new RatingRecord(ticketId, requestId, window, "E" + window, level, List.of(), null, clock.instant(),
                clock.instant());
    }
}
