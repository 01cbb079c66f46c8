package dev.hallq.hub.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.store.HallStore;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reports of a hall, computed from what the store keeps (tickets, ratings, the event log, bookings) and what
 * the case book says of bad ratings; nothing is typed in. Figures are defined in docs/reports.md.
 */
public final class Reports {
    public static final String MONTHLY_TICKETS = "monthly-tickets";
    public static final String DEPARTMENT_SHARE = "department-share";
    public static final String WAIT_BY_HOUR = "wait-by-hour";
    public static final String SATISFACTION_TREND = "satisfaction-trend";
    /** The series by name, and whether each runs over months (the twelve months of a monthly report). */
    public static final Map<String, Boolean> SERIES = Map.of(MONTHLY_TICKETS, true, DEPARTMENT_SHARE, false,
            WAIT_BY_HOUR, false, SATISFACTION_TREND, true);
    /** How many of each ranking a monthly report shows. */
    static final int MONTHLY_TOP = 10;

    private final Supplier<HallConfig> hall;
    private final HallStore store;
    private final CaseOutcomes cases;

    public Reports(Supplier<HallConfig> hall, HallStore store, CaseOutcomes cases) {
        this.hall = hall;
        this.store = store;
        this.cases = cases;
    }

    /** The figures of a period, in rows {@code by}, with the hall's totals, 同比 and 环比. */
    public Summary summary(Period period, Dimension by) {
        HallConfig h = hall.get();
        PeriodScan scan = PeriodScan.read(store, h, cases, period, EnumSet.of(Dimension.HALL, by));
        Figures totals = scan.hall();
        return new Summary(period, by.name().toLowerCase(java.util.Locale.ROOT), totals, scan.rows(by),
                compare(h, totals, period.yearBefore()), compare(h, totals, period.previous()));
    }

    private Comparison compare(HallConfig h, Figures now, Period earlier) {
        Figures then = PeriodScan.read(store, h, cases, earlier, EnumSet.of(Dimension.HALL)).hall();
        return Comparison.of(earlier, now, then);
    }

    /** A chart's points; see {@link #SERIES}. */
    public Series series(String name, Period period) {
        HallConfig h = hall.get();
        return switch (name) {
            case MONTHLY_TICKETS, SATISFACTION_TREND -> series(name, period,
                    PeriodScan.read(store, h, cases, period, EnumSet.of(Dimension.MONTH)));
            case DEPARTMENT_SHARE -> series(name, period,
                    PeriodScan.read(store, h, cases, period, EnumSet.of(Dimension.HALL, Dimension.DEPARTMENT)));
            case WAIT_BY_HOUR -> series(name, period, PeriodScan.read(store, h, cases, period, EnumSet.of(Dimension.HOUR)));
            default -> throw new IllegalArgumentException("name must be one of " + SERIES.keySet().stream().sorted().toList()
                    + ", was '" + name + "'");
        };
    }

    /** A series from a scan of its period that read the dimension it needs. */
    private static Series series(String name, Period period, PeriodScan scan) {
        return switch (name) {
            case MONTHLY_TICKETS -> new Series(name, "图1 月度取号量与办结量", period, months(scan, period).stream()
                    .map(f -> (Object) new Points.Month(f.key(), f.issued(), f.served(), f.missed())).toList());
            case SATISFACTION_TREND -> new Series(name, "满意度月度走势", period, months(scan, period).stream()
                    .map(f -> (Object) new Points.Satisfaction(f.key(), f.rated(), f.ratingRate(), f.satisfaction(),
                            f.badRatings())).toList());
            case DEPARTMENT_SHARE -> {
                long total = scan.hall().served();
                yield new Series(name, "图2 各部门办件占比", period, scan.rows(Dimension.DEPARTMENT).stream()
                        .map(f -> (Object) new Points.Share(f.key(), f.issued(), f.served(), Tally.rate(f.served(), total)))
                        .toList());
            }
            case WAIT_BY_HOUR -> new Series(name, "各时段平均等候时长", period, scan.rows(Dimension.HOUR).stream()
                    .map(f -> (Object) new Points.Hour(Integer.parseInt(f.key()), f.name(), f.issued(),
                            f.waitAvgSeconds(), f.waitP90Seconds())).toList());
            default -> throw new IllegalArgumentException("no series " + name);
        };
    }

