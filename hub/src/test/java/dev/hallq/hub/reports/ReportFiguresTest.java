package dev.hallq.hub.reports;

import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.OfficeRules;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.RankingWeights;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.MemoryHallStore;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each figure on a handful of tickets built by hand, where the right answer can be worked out on paper. */
class ReportFiguresTest {
    private static final LocalDate MON = LocalDate.parse("2026-10-12");
    private static final LocalDate SAT = LocalDate.parse("2026-10-17");
    private static final LocalDate SAT_WORKDAY = LocalDate.parse("2026-10-10"); // 调休: worked as a weekday

    private final MemoryHallStore store = new MemoryHallStore();
    private final HallHistory history = new HallHistory(store);
    private final List<CaseOutcomes.CaseOutcome> caseBook = new ArrayList<>();
    private HallConfig hall = hall(RankingWeights.DEFAULT);
    private final Reports reports = new Reports(() -> hall, store, (from, to) -> caseBook.stream()
            .filter(c -> store.ticket(c.ticketId()).map(t -> !t.day().isBefore(from) && !t.day().isAfter(to)).orElse(false))
            .toList());

    private static HallConfig hall(RankingWeights weights) {
        return new HallConfig("H1", "县政务服务中心", HallHistory.BEIJING,
                List.of(new ServiceConfig("social", "A", "社保", null, false, false, null, null, "人社局", null),
                        new ServiceConfig("estate", "B", "不动产", null, false, true, null, null, "自然资源局", null),
                        new ServiceConfig("tax", "C", "税务", null)),
                List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳")),
                        new WindowConfig(2, "2号综合窗口", List.of("estate", "tax"), new StaffConfig("0201", "张伟")),
                        new WindowConfig(3, null, List.of("estate", "tax"), new StaffConfig("0301", "陈静"))),
                null, QueuePolicy.DEFAULT,
                new HallCalendar("09:00-17:00", "09:00-12:00", List.of("social"), List.of(LocalDate.parse("2026-10-01")),
                        List.of(SAT_WORKDAY), 30, HallCalendar.DayEnd.EXPIRE),
                List.of(new BundleConfig("restaurant", "Y", "我要开餐馆", null, List.of("tax", "estate"))),
                new OfficeRules(null, null, weights, null));
    }

    @Test
    void countsTimesAndRatesOfTheHallAndItsRows() {
        Ticket a1 = history.served(MON, "social", "A", LocalTime.of(9, 0), 1, "0101", 100, 600, RatingLevel.VERY_SATISFIED);
        history.served(MON, "social", "A", LocalTime.of(9, 1), 1, "0101", 200, 700, RatingLevel.BASICALLY_SATISFIED);
        history.served(MON, "social", "A", LocalTime.of(9, 2), 1, "0101", 300, 800, RatingLevel.VERY_DISSATISFIED);
        history.served(MON, "estate", "B", LocalTime.of(10, 0), 2, "0201", 400, 900, RatingLevel.DISSATISFIED);
        history.served(MON, "estate", "B", LocalTime.of(10, 1), 2, "0201", 500, 1000, null);
        history.missed(MON, "estate", "B", LocalTime.of(10, 2), 3, "0301", 600);
        history.expired(MON, "tax", "C", LocalTime.of(16, 0));
        history.issue(MON, "tax", "C", LocalTime.of(16, 10)); // still waiting: issued only
        history.served(MON.plusMonths(1), "social", "A", LocalTime.of(9, 0), 1, "0101", 1, 1, null); // another month

        Reports.Summary s = reports.summary(Period.month(YearMonth.of(2026, 10)), Dimension.WINDOW);
        Figures h = s.hall();
        assertThat(h.issued()).isEqualTo(8);
        assertThat(h.served()).isEqualTo(5);
        assertThat(h.missed()).isEqualTo(1);
        assertThat(h.expired()).isEqualTo(1);
        // waits 100..600 of the six called tickets: mean 350, nearest rank ⌈5.4⌉ = 6th = 600
        assertThat(h.waitAvgSeconds()).isEqualTo(350.0);
        assertThat(h.waitP90Seconds()).isEqualTo(600);
        // handling of the five served: 600..1000, mean 800, ⌈4.5⌉ = 5th = 1000
        assertThat(h.handlingAvgSeconds()).isEqualTo(800.0);
        assertThat(h.handlingP90Seconds()).isEqualTo(1000);
        assertThat(h.rated()).isEqualTo(4);
        assertThat(h.ratingRate()).isEqualTo(0.8);
        assertThat(h.satisfied()).isEqualTo(2);
        assertThat(h.satisfaction()).isEqualTo(0.5);
        assertThat(h.badRatings()).isEqualTo(2);

        assertThat(s.rows()).extracting(Figures::key).containsExactly("1", "2", "3");
        Figures w1 = s.rows().get(0);
        assertThat(w1.name()).isEqualTo("1号窗口");
        assertThat(w1.served()).isEqualTo(3);
        assertThat(w1.satisfaction()).isEqualTo(0.6667);
        assertThat(w1.waitAvgSeconds()).isEqualTo(200.0);
        assertThat(w1.appointmentCheckIns()).as("bookings are not at a window").isNull();
        assertThat(s.rows().get(1).name()).isEqualTo("2号综合窗口");
        assertThat(s.rows().get(2).served()).isZero();
        assertThat(s.rows().get(2).missed()).isEqualTo(1);
        assertThat(s.rows().get(2).ratingRate()).as("nothing served: no rate").isNull();

        List<Figures> byService = reports.summary(Period.day(MON), Dimension.SERVICE).rows();
        assertThat(byService).extracting(Figures::name).containsExactly("社保", "不动产", "税务");
        assertThat(byService).extracting(Figures::issued).containsExactly(3L, 3L, 2L);
        List<Figures> byDepartment = reports.summary(Period.day(MON), Dimension.DEPARTMENT).rows();
        assertThat(byDepartment).extracting(Figures::key).containsExactly("人社局", "自然资源局", Dimension.NO_DEPARTMENT);
        List<Figures> byStaff = reports.summary(Period.day(MON), Dimension.STAFF).rows();
        assertThat(byStaff).extracting(Figures::name).containsExactly("王芳", "张伟", "陈静");
        assertThat(a1.day()).isEqualTo(MON);
    }

    @Test
    void caseRatesLeaveOutWithdrawnCases() {
        Ticket t1 = history.served(MON, "social", "A", LocalTime.of(9, 0), 1, "0101", 60, 60, RatingLevel.DISSATISFIED);
        Ticket t2 = history.served(MON, "social", "A", LocalTime.of(9, 1), 1, "0101", 60, 60, RatingLevel.VERY_DISSATISFIED);
        Ticket t3 = history.served(MON, "estate", "B", LocalTime.of(9, 2), 2, "0201", 60, 60, RatingLevel.DISSATISFIED);
        Ticket t4 = history.served(MON, "estate", "B", LocalTime.of(9, 3), 2, "0201", 60, 60, RatingLevel.DISSATISFIED);
        caseBook.add(new CaseOutcomes.CaseOutcome(t1.id(), true, true, false, false));
        caseBook.add(new CaseOutcomes.CaseOutcome(t2.id(), false, true, false, true));
        caseBook.add(new CaseOutcomes.CaseOutcome(t3.id(), true, false, false, false));
        caseBook.add(new CaseOutcomes.CaseOutcome(t4.id(), false, false, true, false)); // withdrawn on appeal

        Reports.Summary s = reports.summary(Period.day(MON), Dimension.WINDOW);
        assertThat(s.hall().badRatings()).isEqualTo(4);
        assertThat(s.hall().cases()).isEqualTo(3);
        assertThat(s.hall().rectified()).isEqualTo(2);
        assertThat(s.hall().rectificationRate()).isEqualTo(0.6667);
        assertThat(s.hall().calledBack()).isEqualTo(2);
        assertThat(s.hall().callbackRate()).isEqualTo(0.6667);
        assertThat(s.hall().casesOverdue()).isEqualTo(1);
        assertThat(s.rows().get(1).cases()).isEqualTo(1);
        assertThat(s.rows().get(1).rectificationRate()).isEqualTo(1.0);
        Reports.CaseSummary month = reports.monthly(YearMonth.of(2026, 10)).cases();
        assertThat(month).isEqualTo(new Reports.CaseSummary(4, 4, 1, 3, 2, 2, 1, 0.6667, 0.6667));
    }

    @Test
    void extendedServiceWeekendsBookingsAndBundles() {
        Ticket late = history.end(history.issue(MON, "social", "A", LocalTime.of(16, 50)), 1, "0101", 600, 900,
                TicketState.FINISHED, "延时服务 extended");
        history.end(history.issue(MON, "social", "A", LocalTime.of(16, 0)), 1, "0101", 60, 60, TicketState.FINISHED, null);
        history.served(SAT, "social", "A", LocalTime.of(9, 0), 1, "0101", 60, 60, null);
        history.served(SAT, "social", "A", LocalTime.of(9, 5), 1, "0101", 60, 60, null);
        history.missed(SAT, "social", "A", LocalTime.of(9, 10), 1, "0101", 60); // a no-show is not served
        history.served(SAT_WORKDAY, "estate", "B", LocalTime.of(9, 0), 2, "0201", 60, 60, null); // 调休: not weekend
        history.booking("P1", "estate", MON, LocalTime.of(10, 0), Appointment.State.CHECKED_IN);
        history.booking("P2", "estate", MON, LocalTime.of(10, 30), Appointment.State.NO_SHOW);
        history.booking("P3", "social", MON, LocalTime.of(11, 0), Appointment.State.NO_SHOW);
        history.booking("P4", "social", MON, LocalTime.of(11, 0), Appointment.State.BOOKED);
        history.booking("P5", "social", MON.minusMonths(1), LocalTime.of(11, 0), Appointment.State.CHECKED_IN);
        history.bundle(MON, "restaurant", "Y", "tax", "estate", LocalTime.of(9, 30), 3, "0301", 2, "0201");

        Period october = Period.month(YearMonth.of(2026, 10));
        Figures h = reports.summary(october, Dimension.HALL).hall();
        assertThat(h.extendedService()).isEqualTo(1);
        assertThat(h.weekendServed()).isEqualTo(2);
        assertThat(h.appointmentCheckIns()).isEqualTo(1);
        assertThat(h.appointmentNoShows()).isEqualTo(2);
        assertThat(h.bundleTickets()).isEqualTo(1);
        assertThat(h.bundleSteps()).isEqualTo(2);
        assertThat(late.state()).isEqualTo(TicketState.FINISHED);

        List<Figures> bySvc = reports.summary(october, Dimension.SERVICE).rows();
        assertThat(bySvc).extracting(Figures::key).containsExactly("social", "estate", "restaurant");
        assertThat(bySvc.get(1).appointmentNoShows()).isEqualTo(1);
        assertThat(bySvc.get(2).name()).isEqualTo("我要开餐馆");
        assertThat(bySvc.get(2).handlingAvgSeconds()).as("first call to the final finish").isEqualTo(900.0);
        assertThat(reports.summary(october, Dimension.DEPARTMENT).rows()).extracting(Figures::key)
                .containsExactly("人社局", "自然资源局", Dimension.BUNDLE_DEPARTMENT);
        List<Figures> byWindow = reports.summary(october, Dimension.WINDOW).rows();
        assertThat(byWindow).extracting(Figures::key).containsExactly("1", "2", "3");
        assertThat(byWindow.get(1).served()).as("the bundle finished at window 2, beside its own ticket").isEqualTo(2);
        assertThat(byWindow.get(1).bundleSteps()).isEqualTo(1);
        assertThat(byWindow.get(2).issued()).as("window 3 only did the first step").isZero();
        assertThat(byWindow.get(2).bundleSteps()).isEqualTo(1);
    }

    @Test
    void yearOnYearAndPreviousPeriodCompareTheHallsTotals() {
        for (int i = 0; i < 4; i++) {
            history.served(MON, "social", "A", LocalTime.of(9, i), 1, "0101", 60, 60, RatingLevel.SATISFIED);
        }
        history.served(MON.minusYears(1), "social", "A", LocalTime.of(9, 0), 1, "0101", 60, 60, RatingLevel.DISSATISFIED);
        history.served(MON.minusYears(1), "social", "A", LocalTime.of(9, 1), 1, "0101", 60, 60, RatingLevel.SATISFIED);
        history.served(LocalDate.parse("2026-09-30"), "social", "A", LocalTime.of(9, 0), 1, "0101", 60, 60, null);

        Reports.Summary s = reports.summary(Period.month(YearMonth.of(2026, 10)), Dimension.HALL);
        assertThat(s.yearOnYear().period()).isEqualTo(Period.month(YearMonth.of(2025, 10)));
        assertThat(s.yearOnYear().hall().served()).isEqualTo(2);
        assertThat(s.yearOnYear().growth().served()).isEqualTo(1.0);
        assertThat(s.yearOnYear().pointChange().satisfaction()).isEqualTo(0.5);
        assertThat(s.previousPeriod().period()).isEqualTo(Period.month(YearMonth.of(2026, 9)));
        assertThat(s.previousPeriod().growth().served()).isEqualTo(3.0);
        assertThat(s.previousPeriod().growth().rated()).as("nothing rated before: no growth").isNull();

        Reports.Summary week = reports.summary(new Period(MON, MON.plusDays(6)), Dimension.HALL);
        assertThat(week.previousPeriod().period()).isEqualTo(new Period(MON.minusDays(7), MON.minusDays(1)));
    }

    @Test
    void periodsAreCheckedAndShiftedLikeTheHallCountsThem() {
        assertThat(Period.month(YearMonth.of(2026, 3)).previous()).isEqualTo(Period.month(YearMonth.of(2026, 2)));
        assertThat(Period.year(2026).previous()).isEqualTo(Period.year(2025));
        assertThat(Period.month(YearMonth.of(2024, 2)).yearBefore())
                .isEqualTo(new Period(LocalDate.parse("2023-02-01"), LocalDate.parse("2023-02-28")));
        assertThat(new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")).days()).isEqualTo(366);
        assertThatThrownBy(() -> new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01")))
                .hasMessageContaining("367 days");
        assertThatThrownBy(() -> new Period(MON, MON.minusDays(1))).hasMessageContaining("after");
        assertThat(Period.twelveMonthsTo(YearMonth.of(2026, 10)).from()).isEqualTo(LocalDate.parse("2025-11-01"));
    }

    @Test
    void seriesOfMonthsHoursAndDepartments() {
        history.served(MON, "social", "A", LocalTime.of(9, 10), 1, "0101", 100, 60, RatingLevel.SATISFIED);
        history.served(MON, "social", "A", LocalTime.of(9, 50), 1, "0101", 300, 60, RatingLevel.DISSATISFIED);
        history.served(MON, "estate", "B", LocalTime.of(14, 0), 2, "0201", 1000, 60, null);
        history.served(LocalDate.parse("2026-01-05"), "estate", "B", LocalTime.of(14, 0), 2, "0201", 1, 60, null);
        history.served(LocalDate.parse("2025-10-31"), "estate", "B", LocalTime.of(14, 0), 2, "0201", 1, 60, null);

        Reports.Series months = reports.series(Reports.MONTHLY_TICKETS, Period.twelveMonthsTo(YearMonth.of(2026, 10)));
        assertThat(months.points()).hasSize(12);
        assertThat(months.points().get(0)).isEqualTo(new Points.Month("2025-11", 0, 0, 0));
        assertThat(months.points().get(2)).isEqualTo(new Points.Month("2026-01", 1, 1, 0));
        assertThat(months.points().get(11)).isEqualTo(new Points.Month("2026-10", 3, 3, 0));
        Reports.Series trend = reports.series(Reports.SATISFACTION_TREND, Period.twelveMonthsTo(YearMonth.of(2026, 10)));
        assertThat(trend.points().get(11)).isEqualTo(new Points.Satisfaction("2026-10", 2, 0.6667, 0.5, 1));
        assertThat(trend.points().get(2)).isEqualTo(new Points.Satisfaction("2026-01", 0, 0.0, null, 0));
        Reports.Series hours = reports.series(Reports.WAIT_BY_HOUR, Period.day(MON));
        assertThat(hours.points()).containsExactly(new Points.Hour(9, "09:00-10:00", 2, 200.0, 300L),
                new Points.Hour(14, "14:00-15:00", 1, 1000.0, 1000L));
        Reports.Series share = reports.series(Reports.DEPARTMENT_SHARE, Period.day(MON));
        assertThat(share.points()).containsExactly(new Points.Share("人社局", 2, 2, 0.6667),
                new Points.Share("自然资源局", 1, 1, 0.3333));
        assertThatThrownBy(() -> reports.series("pie", Period.day(MON))).hasMessageContaining("name");
    }

    @Test
    void rankingsWeighTheFiguresBreakTiesAndSkipTheFewServed() {
        // window 1: 4 served, all 满意, 600 s; window 2: 4 served, one 差评, 300 s; window 3: 1 served
        for (int i = 0; i < 4; i++) {
            history.served(MON, "social", "A", LocalTime.of(9, i), 1, "0101", 60, 600, RatingLevel.SATISFIED);
            history.served(MON, "estate", "B", LocalTime.of(9, i), 2, "0201", 60, 300,
                    i == 0 ? RatingLevel.DISSATISFIED : RatingLevel.VERY_SATISFIED);
        }
        history.served(MON, "tax", "C", LocalTime.of(9, 0), 3, "0301", 60, 60, RatingLevel.SATISFIED);

        Reports.RankingList r = reports.rankings(Dimension.WINDOW, Period.day(MON), 2);
        assertThat(r.rows()).extracting(Rankings.Ranked::key).containsExactly("1", "2");
        // window 1: 30·1 + 40·1 + 10·1 + 10·(300/600) + 10·1 = 95; window 2: 30 + 40·0.75 + 10 + 10 + 10·0 = 80
        assertThat(r.rows().get(0).score()).isEqualTo(95.0);
        assertThat(r.rows().get(1).score()).isEqualTo(80.0);
        assertThat(r.rows().get(1).parts().handlingSpeed()).isEqualTo(1.0);

        hall = hall(new RankingWeights(100, 0, 0, 0, 0)); // only the served count: a tie, broken by fewer 差评
        Reports.RankingList tie = reports.rankings(Dimension.STAFF, Period.day(MON), 1);
        assertThat(tie.rows()).extracting(Rankings.Ranked::key).containsExactly("0101", "0201", "0301");
        assertThat(tie.rows()).extracting(Rankings.Ranked::score).containsExactly(100.0, 100.0, 25.0);
        assertThat(tie.rows()).extracting(Rankings.Ranked::rank).containsExactly(1, 2, 3);
        assertThat(reports.rankings(Dimension.STAFF, Period.day(MON), 20).rows()).isEmpty();
    }

    @Test
    void csvQuotesWhatNeedsItAndNeverLetsANameBecomeAFormula() {
        ReportTable t = new ReportTable("t", List.of(new ReportTable.Column("name", "名称", ReportTable.Kind.TEXT),
                new ReportTable.Column("rate", "比率", ReportTable.Kind.RATE),
                new ReportTable.Column("n", "数", ReportTable.Kind.COUNT)),
                List.of(java.util.Map.of("name", "=HYPERLINK(\"x\")", "rate", 0.95584, "n", -1),
                        java.util.Map.of("name", "王, \"芳\"", "rate", 1.0, "n", 2)));
        byte[] csv = TableExport.csv(t);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF名称,比率,数\r\n\"'=HYPERLINK(\"\"x\"\")\",95.58%,-1\r\n\"王, \"\"芳\"\"\",100.00%,2\r\n");
    }

    @Test
    void aBundleStepOfAnEventOutsideThePeriodsTicketsIsNotCounted() {
        store.commit(dev.hallq.hub.store.Change.events(List.of(HallEvent.of(
                MON.atTime(10, 0).atZone(HallHistory.BEIJING).toInstant(), "STEP_DONE", "20261011-Y001", 2, "0201", "x"))));
        assertThat(reports.summary(Period.day(MON), Dimension.HALL).hall().bundleSteps()).isZero();
    }
}
