package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 限号: caps per day and per slot, and what the board says is left. */
class CapsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private final QueueEngine engine = new QueueEngine(new HallConfig("H1", "测试大厅", BEIJING,
            List.of(new ServiceConfig("estate", "B", "不动产登记", null, false, false, 3, null),
                    new ServiceConfig("social", "A", "社保", null, false, false, null, 2)),
            List.of(new WindowConfig(1, null, List.of("estate", "social"), new StaffConfig("0101", "王芳"))),
            null, QueuePolicy.DEFAULT, HallCalendar.ALWAYS_OPEN), new MemoryHallStore(), clock);

    private void at(String time) {
        clock.set(LocalDateTime.of(LocalDate.parse("2026-11-24"), LocalTime.parse(time)).atZone(BEIJING).toInstant());
    }

    @Test
    void theDailyCapStopsIssuingAndTheBoardCountsDown() throws Refusal {
        assertThat(engine.remainingToday("estate")).hasValue(3);
        for (int i = 0; i < 3; i++) {
            engine.issue("estate", false, "K1");
        }
        assertThat(engine.remainingToday("estate")).hasValue(0);
        assertThatThrownBy(() -> engine.issue("estate", false, "K1")).hasMessageContaining("今日排队号已取完")
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.CAP_REACHED);
        assertThat(engine.remainingToday("social")).isEmpty();
    }

    @Test
    void theSlotCapOpensAgainInTheNextSlot() throws Refusal {
        at("10:05");
        engine.issue("social", false, "K1");
        at("10:29");
        engine.issue("social", false, "K1");
        assertThatThrownBy(() -> engine.issue("social", false, "K1")).hasMessageContaining("from 10:30");
        at("10:30");
        assertThat(engine.issue("social", false, "K1").ticket().number()).isEqualTo("A003");
    }
}
