package dev.hallq.hub.reports;

import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.config.BundleConfig;
import dev.hallq.hub.config.HallCalendar;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.QueuePolicy;
import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.config.StaffConfig;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.Issued;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.hub.queue.StaffOutcome;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.JdbcHallStore;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * THE test of the reports: a county hall's October, minute by minute on a moved clock, driven through the real
 * {@link QueueEngine} on a SQLite store: seeded random citizens for four services of three departments and a 一件事
 * bundle, five windows with A and B staff handing over, lunch pauses, no-shows, ratings with bad ones and their
 * cases, 周末不打烊 for one service on Saturdays and Sundays, a 调休 Saturday worked, two holidays, serving past
 * closing (延时服务), bookings checked in and missed, and one evening left unserved until day end.
 * <p>
 * The simulation keeps its own tally of every visit from what it did and was answered; every figure of the
 * month's reports, by hall, department, service, window and staff, the series and the rankings, must equal what
 * that tally gives.
 */
class HallMonthReportTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"));
    private static final LocalDate WORKED_SATURDAY = LocalDate.parse("2026-10-10");
    private static final LocalDate LEFT_UNSERVED = LocalDate.parse("2026-10-20");
    private static final Map<String, String> DEPARTMENTS = Map.of("social", "人力资源和社会保障局",
            "estate", "自然资源和规划局", "residence", "公安局");
    private static final List<String> WALK_INS = List.of("social", "social", "estate", "residence", "tax", "restaurant");

    @TempDir
    Path dir;

    /** One citizen's visit as the simulation saw it. */
    private static final class Visit {
        final String id;
        final LocalDate day;
        final String row;
        final boolean bundle;
        final Instant issued;
        Instant firstCall;
        Instant ended;
        Integer window;
        String staff;
        TicketState end;
        RatingLevel rating;
        boolean extended;
        CaseOutcomes.CaseOutcome outcome;
        final List<Object[]> steps = new ArrayList<>();

        Visit(Ticket t, String row) {
            this.id = t.id();
            this.day = t.day();
            this.row = row;
            this.bundle = t.bundleId() != null;
            this.issued = t.issuedAt();
        }

        String department() {
            return bundle ? Dimension.BUNDLE_DEPARTMENT : DEPARTMENTS.getOrDefault(row, Dimension.NO_DEPARTMENT);
        }
    }

    /** A booking as the simulation made it and what became of it. */
    private record Booking(String code, String service, LocalDate day, LocalTime slot, Citizen citizen, boolean comes) {
    }

    private final Map<String, Visit> visits = new LinkedHashMap<>();
    private final List<Booking> bookings = new ArrayList<>();
    private final Map<String, Appointment.State> bookingEnds = new HashMap<>();
    private final Map<Integer, String> onDuty = new TreeMap<>();
    private final Map<Integer, LocalDateTime> busyUntil = new HashMap<>();
    private final Map<Integer, Boolean> lunched = new HashMap<>();
    private int refusedClosed;
    private int citizenSerial;

    @Test
    void everyFigureOfTheMonthEqualsWhatTheSimulationDid() throws Refusal {
        MutableClock clock = new MutableClock(MONTH.atDay(1).atTime(8, 0).atZone(BEIJING).toInstant(), BEIJING);
        HallConfig hall = hall();
        try (HallStore store = JdbcHallStore.sqlite(dir.resolve("month.db"))) {
            QueueEngine engine = new QueueEngine(hall, store, clock);
            Random random = new Random(202610);
            for (int w = 1; w <= 5; w++) {
                onDuty.put(w, hall.window(w).orElseThrow().staff().staffNo());
            }
            for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
                simulate(engine, clock, day, random);
            }
            clock.set(MONTH.atEndOfMonth().plusDays(1).atTime(0, 5).atZone(BEIJING).toInstant());
            expire(engine.tick());
            engine.flush();

            assertThat(visits.values()).allSatisfy(v -> assertThat(v.end).as(v.id).isNotNull());
            sanity();
            org.slf4j.LoggerFactory.getLogger(HallMonthReportTest.class).info("simulated month: {} visits, {} bookings, "
                    + "{} refused closed; the hall's figures: {}", visits.size(), bookings.size(), refusedClosed,
                    expected(Dimension.HALL, Map.of()).get("hall"));

            Reports reports = new Reports(() -> hall, store, this::casesBetween);
            Period october = Period.month(MONTH);
            for (Dimension d : Dimension.SUMMARY) {
                Reports.Summary summary = reports.summary(october, d);
                Map<String, Figures> actual = new TreeMap<>();
                summary.rows().forEach(f -> actual.put(f.key(), f));
                Map<String, Figures> expected = expected(d, actual);
                assertThat(actual.keySet()).as(d.name()).isEqualTo(expected.keySet());
                for (String key : expected.keySet()) {
                    assertThat(actual.get(key)).as(d + " " + key).isEqualTo(expected.get(key));
                }
                assertThat(summary.hall()).as("the hall's totals by " + d).isEqualTo(expected(Dimension.HALL,
                        Map.of("hall", summary.hall())).get("hall"));
                assertThat(summary.yearOnYear().hall().issued()).isZero();
                assertThat(summary.previousPeriod().hall().issued()).isZero();
            }
            checkSeries(reports, october);
            checkRankings(reports, october, hall);
            checkMonthly(reports);
        }
    }

    // ---------------------------------------------------------------- the simulation

    private void simulate(QueueEngine engine, MutableClock clock, LocalDate day, Random random) throws Refusal {
        lunched.clear();
        busyUntil.clear();
        for (LocalDateTime t = day.atTime(8, 30); t.isBefore(day.atTime(22, 0)) && !dayDone(engine, t); t = t.plusMinutes(1)) {
            clock.set(t.atZone(BEIJING).toInstant());
            expire(engine.tick());
            LocalTime now = t.toLocalTime();
            if (now.equals(LocalTime.of(8, 40))) {
                book(engine, day, random);
            }
            checkIns(engine, t);
            arrivals(engine, t, random);
            for (int w = 1; w <= 5; w++) {
                staffMinute(engine, w, t, random);
            }
            engine.flush();
        }
        // bookings whose check-in window closed unused are no-shows of the day
        for (Booking b : bookings) {
            if (b.day().equals(day) && !bookingEnds.containsKey(b.code())) {
                bookingEnds.put(b.code(), Appointment.State.NO_SHOW);
            }
        }
    }

    private boolean dayDone(QueueEngine engine, LocalDateTime t) {
        if (t.toLocalTime().isBefore(LocalTime.of(17, 0))) {
            return false;
        }
        boolean serving = engine.desks().stream().anyMatch(d -> d.phase() == WindowPhase.CALLING);
        boolean waiting = List.of("social", "estate", "residence", "tax").stream().anyMatch(s -> engine.waitingFor(s) > 0);
        return !serving && (!waiting || t.toLocalDate().equals(LEFT_UNSERVED));
    }

    private void expire(List<Ticket> expired) {
        for (Ticket t : expired) {
            Visit v = visits.get(t.id());
            v.end = TicketState.EXPIRED;
            v.ended = t.finishedAt();
        }
    }

    /** Each open morning, citizens book 预约 for 不动产 one or two days ahead; about one in four will not come. */
    private void book(QueueEngine engine, LocalDate day, Random random) {
        for (int i = 0; i < 3; i++) {
            LocalDate on = day.plusDays(1 + random.nextInt(2));
            LocalTime slot = LocalTime.of(9 + random.nextInt(7), random.nextBoolean() ? 0 : 30);
            Citizen citizen = citizen();
            try {
                Appointment a = engine.book("estate", on, slot, citizen);
                if (MONTH.equals(YearMonth.from(on))) {
                    bookings.add(new Booking(a.code(), "estate", on, slot, citizen, random.nextInt(4) != 0));
                }
            } catch (Refusal r) {
                assertThat(r.code()).as(r.getMessage()).isEqualTo(ErrorCode.SERVICE_CLOSED);
            }
        }
    }

    private Citizen citizen() {
        citizenSerial++;
        return new Citizen(Citizen.withCheckDigit(String.format("34010219800101%03d", citizenSerial % 1000)),
                "市民" + citizenSerial, LocalDate.parse("1980-01-01"));
    }

    /** Booked citizens who come check in ten minutes before their slot, by the booking's code. */
    private void checkIns(QueueEngine engine, LocalDateTime t) throws Refusal {
        for (Booking b : bookings) {
            if (b.comes() && b.day().equals(t.toLocalDate()) && b.slot().minusMinutes(10).equals(t.toLocalTime())) {
                Issued issued = engine.issue("estate", false, "K1", b.citizen(), b.code());
                assertThat(issued.ticket().appointmentAt()).isNotNull();
                visits.put(issued.ticket().id(), new Visit(issued.ticket(), "estate"));
                bookingEnds.put(b.code(), Appointment.State.CHECKED_IN);
            }
        }
    }

    /** Walk-ins: a few early, the 10–11 peak, quiet at lunch; kiosks refuse closed services. */
    private void arrivals(QueueEngine engine, LocalDateTime t, Random random) {
        LocalTime now = t.toLocalTime();
        double perMinute = now.isBefore(LocalTime.of(10, 0)) ? 0.35 : now.isBefore(LocalTime.of(11, 0)) ? 0.9
                : now.isBefore(LocalTime.of(12, 0)) ? 0.5 : now.isBefore(LocalTime.of(13, 30)) ? 0.15 : 0.4;
        int n = poisson(perMinute, random);
        for (int i = 0; i < n; i++) {
            String service = WALK_INS.get(random.nextInt(WALK_INS.size()));
            try {
                Issued issued = engine.issue(service, random.nextDouble() < 0.05, "K" + (1 + random.nextInt(2)));
                visits.put(issued.ticket().id(), new Visit(issued.ticket(), service));
            } catch (Refusal r) {
                assertThat(r.code()).as(r.getMessage()).isEqualTo(ErrorCode.SERVICE_CLOSED);
                refusedClosed++;
            }
        }
    }

    private static int poisson(double mean, Random random) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** A window's minute: hand over to the B staff on even afternoons, lunch, finish or no-show, rate, call next. */
    private void staffMinute(QueueEngine engine, int window, LocalDateTime t, Random random) throws Refusal {
        LocalTime now = t.toLocalTime();
        WindowPhase phase = engine.desk(window).phase();
        if (window == 1 && phase != WindowPhase.CALLING) {
            String wanted = t.getDayOfMonth() % 2 == 0 && !now.isBefore(LocalTime.of(13, 0)) ? "0901" : "0101";
            if (!wanted.equals(onDuty.get(1))) {
                engine.act(StaffCommand.staff("h", 1, StaffAction.HAND_OVER, wanted));
                onDuty.put(1, wanted);
            }
        }
        if (phase == WindowPhase.PAUSED) {
            if (!now.isBefore(LocalTime.of(13, 0))) {
                engine.act(window, StaffAction.RESUME, null);
            }
            return;
        }
        if (phase == WindowPhase.CALLING) {
            if (t.isBefore(busyUntil.get(window))) {
                return;
            }
            end(engine, window, t, random);
            return;
        }
        if ((window == 3 || window == 5) && !lunched.containsKey(window) && !now.isBefore(LocalTime.of(12, 0))
                && !weekend(t.toLocalDate())) {
            lunched.put(window, true);
            engine.act(window, StaffAction.PAUSE, "午休");
            return;
        }
        if (t.toLocalDate().equals(LEFT_UNSERVED) && !now.isBefore(LocalTime.of(16, 0))) {
            return; // that afternoon the staff stop calling with citizens still waiting: they expire at day end
        }
        try {
            StaffOutcome called = engine.act(window, StaffAction.NEXT, null);
            Visit v = visits.get(called.ticket().id());
            if (v.firstCall == null) {
                v.firstCall = called.ticket().calledAt();
            }
            v.window = window;
            v.staff = onDuty.get(window);
            busyUntil.put(window, t.plusMinutes(3 + random.nextInt(12)));
        } catch (Refusal empty) {
            assertThat(empty.code()).isEqualTo(ErrorCode.QUEUE_EMPTY);
        }
    }

    private void end(QueueEngine engine, int window, LocalDateTime t, Random random) throws Refusal {
        Ticket held = engine.heldBy(window).orElseThrow();
        Visit v = visits.get(held.id());
        if (random.nextDouble() < 0.05) {
            engine.act(window, StaffAction.NO_SHOW, null);
            v.end = TicketState.MISSED;
            v.ended = engine.clock().instant();
            return;
        }
        StaffOutcome done = engine.act(window, StaffAction.FINISH, null);
        if (done.ticket().state() == TicketState.WAITING) { // a 一件事 step: on to the next window
            v.steps.add(new Object[]{window, onDuty.get(window)});
            return;
        }
        v.end = TicketState.FINISHED;
        v.ended = done.ticket().finishedAt();
        v.extended = !t.toLocalTime().isBefore(weekend(t.toLocalDate()) ? LocalTime.NOON : LocalTime.of(17, 0));
        if (random.nextDouble() < 0.85) {
            double r = random.nextDouble();
            RatingLevel level = r < 0.6 ? RatingLevel.VERY_SATISFIED : r < 0.8 ? RatingLevel.SATISFIED
                    : r < 0.9 ? RatingLevel.BASICALLY_SATISFIED : r < 0.96 ? RatingLevel.DISSATISFIED
                    : RatingLevel.VERY_DISSATISFIED;
            Instant now = engine.clock().instant();
            engine.rate(new RatingRecord(held.id(), "rate-" + held.id(), window, "E" + window, level,
                    level.isBad() ? List.of("efficiency") : List.of(), null, now, now));
            v.rating = level;
            if (level.isBad()) {
                v.outcome = new CaseOutcomes.CaseOutcome(v.id, random.nextDouble() < 0.7, random.nextDouble() < 0.8,
                        random.nextDouble() < 0.15, random.nextDouble() < 0.1);
            }
        }
    }

    /** The case book of this month: the outcome the simulation decided for each bad rating. */
    private List<CaseOutcomes.CaseOutcome> casesBetween(LocalDate from, LocalDate to) {
        return visits.values().stream().filter(v -> v.outcome != null && !v.day.isBefore(from) && !v.day.isAfter(to))
                .map(v -> v.outcome).toList();
    }

    private static boolean weekend(LocalDate day) {
        return (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                && !day.equals(WORKED_SATURDAY);
    }

    /** The month must have had everything the reports count, or the test would prove little. */
    private void sanity() {
        List<Visit> all = List.copyOf(visits.values());
        assertThat(all.size()).as("a county month").isBetween(2_000, 6_000);
        assertThat(all.stream().filter(v -> v.extended)).as("延时服务").isNotEmpty();
        assertThat(all.stream().filter(v -> v.end == TicketState.FINISHED && weekend(v.day))).as("weekend served").isNotEmpty();
        assertThat(all.stream().filter(v -> v.day.equals(WORKED_SATURDAY))).as("the 调休 Saturday").hasSizeGreaterThan(50);
        assertThat(all.stream().filter(v -> HOLIDAYS.contains(v.day))).as("holidays").isEmpty();
        assertThat(refusedClosed).as("kiosks refused on holidays, weekends and after hours").isPositive();
        assertThat(all.stream().filter(v -> v.end == TicketState.MISSED)).isNotEmpty();
        assertThat(all.stream().filter(v -> v.end == TicketState.EXPIRED)).as("the evening left unserved").isNotEmpty();
        assertThat(all.stream().filter(v -> v.rating != null && v.rating.isBad())).hasSizeGreaterThan(10);
        assertThat(all.stream().filter(v -> v.outcome != null && v.outcome.withdrawn())).isNotEmpty();
        assertThat(all.stream().filter(v -> !v.steps.isEmpty())).as("一件事 steps").isNotEmpty();
        assertThat(bookingEnds.values()).contains(Appointment.State.CHECKED_IN, Appointment.State.NO_SHOW);
        assertThat(all.stream().map(v -> v.staff).filter("0901"::equals)).as("the B staff served").isNotEmpty();
    }

    // ---------------------------------------------------------------- the tally

    /** The rows of a dimension as the tally gives them; names are taken from {@code actual} (checked elsewhere). */
    private Map<String, Figures> expected(Dimension d, Map<String, Figures> actual) {
        Function<Visit, String> key = switch (d) {
            case HALL -> v -> "hall";
            case DEPARTMENT -> Visit::department;
            case SERVICE -> v -> v.row;
            case WINDOW -> v -> v.window == null ? null : v.window.toString();
            case STAFF -> v -> v.staff;
            default -> throw new IllegalArgumentException(d.name());
        };
        Map<String, List<Visit>> rows = new TreeMap<>();
        Map<String, Long> steps = new TreeMap<>();
        for (Visit v : visits.values()) {
            String k = key.apply(v);
            if (k != null) {
                rows.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
            if (v.bundle) {
                List<Object[]> done = new ArrayList<>(v.steps);
                if (v.end == TicketState.FINISHED) {
                    done.add(new Object[]{v.window, v.staff});
                }
                for (Object[] s : done) {
                    String sk = switch (d) {
                        case HALL -> "hall";
                        case WINDOW -> s[0].toString();
                        case STAFF -> (String) s[1];
                        default -> null;
                    };
                    if (sk != null) {
                        steps.merge(sk, 1L, Long::sum);
                    }
                }
            }
        }
        boolean bookingRows = d == Dimension.HALL || d == Dimension.DEPARTMENT || d == Dimension.SERVICE;
        Map<String, long[]> booked = new TreeMap<>();
        if (bookingRows) {
            for (Booking b : bookings) {
                String k = d == Dimension.HALL ? "hall" : d == Dimension.SERVICE ? b.service() : DEPARTMENTS.get(b.service());
                long[] c = booked.computeIfAbsent(k, x -> new long[2]);
                Appointment.State end = bookingEnds.get(b.code());
                c[0] += end == Appointment.State.CHECKED_IN ? 1 : 0;
                c[1] += end == Appointment.State.NO_SHOW ? 1 : 0;
            }
        }
        java.util.Set<String> keys = new java.util.TreeSet<>(rows.keySet());
        keys.addAll(steps.keySet());
        keys.addAll(booked.keySet());
        Map<String, Figures> out = new TreeMap<>();
        for (String k : keys) {
            List<Visit> vs = rows.getOrDefault(k, List.of());
            long served = count(vs, v -> v.end == TicketState.FINISHED);
            long rated = count(vs, v -> v.rating != null);
            long satisfied = count(vs, v -> v.rating != null && !v.rating.isBad());
            List<CaseOutcomes.CaseOutcome> cases = vs.stream().map(v -> v.outcome)
                    .filter(c -> c != null && !c.withdrawn()).toList();
            long rectified = cases.stream().filter(CaseOutcomes.CaseOutcome::rectified).count();
            long calledBack = cases.stream().filter(CaseOutcomes.CaseOutcome::calledBack).count();
            long[] waits = vs.stream().filter(v -> v.firstCall != null)
                    .mapToLong(v -> Duration.between(v.issued, v.firstCall).toSeconds()).toArray();
            long[] handling = vs.stream().filter(v -> v.end == TicketState.FINISHED)
                    .mapToLong(v -> Duration.between(v.firstCall, v.ended).toSeconds()).toArray();
            long[] b = booked.get(k);
            Figures a = actual.get(k);
            out.put(k, new Figures(k, a == null ? null : a.name(), vs.size(), served,
                    count(vs, v -> v.end == TicketState.MISSED), count(vs, v -> v.end == TicketState.EXPIRED),
                    mean(waits), p90(waits), mean(handling), p90(handling), rated, ratio(rated, served), satisfied,
                    ratio(satisfied, rated), rated - satisfied, cases.size(), rectified, ratio(rectified, cases.size()),
                    calledBack, ratio(calledBack, cases.size()), cases.stream().filter(CaseOutcomes.CaseOutcome::overdue).count(),
                    count(vs, v -> v.end == TicketState.FINISHED && v.extended),
                    count(vs, v -> v.end == TicketState.FINISHED && weekend(v.day)),
                    bookingRows ? (b == null ? 0L : b[0]) : null, bookingRows ? (b == null ? 0L : b[1]) : null,
                    count(vs, v -> v.bundle), steps.getOrDefault(k, 0L)));
        }
        return out;
    }

    private static long count(List<Visit> vs, java.util.function.Predicate<Visit> p) {
        return vs.stream().filter(p).count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static Double mean(long[] values) {
        return values.length == 0 ? null : Math.round(Arrays.stream(values).sum() * 10.0 / values.length) / 10.0;
    }

    private static Long p90(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(values.length * 0.9) - 1];
    }

    // ---------------------------------------------------------------- series, rankings, the monthly report

    private void checkSeries(Reports reports, Period october) {
        Figures hall = expected(Dimension.HALL, Map.of()).get("hall");
        Reports.Series months = reports.series(Reports.MONTHLY_TICKETS, Period.twelveMonthsTo(MONTH));
        assertThat(months.points()).hasSize(12);
        assertThat(months.points().get(11)).isEqualTo(new Points.Month("2026-10", hall.issued(), hall.served(), hall.missed()));
        assertThat(months.points().subList(0, 11)).allSatisfy(p -> assertThat(((Points.Month) p).issued()).isZero());
        Reports.Series trend = reports.series(Reports.SATISFACTION_TREND, Period.twelveMonthsTo(MONTH));
        assertThat(trend.points().get(11)).isEqualTo(new Points.Satisfaction("2026-10", hall.rated(), hall.ratingRate(),
                hall.satisfaction(), hall.badRatings()));

        Map<Integer, List<Visit>> byHour = new TreeMap<>();
        visits.values().forEach(v -> byHour.computeIfAbsent(v.issued.atZone(BEIJING).getHour(), h -> new ArrayList<>()).add(v));
        List<Object> hours = new ArrayList<>();
        byHour.forEach((h, vs) -> {
            long[] waits = vs.stream().filter(v -> v.firstCall != null)
                    .mapToLong(v -> Duration.between(v.issued, v.firstCall).toSeconds()).toArray();
            hours.add(new Points.Hour(h, String.format("%02d:00-%02d:00", h, h + 1), vs.size(), mean(waits), p90(waits)));
        });
        assertThat(reports.series(Reports.WAIT_BY_HOUR, october).points()).isEqualTo(hours);

        Map<String, Figures> departments = expected(Dimension.DEPARTMENT, Map.of());
        List<Object> shares = reports.series(Reports.DEPARTMENT_SHARE, october).points();
        assertThat(shares).hasSize(5);
        for (Object p : shares) {
            Points.Share s = (Points.Share) p;
            Figures f = departments.get(s.department());
            assertThat(s).isEqualTo(new Points.Share(s.department(), f.issued(), f.served(), ratio(f.served(), hall.served())));
        }
    }

    /** The ranking as the tally and docs/reports.md's formula give it, worked out here on its own. */
    private void checkRankings(Reports reports, Period october, HallConfig hall) {
        for (Dimension of : List.of(Dimension.STAFF, Dimension.WINDOW)) {
            List<Figures> rows = expected(of, Map.of()).values().stream().filter(f -> f.served() >= 20).toList();
            double maxServed = rows.stream().mapToLong(Figures::served).max().orElseThrow();
            double fastest = rows.stream().mapToDouble(Figures::handlingAvgSeconds).min().orElseThrow();
            double worst = rows.stream().mapToDouble(f -> (double) f.badRatings() / f.served()).max().orElseThrow();
            var w = hall.office().ranking();
            Map<String, Double> scores = new HashMap<>();
            for (Figures f : rows) {
                double score = 100.0 * (w.served() * (f.served() / maxServed)
                        + w.satisfaction() * (f.satisfaction() == null ? 0 : f.satisfaction())
                        + w.ratingRate() * Math.min(1, f.ratingRate())
                        + w.handlingSpeed() * (fastest / f.handlingAvgSeconds())
                        + w.badRatings() * (worst == 0 ? 1 : 1 - ((double) f.badRatings() / f.served()) / worst))
                        / (w.served() + w.satisfaction() + w.ratingRate() + w.handlingSpeed() + w.badRatings());
                scores.put(f.key(), Math.round(score * 100) / 100.0);
            }
            List<String> order = rows.stream().sorted(Comparator.<Figures>comparingDouble(f -> -scores.get(f.key()))
                    .thenComparing(f -> -f.served()).thenComparing(Figures::badRatings)
                    .thenComparing(f -> of == Dimension.WINDOW ? String.format("%09d", Integer.parseInt(f.key())) : f.key()))
                    .map(Figures::key).toList();
            Reports.RankingList ranked = reports.rankings(of, october, 20);
            assertThat(ranked.rows()).extracting(Rankings.Ranked::key).as(of.name()).isEqualTo(order);
            assertThat(ranked.rows()).allSatisfy(r -> assertThat(r.score()).as(r.key()).isEqualTo(scores.get(r.key())));
            assertThat(ranked.rows()).hasSizeGreaterThan(2);
        }
    }

    private void checkMonthly(Reports reports) {
        Reports.Monthly monthly = reports.monthly(MONTH);
        Figures hall = expected(Dimension.HALL, Map.of("hall", monthly.totals())).get("hall");
        assertThat(monthly.totals()).isEqualTo(hall);
        assertThat(monthly.departments()).hasSize(5);
        List<CaseOutcomes.CaseOutcome> cases = casesBetween(MONTH.atDay(1), MONTH.atEndOfMonth());
        long counted = cases.stream().filter(c -> !c.withdrawn()).count();
        assertThat(monthly.cases().cases()).isEqualTo(cases.size());
        assertThat(monthly.cases().counted()).isEqualTo(counted).isEqualTo(hall.cases());
        assertThat(monthly.cases().withdrawn()).isEqualTo(cases.size() - counted);
        assertThat(monthly.cases().rectificationRate()).isEqualTo(hall.rectificationRate());
        assertThat(monthly.cases().badRatings()).isEqualTo(hall.badRatings());
        assertThat(monthly.rankings().get("staff").rows()).hasSizeLessThanOrEqualTo(Reports.MONTHLY_TOP);
        assertThat(monthly.tables()).hasSize(9);
    }

    // ---------------------------------------------------------------- the hall

    private static HallConfig hall() {
        return new HallConfig("H1", "县政务服务中心", BEIJING,
                List.of(new ServiceConfig("social", "A", "社保医保", null, false, false, null, null, DEPARTMENTS.get("social"), null),
                        new ServiceConfig("estate", "B", "不动产登记", null, false, true, null, null, DEPARTMENTS.get("estate"), null),
                        new ServiceConfig("residence", "D", "户籍证照", null, false, false, null, null,
                                DEPARTMENTS.get("residence"), null),
                        new ServiceConfig("tax", "C", "税务", null)),
                List.of(new WindowConfig(1, null, List.of("social"), new StaffConfig("0101", "王芳"), new StaffConfig("0901", "周丽")),
                        new WindowConfig(2, null, List.of("social", "residence"), new StaffConfig("0102", "李强")),
                        new WindowConfig(3, null, List.of("estate"), new StaffConfig("0201", "张伟")),
                        new WindowConfig(4, null, List.of("estate", "tax"), new StaffConfig("0202", "刘洋")),
                        new WindowConfig(5, "5号综合窗口", List.of("tax", "residence", "estate"), new StaffConfig("0301", "陈静"))),
                null, QueuePolicy.DEFAULT,
                new HallCalendar("09:00-17:00", "09:00-12:00", List.of("social"), HOLIDAYS, List.of(WORKED_SATURDAY), 30,
                        HallCalendar.DayEnd.EXPIRE),
                List.of(new BundleConfig("restaurant", "Y", "我要开餐馆", null, List.of("tax", "estate"))), null);
    }
}
