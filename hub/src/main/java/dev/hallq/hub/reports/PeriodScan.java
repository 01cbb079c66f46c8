package dev.hallq.hub.reports;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.Appointment;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.store.HallStore;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reading of a period from the store: its tickets with their ratings, the 延时服务 finishes and 一件事 steps of
 * the event log, its bookings and the outcomes of its bad-rating cases, counted into rows of each dimension asked.
 */
final class PeriodScan {
    /** The detail the queue writes on a FINISHED event after closing time. */
    static final String EXTENDED_DETAIL = "延时服务";

    private final HallConfig hall;
    private final Period period;
    private final Map<Dimension, Map<String, Tally>> rows = new EnumMap<>(Dimension.class);

    private PeriodScan(HallConfig hall, Period period, Set<Dimension> dimensions) {
        this.hall = hall;
        this.period = period;
        dimensions.forEach(d -> rows.put(d, new HashMap<>()));
    }

    static PeriodScan read(HallStore store, HallConfig hall, CaseOutcomes cases, Period period,
                           Set<Dimension> dimensions) {
        PeriodScan scan = new PeriodScan(hall, period, dimensions);
        scan.run(store, cases);
        return scan;
    }

    private void run(HallStore store, CaseOutcomes caseBook) {
        ZoneId zone = hall.zone();
        Instant start = period.from().atStartOfDay(zone).toInstant();
        // a ticket served past midnight, or carried over (CARRY_OVER) to a later day, ends after its own day: the
        // events of the period's tickets are looked for up to a week after it
        Instant end = period.to().plusDays(8).atStartOfDay(zone).toInstant();
        Set<String> extended = new HashSet<>();
        Map<String, List<HallEvent>> steps = new HashMap<>();
        store.forEachEvent(start, end, Set.of("FINISHED"), EXTENDED_DETAIL, e -> extended.add(e.ticketId()));
        store.forEachEvent(start, end, Set.of("STEP_DONE"), null, e -> {
            if (e.ticketId() != null) {
                steps.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
            }
        });
        Map<String, CaseOutcomes.CaseOutcome> cases = new HashMap<>();
        caseBook.casesOfTicketsBetween(period.from(), period.to()).forEach(c -> cases.put(c.ticketId(), c));
        store.forEachTicket(period.from(), period.to(), (t, rating) -> {
            boolean ext = t.state() == TicketState.FINISHED && extended.contains(t.id());
            boolean weekend = weekend(t.day());
            CaseOutcomes.CaseOutcome outcome = cases.get(t.id());
            for (Map.Entry<Dimension, Map<String, Tally>> d : rows.entrySet()) {
                String key = d.getKey().keyOf(t, hall, zone);
                if (key != null) {
                    d.getValue().computeIfAbsent(key, k -> new Tally())
                            .ticket(t, rating == null ? null : rating.level(), ext, weekend, outcome);
                }
                if (t.bundleId() == null) {
                    continue;
                }
                for (HallEvent step : steps.getOrDefault(t.id(), List.of())) {
                    step(d.getKey(), d.getValue(), step.window(), step.staffNo(), t);
                }
                if (t.state() == TicketState.FINISHED) {
                    step(d.getKey(), d.getValue(), t.window(), t.staffNo(), t);
                }
            }
        });
        for (Appointment a : store.appointmentsBetween(period.from(), period.to())) {
            for (Map.Entry<Dimension, Map<String, Tally>> d : rows.entrySet()) {
                String key = d.getKey().countsAppointments() ? d.getKey().keyOf(a, hall) : null;
                if (key != null) {
                    d.getValue().computeIfAbsent(key, k -> new Tally()).appointment(
                            a.state() == Appointment.State.CHECKED_IN, a.state() == Appointment.State.NO_SHOW);
                }
            }
        }
    }

    private static void step(Dimension d, Map<String, Tally> tallies, Integer window, String staffNo, Ticket t) {
        String key = d.keyOfStep(window, staffNo, t);
        if (key != null) {
            tallies.computeIfAbsent(key, k -> new Tally()).bundleStep();
        }
    }

    /** 周末: a Saturday or Sunday that is not a 调休 working day. */
    private boolean weekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) && !hall.calendar().workdays().contains(day);
    }

    /** The rows of a dimension in the order of its table. */
    List<Figures> rows(Dimension d) {
        Map<String, Tally> tallies = rows.get(d);
        if (tallies == null) {
            throw new IllegalStateException(d + " was not read");
        }
        Comparator<String> order = Comparator.<String>comparingInt(k -> d.orderOf(k, hall)).thenComparing(k -> k);
        if (d == Dimension.HOUR) {
            order = Comparator.comparingInt(Integer::parseInt);
        }
        return tallies.keySet().stream().sorted(order)
                .map(k -> tallies.get(k).figures(k, d.nameOf(k, hall), d.countsAppointments())).toList();
    }

    /** The hall's row; a period without tickets still has one, of zeros. */
    Figures hall() {
        Map<String, Tally> tallies = rows.get(Dimension.HALL);
        return tallies.getOrDefault("hall", new Tally()).figures("hall", hall.name(), true);
    }
}
