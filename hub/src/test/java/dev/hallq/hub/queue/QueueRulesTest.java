package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hall's rules beyond first come, first served: 绿色通道, 重呼, 过号, 指定叫号, 转办, 上岗/离岗/AB岗. */
class QueueRulesTest {
    static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("social", "A", "社保", "Social security"), new ServiceConfig("tax", "B", "税务", "Tax")),
            List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳"), new StaffConfig("0901", "周丽")),
                    new WindowConfig(2, null, List.of("tax", "social"), new StaffConfig("0102", "李强")),
                    new WindowConfig(3, null, List.of("social"), null)),
            List.of(new StaffConfig("0103", "孙磊")), new QueuePolicy(2, 30, 10, 3, 30, 2, true));

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(HALL, store, clock);

    @Test
    void atMostTwoPriorityTicketsAreCalledInARowWhileNormalOnesWait() throws Refusal {
        for (boolean priority : new boolean[]{false, false, false, true, true, true}) {
            engine.issue("social", priority, "K1");
            clock.advance(Duration.ofSeconds(1));
        }
        List<Boolean> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(callAndFinish(1).priority());
        }
        assertThat(order).containsExactly(true, true, false, true, false, false);
    }

    @Test
    void aNormalTicketThatWaitedTooLongGoesBeforePriority() throws Refusal {
        engine.issue("social", false, "K1");
        clock.advance(Duration.ofMinutes(31));
        engine.issue("social", true, "K1");
        assertThat(callAndFinish(1).priority()).isFalse();
    }

    @Test
    void aRecallWaitsForTheCoolDownAndPastTheCallLimitTheTicketIsMissed() throws Refusal {
        engine.issue("social", false, "K1");
        engine.act(1, StaffAction.NEXT, null);
        assertThatThrownBy(() -> engine.act(1, StaffAction.RECALL, null)).hasMessageContaining("again in 10 s");
        clock.advance(Duration.ofSeconds(10));
        assertThat(engine.act(1, StaffAction.RECALL, null).ticket().calls()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        assertThat(engine.act(1, StaffAction.RECALL, null).ticket().calls()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(10));
        StaffOutcome fourth = engine.act(1, StaffAction.RECALL, null);
        assertThat(fourth.ticket().state()).isEqualTo(TicketState.MISSED);
        assertThat(fourth.desk().phase()).isEqualTo(WindowPhase.IDLE);
    }

    @Test
    void aMissedTicketComingBackInTimeRejoinsBehindTwoWaiting() throws Refusal {
        Ticket missed = engine.issue("social", false, "K1").ticket();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(20));
            engine.issue("social", false, "K1");
        }
        engine.act(1, StaffAction.NEXT, null);
        engine.act(1, StaffAction.NO_SHOW, null);
        clock.advance(Duration.ofMinutes(10));

        engine.act(StaffCommand.about("r", 3, StaffAction.RETURN, missed.id(), null));

        assertThat(callAndFinish(1).number()).isEqualTo("A002");
        assertThat(callAndFinish(1).number()).isEqualTo("A003");
        assertThat(callAndFinish(1).number()).isEqualTo("A001");
    }

    @Test
    void aMissedTicketComingBackTooLateIsRefused() throws Refusal {
        Ticket missed = engine.issue("social", false, "K1").ticket();
        engine.act(1, StaffAction.NEXT, null);
        engine.act(1, StaffAction.NO_SHOW, null);
        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> engine.act(StaffCommand.about("r", 1, StaffAction.RETURN, missed.id(), null)))
                .hasMessageContaining("take a new ticket");
    }

    @Test
    void aTicketCalledOutOfOrderIsAuditedWithItsReason() throws Refusal {
        engine.issue("social", false, "K1");
        Ticket third = engine.issue("social", false, "K1").ticket();
        StaffOutcome out = engine.act(StaffCommand.about("c", 1, StaffAction.CALL, third.id(), "预约回访"));
        assertThat(out.ticket().number()).isEqualTo("A002");
        engine.flush();
        assertThat(store.events(0, 10)).filteredOn(e -> e.type().equals("CALLED_OUT_OF_ORDER"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("预约回访"));
    }

    @Test
    void aTicketOfAServiceTheWindowDoesNotServeCannotBeCalledThere() throws Refusal {
        Ticket tax = engine.issue("tax", false, "K1").ticket();
        assertThatThrownBy(() -> engine.act(StaffCommand.about("c", 1, StaffAction.CALL, tax.id(), "x")))
                .hasMessageContaining("does not serve tax");
    }

    @Test
    void aTransferredTicketKeepsItsPlaceInItsNewLine() throws Refusal {
        Ticket early = engine.issue("social", false, "K1").ticket();
        clock.advance(Duration.ofMinutes(1));
        engine.issue("tax", false, "K1");
        engine.act(1, StaffAction.NEXT, null);

        StaffOutcome moved = engine.act(StaffCommand.transfer("t", 1, "tax", null));

        assertThat(moved.desk().phase()).isEqualTo(WindowPhase.IDLE);
        assertThat(moved.ticket().serviceId()).isEqualTo("tax");
        assertThat(engine.waitingFor("tax")).isEqualTo(2);
        assertThat(engine.act(2, StaffAction.NEXT, null).ticket().id()).isEqualTo(early.id());
    }

    @Test
    void aTicketTransferredToAWindowIsCalledOnlyThere() throws Refusal {
        engine.issue("social", false, "K1");
        engine.act(1, StaffAction.NEXT, null);
        engine.act(StaffCommand.transfer("t", 1, null, 2));
        engine.issue("social", false, "K1");

        assertThat(engine.act(1, StaffAction.NEXT, null).ticket().number()).isEqualTo("A002");
        assertThat(engine.act(2, StaffAction.NEXT, null).ticket().number()).isEqualTo("A001");
    }

    @Test
    void staffLogInOutAndHandOverToTheirBackup() throws Refusal {
        assertThat(engine.act(StaffCommand.staff("l", 3, StaffAction.LOG_IN, "0103")).desk().staffNo()).isEqualTo("0103");
        assertThat(engine.act(StaffCommand.staff("h", 1, StaffAction.HAND_OVER, "0901")).desk().staffNo())
                .isEqualTo("0901");
        StaffOutcome out = engine.act(3, StaffAction.LOG_OUT, null);
        assertThat(out.desk().phase()).isEqualTo(WindowPhase.CLOSED);
        assertThatThrownBy(() -> engine.act(StaffCommand.staff("x", 3, StaffAction.LOG_IN, "9999")))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_STAFF);
    }

    @Test
    void theCallCarriesTheStaffMemberOnDuty() throws Refusal {
        engine.act(StaffCommand.staff("h", 1, StaffAction.HAND_OVER, "0901"));
        engine.issue("social", false, "K1");
        assertThat(engine.act(1, StaffAction.NEXT, null).ticket().staffNo()).isEqualTo("0901");
    }

    @Test
    void theWaitIsEstimatedFromRecentHandlingTimesAndTheOpenWindows() throws Refusal {
        assertThat(engine.estimatedWait("social", 4)).hasValue(20);
        for (int i = 0; i < 3; i++) {
            engine.issue("social", false, "K1");
            engine.act(1, StaffAction.NEXT, null);
            clock.advance(Duration.ofMinutes(4));
            engine.act(1, StaffAction.FINISH, null);
        }
        assertThat(engine.estimatedWait("social", 4)).hasValue(8);
        engine.act(1, StaffAction.PAUSE, "午休");
        assertThat(engine.estimatedWait("social", 4)).hasValue(16);
        engine.act(2, StaffAction.PAUSE, "会议");
        assertThat(engine.estimatedWait("social", 4)).isEmpty();
    }

    private Ticket callAndFinish(int window) throws Refusal {
        Ticket t = engine.act(window, StaffAction.NEXT, null).ticket();
        engine.act(window, StaffAction.FINISH, null);
        return t;
    }
}
