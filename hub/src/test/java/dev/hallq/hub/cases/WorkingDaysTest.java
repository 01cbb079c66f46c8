package dev.hallq.hub.cases;

import dev.hallq.hub.config.CaseRules;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.config.OfficeRules;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in working days against a calendar with a holiday week and its 调休 weekend workdays. */
class WorkingDaysTest {
    /** 2026: 国庆节 1–7 October off; Sunday 20 September and Saturday 10 October worked instead. */
    static final HallCalendar NATIONAL_DAY_2026 = new HallCalendar("09:00-17:00", null, null,
            IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2026, 10, d)).toList(),
            List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)), 0, null);

    @Test
    void theHolidayWeekIsSkippedAndTheSaturdayWorkdayCounts() {
        LocalDate wednesdayBefore = LocalDate.of(2026, 9, 30);
        // Thu 8, Fri 9, Sat 10 (调休 workday), Mon 12, Tue 13
        assertThat(WorkingDays.after(NATIONAL_DAY_2026, wednesdayBefore, 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(WorkingDays.isWorkingDay(NATIONAL_DAY_2026, LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(WorkingDays.isWorkingDay(NATIONAL_DAY_2026, LocalDate.of(2026, 10, 11))).isFalse();
        assertThat(WorkingDays.isWorkingDay(NATIONAL_DAY_2026, LocalDate.of(2026, 10, 5))).isFalse();
        // the same rating with no 调休 would be due a day later
        HallCalendar noSwap = new HallCalendar("09:00-17:00", null, null, NATIONAL_DAY_2026.holidays(), List.of(), 0, null);
        assertThat(WorkingDays.after(noSwap, wednesdayBefore, 5)).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void aRatingOnAHolidayStartsCountingAfterTheHoliday() {
        assertThat(WorkingDays.after(NATIONAL_DAY_2026, LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // a Sunday workday before the holiday counts like any working day
        assertThat(WorkingDays.after(NATIONAL_DAY_2026, LocalDate.of(2026, 9, 19), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void fifteenWorkingDaysAcrossTheHolidayWeek() {
        // Mon 28 Sep: 29, 30 (2), 8, 9, 10 (5), 12–16 (10), 19–23 (15)
        assertThat(WorkingDays.after(NATIONAL_DAY_2026, LocalDate.of(2026, 9, 28), 15)).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void aCaseRatedOnFridayEveningInTheHallIsDueTheNextFridayAndOverdueAtItsMidnight() {
        HallConfig hall = hall(NATIONAL_DAY_2026, 5);
        // Thursday 16:30 UTC is Friday 00:30 in Shanghai: the hall's day counts, not UTC's
        Instant fridayNight = Instant.parse("2026-11-19T16:30:00Z");
        BadRatingCase c = book(hall).fresh(ticket(LocalDate.of(2026, 11, 20)), rating(fridayNight), fridayNight);
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(c.department()).isEqualTo("人力资源和社会保障局");
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        Instant lastMinute = Instant.parse("2026-11-27T15:59:59Z"); // 23:59:59 in Shanghai
        assertThat(c.overdue(lastMinute, hall.zone())).isFalse();
        assertThat(c.overdue(lastMinute.plusSeconds(1), hall.zone())).isTrue();

        Instant fridayEvening = Instant.parse("2026-11-20T11:00:00Z"); // 19:00 Friday in Shanghai
        assertThat(book(hall).fresh(ticket(LocalDate.of(2026, 11, 20)), rating(fridayEvening), fridayEvening).deadline())
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void theDeadlineFollowsTheConfiguredNumberOfDays() {
        Instant monday = Instant.parse("2026-11-23T02:00:00Z");
        assertThat(book(hall(NATIONAL_DAY_2026, 15)).fresh(ticket(LocalDate.of(2026, 11, 23)), rating(monday), monday)
                .deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    static HallConfig hall(HallCalendar calendar, int days) {
        HallConfig demo = HallConfigFile.parse(new String(HallConfigFile.demoText(), java.nio.charset.StandardCharsets.UTF_8),
                "demo");
        OfficeRules office = new OfficeRules(new CaseRules(days), null, null, null);
        return new HallConfig(demo.id(), demo.name(), demo.zone(), demo.services(), demo.windows(), demo.staff(),
                demo.policy(), calendar, demo.bundles(), office);
    }

    private static CaseBook book(HallConfig hall) {
        return new CaseBook(() -> hall, null, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    private static Ticket ticket(LocalDate day) {
        return Ticket.issued(day, "social-security", "A007", 7, false, "K1", day.atStartOfDay().toInstant(ZoneOffset.UTC))
                .called(1, "0101", day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static RatingRecord rating(Instant at) {
        return new RatingRecord("t", "r-1", 1, "E1", RatingLevel.DISSATISFIED, List.of("态度差"), "等太久", at, at);
    }
}