    /** The figures of every month of the period, months without tickets included as zeros. */
    private static List<Figures> months(PeriodScan scan, Period period) {
        Map<String, Figures> byMonth = new LinkedHashMap<>();
        scan.rows(Dimension.MONTH).forEach(f -> byMonth.put(f.key(), f));
        List<Figures> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            out.add(byMonth.getOrDefault(m.toString(), new Tally().figures(m.toString(), m.toString(), true)));
        }
        return out;
    }

    /** 服务之星 ({@code of} STAFF) or 红旗窗口 ({@code of} WINDOW) of a period. */
    public RankingList rankings(Dimension of, Period period, int minServed) {
        if (of != Dimension.STAFF && of != Dimension.WINDOW) {
            throw new IllegalArgumentException("of must be staff or window, was '" + of.name().toLowerCase() + "'");
        }
        HallConfig h = hall.get();
        PeriodScan scan = PeriodScan.read(store, h, cases, period, EnumSet.of(of));
        return new RankingList(of.name().toLowerCase(java.util.Locale.ROOT), period, minServed, h.office().ranking(),
                Rankings.rank(scan.rows(of), h.office().ranking(), minServed));
    }

    /** Everything a monthly 运行分析通报 needs. */
    public Monthly monthly(YearMonth month) {
        HallConfig h = hall.get();
        Period period = Period.month(month);
        PeriodScan scan = PeriodScan.read(store, h, cases, period,
                EnumSet.of(Dimension.HALL, Dimension.DEPARTMENT, Dimension.WINDOW, Dimension.STAFF, Dimension.HOUR));
        Figures totals = scan.hall();
        Period year = Period.twelveMonthsTo(month);
        PeriodScan months = PeriodScan.read(store, h, cases, year, EnumSet.of(Dimension.MONTH));
        Map<String, Series> series = new LinkedHashMap<>();
        series.put(MONTHLY_TICKETS, series(MONTHLY_TICKETS, year, months));
        series.put(DEPARTMENT_SHARE, series(DEPARTMENT_SHARE, period, scan));
        series.put(WAIT_BY_HOUR, series(WAIT_BY_HOUR, period, scan));
        series.put(SATISFACTION_TREND, series(SATISFACTION_TREND, year, months));
        int min = Rankings.DEFAULT_MIN_SERVED;
        Map<String, RankingList> rankings = new LinkedHashMap<>();
        for (Dimension of : List.of(Dimension.STAFF, Dimension.WINDOW)) {
            List<Rankings.Ranked> ranked = Rankings.rank(scan.rows(of), h.office().ranking(), min);
            rankings.put(of.name().toLowerCase(java.util.Locale.ROOT), new RankingList(of.name().toLowerCase(java.util.Locale.ROOT),
                    period, min, h.office().ranking(), ranked.subList(0, Math.min(MONTHLY_TOP, ranked.size()))));
        }
        return new Monthly(month.toString(), h.name(), period, totals, compare(h, totals, period.yearBefore()),
                compare(h, totals, period.previous()), scan.rows(Dimension.DEPARTMENT), series, rankings,
                CaseSummary.of(cases.casesOfTicketsBetween(period.from(), period.to()), totals.badRatings()));
    }

    /** The answer of {@code /api/reports/summary}. */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record Summary(Period period, String by, Figures hall, List<Figures> rows, Comparison yearOnYear,
                          Comparison previousPeriod) {
        public ReportTable table() {
            Dimension d = Dimension.parse(by);
            return ReportTable.ofFigures("按" + d.zh() + "统计", d, rows, d == Dimension.HALL ? null : hall);
        }
    }

    /**
     * 同比 or 环比: the hall's figures of an earlier period and how today's differ: {@code growth} relative
     * ({@code (now − then) ÷ then}, null when then is 0) for counts and average durations, {@code pointChange} the
     * difference of rates ({@code now − then}, as a fraction).
     */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record Comparison(Period period, Figures hall, Growth growth, PointChange pointChange) {
        static Comparison of(Period period, Figures now, Figures then) {
            return new Comparison(period, then, new Growth(growth(now.issued(), then.issued()),
                    growth(now.served(), then.served()), growth(now.missed(), then.missed()),
                    growth(now.rated(), then.rated()), growth(now.badRatings(), then.badRatings()),
                    growth(now.extendedService(), then.extendedService()),
                    growth(now.weekendServed(), then.weekendServed()),
                    growth(now.appointmentCheckIns(), then.appointmentCheckIns()),
                    growth(now.bundleTickets(), then.bundleTickets()),
                    growth(now.waitAvgSeconds(), then.waitAvgSeconds()),
                    growth(now.handlingAvgSeconds(), then.handlingAvgSeconds())),
                    new PointChange(difference(now.ratingRate(), then.ratingRate()),
                            difference(now.satisfaction(), then.satisfaction()),
                            difference(now.rectificationRate(), then.rectificationRate()),
                            difference(now.callbackRate(), then.callbackRate())));
        }

        private static Double growth(Number now, Number then) {
            if (now == null || then == null || then.doubleValue() == 0) {
                return null;
            }
            return Math.round((now.doubleValue() - then.doubleValue()) * 10_000 / then.doubleValue()) / 10_000.0;
        }

        private static Double difference(Double now, Double then) {
            return now == null || then == null ? null : Math.round((now - then) * 10_000) / 10_000.0;
        }
    }

    /** Relative change, {@code (now − then) ÷ then}; null when then is 0 or missing. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Growth(Double issued, Double served, Double missed, Double rated, Double badRatings,
                         Double extendedService, Double weekendServed, Double appointmentCheckIns, Double bundleTickets,
                         Double waitAvgSeconds, Double handlingAvgSeconds) {
    }

    /** The difference of rates, {@code now − then}, as a fraction (0.012 = 1.2 个百分点). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PointChange(Double ratingRate, Double satisfaction, Double rectificationRate, Double callbackRate) {
    }

    /** A chart's data: one record per point (see {@link Points}). */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record Series(String name, String title, Period period, List<Object> points) {
        public ReportTable table() {
            return new ReportTable(title, Points.columns(name), points.stream().map(ReportTable::row).toList());
        }
    }

    /** A ranking of staff or windows. */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record RankingList(String of, Period period, int minServed, dev.hallq.hub.config.RankingWeights weights,
                              List<Rankings.Ranked> rows) {
        public ReportTable table() {
            String what = of.equals("staff") ? "服务之星" : "红旗窗口";
            List<ReportTable.Column> columns = List.of(
                    new ReportTable.Column("rank", "名次", ReportTable.Kind.COUNT),
                    new ReportTable.Column("key", of.equals("staff") ? "工号" : "窗口号", ReportTable.Kind.TEXT),
                    new ReportTable.Column("name", of.equals("staff") ? "姓名" : "窗口", ReportTable.Kind.TEXT),
                    new ReportTable.Column("score", "综合得分", ReportTable.Kind.NUMBER),
                    new ReportTable.Column("served", "办结量", ReportTable.Kind.COUNT),
                    new ReportTable.Column("satisfaction", "满意度", ReportTable.Kind.RATE),
                    new ReportTable.Column("ratingRate", "评价率", ReportTable.Kind.RATE),
                    new ReportTable.Column("handlingAvgSeconds", "平均办理时长(秒)", ReportTable.Kind.SECONDS),
                    new ReportTable.Column("badRatings", "差评量", ReportTable.Kind.COUNT));
            return new ReportTable(what + "排名", columns, rows.stream().map(ReportTable::row).toList());
        }
    }

    /**
     * The bad-rating cases (差评工单) of the tickets of a period: all of them, those withdrawn on appeal (counted in no
     * rate), and of the others how many were fixed, called back and overdue.
     */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record CaseSummary(long badRatings, long cases, long withdrawn, long counted, long rectified, long calledBack,
                              long overdue, Double rectificationRate, Double callbackRate) {
        static CaseSummary of(List<CaseOutcomes.CaseOutcome> all, long badRatings) {
            long withdrawn = all.stream().filter(CaseOutcomes.CaseOutcome::withdrawn).count();
            List<CaseOutcomes.CaseOutcome> counted = all.stream().filter(c -> !c.withdrawn()).toList();
            long rectified = counted.stream().filter(CaseOutcomes.CaseOutcome::rectified).count();
            long calledBack = counted.stream().filter(CaseOutcomes.CaseOutcome::calledBack).count();
            long overdue = counted.stream().filter(CaseOutcomes.CaseOutcome::overdue).count();
            return new CaseSummary(badRatings, all.size(), withdrawn, counted.size(), rectified, calledBack, overdue,
                    Tally.rate(rectified, counted.size()), Tally.rate(calledBack, counted.size()));
        }
    }

    /** The answer of {@code /api/reports/monthly}: a month's 运行分析通报. */
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
    public record Monthly(String month, String hallName, Period period, Figures totals, Comparison yearOnYear,
                          Comparison previousPeriod, List<Figures> departments, Map<String, Series> series,
                          Map<String, RankingList> rankings, CaseSummary cases) {

        /** Every table of the report, for a workbook: totals, departments, the four series, rankings, cases. */
        @JsonIgnore
        public List<ReportTable> tables() {
            List<ReportTable> out = new ArrayList<>();
            out.add(totalsTable());
            out.add(ReportTable.ofFigures("各部门", Dimension.DEPARTMENT, departments, totals));
            series.values().forEach(s -> out.add(s.table()));
            rankings.values().forEach(r -> out.add(r.table()));
            out.add(new ReportTable("差评工单", List.of(
                    new ReportTable.Column("badRatings", "差评量", ReportTable.Kind.COUNT),
                    new ReportTable.Column("cases", "差评工单", ReportTable.Kind.COUNT),
                    new ReportTable.Column("withdrawn", "申诉撤销", ReportTable.Kind.COUNT),
                    new ReportTable.Column("counted", "计入工单", ReportTable.Kind.COUNT),
                    new ReportTable.Column("rectified", "已整改", ReportTable.Kind.COUNT),
                    new ReportTable.Column("calledBack", "已回访", ReportTable.Kind.COUNT),
                    new ReportTable.Column("overdue", "超期", ReportTable.Kind.COUNT),
                    new ReportTable.Column("rectificationRate", "差评整改率", ReportTable.Kind.RATE),
                    new ReportTable.Column("callbackRate", "回访率", ReportTable.Kind.RATE)),
                    List.of(ReportTable.row(cases))));
            return out;
        }

        /** The month's totals beside its 同比 and 环比 periods, one row each. */
        @JsonIgnore
        public ReportTable totalsTable() {
            List<ReportTable.Column> columns = new ArrayList<>();
            columns.add(new ReportTable.Column("key", "期间", ReportTable.Kind.TEXT));
            columns.add(new ReportTable.Column("name", "起止", ReportTable.Kind.TEXT));
            columns.addAll(ReportTable.FIGURES);
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(labelled(totals, "本期", period));
            rows.add(labelled(yearOnYear.hall(), "同比期", yearOnYear.period()));
            rows.add(labelled(previousPeriod.hall(), "环比期", previousPeriod.period()));
            return new ReportTable("总体情况", columns, rows);
        }

        private static Map<String, Object> labelled(Figures f, String label, Period p) {
            Map<String, Object> row = ReportTable.row(f);
            row.put("key", label);
            row.put("name", p.from() + "~" + p.to());
            return row;
        }
    }
}
