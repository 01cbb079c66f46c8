package dev.hallq.hub.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the bad-rating cases of the tickets of a period, for the hall and per department. A withdrawn case
 * (appeal upheld) counts in {@code opened} and {@code withdrawn} only; every rate is over the cases that count
 * ({@code opened - withdrawn}) and is null when none does.
 *
 * @param inWork            cases that count and are not closed yet (an appeal pending included)
 * @param closedOnTime      closed by the end of the deadline day
 * @param overdue           closed late, or still open after the deadline day
 * @param calledBack        cases whose citizen was called back (回访), reached or not
 * @param reached           cases whose citizen was reached on the call-back
 * @param rectificationRate 差评整改率: closed (rectified and closed) ÷ cases that count
 * @param callBackRate      回访率: called back ÷ cases that count
 * @param reachedRate       回访接通率: reached ÷ cases that count
 * @param onTimeRate        按期办结率: closed on time ÷ cases that count
 */
public record CaseFigures(LocalDate from, LocalDate to, int opened, int withdrawn, int inWork, int closed, int closedOnTime,
                          int overdue, int calledBack, int reached, Double rectificationRate, Double callBackRate,
                          Double reachedRate, Double onTimeRate, Map<String, CaseFigures> byDepartment) {

    /** Where a case of a service without a department is counted. */
    public static final String NO_DEPARTMENT = "(none)";

    public static CaseFigures of(LocalDate from, LocalDate to, List<BadRatingCase> cases, Instant now, ZoneId zone) {
        Map<String, List<BadRatingCase>> parts = new TreeMap<>();
        for (BadRatingCase c : cases) {
            parts.computeIfAbsent(c.department() == null ? NO_DEPARTMENT : c.department(), k -> new java.util.ArrayList<>())
                    .add(c);
        }
        Map<String, CaseFigures> departments = new TreeMap<>();
        parts.forEach((d, list) -> departments.put(d, count(from, to, list, now, zone, null)));
        return count(from, to, cases, now, zone, departments);
    }

    private static CaseFigures count(LocalDate from, LocalDate to, List<BadRatingCase> cases, Instant now, ZoneId zone,
                                     Map<String, CaseFigures> departments) {
        int withdrawn = 0;
        int inWork = 0;
        int closed = 0;
        int onTime = 0;
        int overdue = 0;
        int calledBack = 0;
        int reached = 0;
        for (BadRatingCase c : cases) {
            if (c.state() == CaseState.WITHDRAWN) {
                withdrawn++;
                continue;
            }
            boolean late = c.overdue(now, zone);
            if (c.state() == CaseState.CLOSED) {
                closed++;
                onTime += late ? 0 : 1;
            } else {
                inWork++;
            }
            overdue += late ? 1 : 0;
            calledBack += c.calledBack() ? 1 : 0;
            reached += Boolean.TRUE.equals(c.reached()) ? 1 : 0;
        }
        int counted = cases.size() - withdrawn;
        return new CaseFigures(from, to, cases.size(), withdrawn, inWork, closed, onTime, overdue, calledBack, reached,
                rate(closed, counted), rate(calledBack, counted), rate(reached, counted), rate(onTime, counted), departments);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
