package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 一件事: one ticket walks a route of services, window after window, and is rated once at the end. */
class BundlesTest {
    static final HallConfig HALL = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"),
            List.of(new ServiceConfig("business", "C", "企业开办", null), new ServiceConfig("estate", "B", "不动产登记", null),
                    new ServiceConfig("social", "A", "社保", null)),
            List.of(new WindowConfig(1, null, List.of("business"), new StaffConfig("0101", "王芳")),
                    new WindowConfig(2, null, List.of("estate"), new StaffConfig("0102", "李强")),
                    new WindowConfig(3, null, List.of("social"), new StaffConfig("0103", "张伟"))),
            null, QueuePolicy.DEFAULT, HallCalendar.ALWAYS_OPEN,
            List.of(new BundleConfig("open-shop", "Y", "我要开餐馆", "Open a restaurant", List.of("business", "estate"))));

    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(HALL, store, clock);

    @Test
    void aBundleWithADailyCapStopsIssuingWhileItsServicesGoOn() throws Refusal {
        HallConfig capped = new HallConfig("H1", "测试大厅", ZoneId.of("Asia/Shanghai"), HALL.services(), HALL.windows(),
                null, QueuePolicy.DEFAULT, HallCalendar.ALWAYS_OPEN,
                List.of(new BundleConfig("open-shop", "Y", "我要开餐馆", null, List.of("business", "estate"), 2)));
        QueueEngine e = new QueueEngine(capped, new MemoryHallStore(), clock);
        e.issue("open-shop", false, "K1");
        e.issue("open-shop", false, "K1");
        assertThatThrownBy(() -> e.issue("open-shop", false, "K1")).hasMessageContaining("今日排队号已取完")
                .extracting(x -> ((Refusal) x).code()).isEqualTo(dev.hallq.protocol.ErrorCode.CAP_REACHED);
        assertThat(e.issue("business", false, "K1").ticket().number()).isEqualTo("C001");
    }

    @Test
    void aBundleTicketWalksItsRouteKeepingItsPlaceAndIsRatedOnceAtTheEnd() throws Refusal {
        Ticket y = engine.issue("open-shop", false, "K1").ticket();
        assertThat(y.number()).isEqualTo("Y001");
        assertThat(y.serviceId()).isEqualTo("business");
        clock.advance(Duration.ofMinutes(5));
        engine.issue("estate", false, "K1");
        assertThat(engine.waitingForBundle("open-shop")).isEqualTo(1);

        engine.act(1, StaffAction.NEXT, null);
        StaffOutcome firstStep = engine.act(1, StaffAction.FINISH, null);
        assertThat(firstStep.ticket().state()).isEqualTo(TicketState.WAITING);
        assertThat(firstStep.ticket().serviceId()).isEqualTo("estate");
        assertThat(firstStep.desk().phase()).as("no rating between steps").isEqualTo(WindowPhase.IDLE);

        assertThat(engine.act(2, StaffAction.NEXT, null).ticket().number()).as("it keeps its place").isEqualTo("Y001");
        StaffOutcome end = engine.act(2, StaffAction.FINISH, null);
        assertThat(end.ticket().state()).isEqualTo(TicketState.FINISHED);
        assertThat(end.desk().phase()).isEqualTo(WindowPhase.AWAITING_RATING);
        engine.flush();
        assertThat(store.tickets(engine.today())).filteredOn(t -> t.number().equals("Y001")).hasSize(1);
        assertThat(store.events(0, 100)).extracting(HallEvent::type).containsSubsequence("ISSUED", "STEP_DONE", "FINISHED");
    }

    @Test
    void numbersStayUniqueAfterATransferAndARestart() throws Refusal {
        engine.issue("social", false, "K1");
        engine.act(3, StaffAction.NEXT, null);
        engine.act(StaffCommand.transfer("t", 3, "estate", null));
        engine.flush();
        QueueEngine restarted = new QueueEngine(HALL, store, clock);
        assertThat(restarted.issue("social", false, "K1").ticket().number()).isEqualTo("A002");
    }

    @Test
    void aBundleNamingAnUnknownServiceIsRefused() {
        assertThatThrownBy(() -> new HallConfig("H1", "x", null, HALL.services(), HALL.windows(), null, null, null,
                List.of(new BundleConfig("b", "Z", "一件事", null, List.of("business", "dance")))))
                .hasMessageContaining("unknown service 'dance'");
    }
}
