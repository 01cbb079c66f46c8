package dev.hallq.hub.queue;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.StaffAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 预约: booking, check-in by code or card within the window, precedence in the slot, no-shows. */
class AppointmentsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Citizen LI = new Citizen("110105200001010016", "李四", LocalDate.parse("2000-01-01"));
    private static final Citizen ZHANG = new Citizen("11010519491231002X", "张三丰", null);
    private final MutableClock clock = MutableClock.at("2026-11-24T00:00:00Z");
    private final MemoryHallStore store = new MemoryHallStore();
    private final QueueEngine engine = new QueueEngine(new HallConfig("H1", "测试大厅", BEIJING,
            List.of(new ServiceConfig("estate", "B", "不动产登记", null, false, true), new ServiceConfig("social", "A", "社保", null)),
            List.of(new WindowConfig(1, null, List.of("estate", "social"), new StaffConfig("0101", "王芳"))),
            null, QueuePolicy.DEFAULT, new HallCalendar("09:00-17:00", null, null, null, null, 30, null,
            new HallCalendar.Booking(30, 30, 15, 5))), store, clock);

    private void at(String time) {
        clock.set(LocalDateTime.of(TODAY, LocalTime.parse(time)).atZone(BEIJING).toInstant());
    }

    @Test
    void aSlotIsBookedOncePerCitizenServiceAndDay() throws Refusal {
        at("08:00");
        Appointment a = engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        assertThat(a.code()).matches("Y[A-Z2-9]{7}");
        assertThat(a.maskedName()).isEqualTo("李*");
        assertThatThrownBy(() -> engine.book("estate", TODAY, LocalTime.parse("14:00"), LI))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.ALREADY_BOOKED);
        assertThat(engine.book("estate", TODAY.plusDays(1), LocalTime.parse("14:00"), LI).state())
                .isEqualTo(Appointment.State.BOOKED);
    }

    @Test
    void aSlotTakesNoMoreBookingsThanTheServiceAllowsAndOtherSlotsStayOpen() throws Refusal {
        QueueEngine capped = new QueueEngine(new HallConfig("H1", "测试大厅", BEIJING,
                List.of(new ServiceConfig("estate", "B", "不动产登记", null, false, true, null, null, null, null, 1)),
                List.of(new WindowConfig(1, null, List.of("estate"), new StaffConfig("0101", "王芳"))),
                null, QueuePolicy.DEFAULT, new HallCalendar("09:00-17:00", null, null, null, null, 30, null, null)),
                new MemoryHallStore(), clock);
        at("08:00");
        capped.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        assertThatThrownBy(() -> capped.book("estate", TODAY, LocalTime.parse("10:00"), ZHANG))
                .hasMessageContaining("fully booked").extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.CAP_REACHED);
        assertThat(capped.book("estate", TODAY, LocalTime.parse("10:30"), ZHANG).slot()).isEqualTo(LocalTime.parse("10:30"));
    }

    @Test
    void aScannedCodeAloneChecksInForTheServiceItWasBookedFor() throws Refusal {
        at("08:00");
        Appointment a = engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        at("09:45");
        Ticket t = engine.issue(null, false, "K1", null, a.code()).ticket();
        assertThat(t.serviceId()).isEqualTo("estate");
        assertThat(t.appointmentAt()).isNotNull();
        assertThatThrownBy(() -> engine.issue(null, false, "K1", null, "YNOSUCH1"))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_APPOINTMENT);
    }

    @Test
    void bookingsOutsideTheRulesAreRefused() {
        at("08:00");
        assertThatThrownBy(() -> engine.book("social", TODAY, LocalTime.parse("10:00"), LI)).hasMessageContaining("takes no appointments");
        assertThatThrownBy(() -> engine.book("estate", TODAY, LocalTime.parse("16:45"), LI)).hasMessageContaining("outside");
        assertThatThrownBy(() -> engine.book("estate", TODAY.plusDays(6), LocalTime.parse("10:00"), LI)).hasMessageContaining("5 days ahead");
        at("10:05");
        assertThatThrownBy(() -> engine.book("estate", TODAY, LocalTime.parse("10:00"), LI)).hasMessageContaining("has begun");
    }

    @Test
    void theBookingCodeChecksInOnlyWithinItsWindow() throws Refusal {
        at("08:00");
        Appointment a = engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        at("09:20");
        assertThatThrownBy(() -> engine.issue("estate", false, "K1", null, a.code())).hasMessageContaining("from 09:30");
        at("09:40");
        Ticket t = engine.issue("estate", false, "K1", null, a.code()).ticket();
        assertThat(t.appointmentAt()).isEqualTo(LocalDateTime.of(TODAY, LocalTime.parse("10:00")).atZone(BEIJING).toInstant());
        assertThatThrownBy(() -> engine.issue("estate", false, "K1", null, a.code())).hasMessageContaining("CHECKED_IN");
        assertThatThrownBy(() -> engine.issue("estate", false, "K1", null, "YNOSUCH1"))
                .extracting(e -> ((Refusal) e).code()).isEqualTo(ErrorCode.UNKNOWN_APPOINTMENT);
    }

    @Test
    void theIdCardChecksInTheCitizensBookingAtTheKiosk() throws Refusal {
        at("08:00");
        engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        at("09:50");
        Ticket t = engine.issue("estate", false, "K1", LI).ticket();
        assertThat(t.appointmentAt()).isNotNull();
        assertThat(engine.appointmentsOn(TODAY)).singleElement()
                .satisfies(a -> assertThat(a.ticketId()).isEqualTo(t.id()));
    }

    @Test
    void aCheckedInAppointmentGoesAheadOfWalkInsOnceItsSlotBegins() throws Refusal {
        at("08:00");
        Appointment a = engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        at("09:35");
        engine.issue("estate", false, "K1");
        engine.issue("estate", false, "K1", null, a.code());
        engine.issue("estate", false, "K1", ZHANG);
        at("09:45");
        assertThat(callAndFinish().appointmentAt()).as("before the slot it waits its turn").isNull();
        at("10:00");
        assertThat(callAndFinish().appointmentAt()).as("in its slot it goes first").isNotNull();
    }

    @Test
    void aBookingNotCheckedInByFifteenMinutesIntoItsSlotIsANoShow() throws Refusal {
        at("08:00");
        engine.book("estate", TODAY, LocalTime.parse("10:00"), LI);
        at("10:15");
        engine.tick();
        assertThat(engine.appointmentsOn(TODAY)).singleElement().extracting(Appointment::state)
                .isEqualTo(Appointment.State.BOOKED);
        at("10:16");
        engine.tick();
        assertThat(engine.appointmentsOn(TODAY)).singleElement().extracting(Appointment::state)
                .isEqualTo(Appointment.State.NO_SHOW);
        engine.flush();
        assertThat(store.appointmentsOn(TODAY)).singleElement().extracting(Appointment::state)
                .isEqualTo(Appointment.State.NO_SHOW);
    }

    private Ticket callAndFinish() throws Refusal {
        Ticket t = engine.act(1, StaffAction.NEXT, null).ticket();
        engine.act(1, StaffAction.FINISH, null);
        return t;
    }
}
