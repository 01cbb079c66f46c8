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
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hall's day: opening hours, stopping issue before closing, 周末不打烊, holidays, 延时服务 and day end. */
class QueueDayTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = MutableClock.at("2026-11-24T00:00:00Z"); // a Tuesday, 08:00 in Beijing
    private final MemoryHallStore store = new MemoryHallStore();

    private QueueEngine hall(HallCalendar.DayEnd dayEnd) {
        HallCalendar calendar = new HallCalendar("09:00-17:00", "09:00-12:00", List.of("residence"),
                List.of(LocalDate.parse("2026-12-01")), List.of(LocalDate.parse("2026-11-29")), 30, dayEnd);
        return new QueueEngine(new HallConfig("H1", "县政务服务中心", BEIJING,
                List.of(new ServiceConfig("social", "A", "社保", null), new ServiceConfig("residence", "D", "户籍", null)),
                List.of(new WindowConfig(1, null, List.of("social", "residence"), new StaffConfig("0101", "王芳"))),
                null, QueuePolicy.DEFAULT, calendar), store, clock);
    }

    private void at(String beijingDateTime) {
        clock.set(java.time.LocalDateTime.parse(beijingDateTime).atZone(BEIJING).toInstant());
    }

    @Test
    void ticketsAreIssuedFromOpeningUntilHalfAnHourBeforeClosing() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-11-24T08:59:00");
        assertThatThrownBy(() -> engine.issue("social", false, "K1")).hasMessageContaining("tickets from 09:00")
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.SERVICE_CLOSED);
        assertThat(engine.issuingNow("social")).isFalse();
        at("2026-11-24T09:00:00");
        assertThat(engine.issue("social", false, "K1").ticket().number()).isEqualTo("A001");
        at("2026-11-24T16:29:59");
        assertThat(engine.issue("social", false, "K1").ticket().number()).isEqualTo("A002");
        at("2026-11-24T16:30:00");
        assertThatThrownBy(() -> engine.issue("social", false, "K1")).hasMessageContaining("after 16:30");
    }

    @Test
    void onWeekendsOnlyTheListedServicesIssueAndAWorkedSaturdayIsAWeekday() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-11-28T10:00:00"); // Saturday
        assertThatThrownBy(() -> engine.issue("social", false, "K1")).hasMessageContaining("周末或节假日不办理");
        assertThat(engine.issue("residence", false, "K1").ticket().number()).isEqualTo("D001");
        at("2026-11-28T12:30:00");
        assertThatThrownBy(() -> engine.issue("residence", false, "K1")).hasMessageContaining("after 11:30");
        at("2026-11-29T15:00:00"); // Sunday worked as a weekday (调休)
        assertThat(engine.issue("social", false, "K1").ticket().number()).isEqualTo("A001");
    }

    @Test
    void aHolidayIssuesNothing() {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-12-01T10:00:00");
        assertThatThrownBy(() -> engine.issue("residence", false, "K1"))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.SERVICE_CLOSED);
    }

    @Test
    void aTicketFinishedAfterClosingCountsAsExtendedService() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-11-24T16:20:00");
        engine.issue("social", false, "K1");
        engine.issue("social", false, "K1");
        engine.act(1, StaffAction.NEXT, null);
        at("2026-11-24T16:50:00");
        engine.act(1, StaffAction.FINISH, null);
        engine.act(1, StaffAction.NEXT, null);
        at("2026-11-24T17:10:00");
        engine.act(1, StaffAction.FINISH, null);
        engine.flush();
        assertThat(store.events(0, 100)).filteredOn(e -> e.type().equals("FINISHED"))
                .extracting(HallEvent::detail).containsExactly(null, "延时服务 extended");
    }

    @Test
    void ticketsStillWaitingAtDayEndExpireOnTheNextDay() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-11-24T16:00:00");
        engine.issue("social", false, "K1");
        engine.issue("residence", false, "K1");
        at("2026-11-25T00:01:00");
        List<Ticket> expired = engine.tick();
        assertThat(expired).extracting(Ticket::number).containsExactlyInAnyOrder("A001", "D001");
        assertThat(engine.waitingFor("social")).isZero();
        engine.flush();
        assertThat(store.tickets(LocalDate.parse("2026-11-24"))).allSatisfy(t ->
                assertThat(t.state()).isEqualTo(TicketState.EXPIRED));
    }

    @Test
    void aHubRestartedOnALaterDayExpiresWhatWasLeftWaiting() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.EXPIRE);
        at("2026-11-24T16:00:00");
        engine.issue("social", false, "K1");
        engine.flush();
        at("2026-11-26T09:05:00");
        QueueEngine restarted = hall(HallCalendar.DayEnd.EXPIRE);
        assertThat(restarted.tick()).extracting(Ticket::number).containsExactly("A001");
        assertThat(restarted.issue("social", false, "K1").ticket().id()).isEqualTo("20261126-A001");
    }

    @Test
    void carriedOverTicketsWaitOnAndAreCalledTheNextMorning() throws Refusal {
        QueueEngine engine = hall(HallCalendar.DayEnd.CARRY_OVER);
        at("2026-11-24T16:00:00");
        engine.issue("social", false, "K1");
        at("2026-11-25T09:00:00");
        assertThat(engine.tick()).isEmpty();
        engine.issue("social", false, "K1");
        assertThat(engine.act(1, StaffAction.NEXT, null).ticket().id()).isEqualTo("20261124-A001");
    }

    @Test
    void aBadCalendarIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new HallCalendar("9-17", null, null, null, null, 0, null))
                .hasMessageContaining("calendar.weekdays");
        assertThatThrownBy(() -> new HallCalendar("17:00-09:00", null, null, null, null, 0, null))
                .hasMessageContaining("closes before it opens");
    }

}
