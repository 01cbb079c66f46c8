package dev.hallq.hub.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of one row of a report: the hall, a department, a service, a window, a staff member, a month or an
 * hour of the day, over a period. Durations in seconds, rates as fractions 0-1 (rounded to 4 places), null where a
 * rate has nothing to divide by or a figure cannot be attributed to this kind of row. docs/reports.md defines each.
 *
 * @param key  what the row is of: "hall", a department's name, a service or bundle id, a window number, a 工号,
 *             {@code YYYY-MM} or an hour {@code 0-23}
 * @param name the row as people name it (window name, staff name, service name)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Figures(String key, String name, long issued, long served, long missed, long expired,
                      Double waitAvgSeconds, Long waitP90Seconds, Double handlingAvgSeconds, Long handlingP90Seconds,
                      long rated, Double ratingRate, long satisfied, Double satisfaction, long badRatings,
                      long cases, long rectified, Double rectificationRate, long calledBack, Double callbackRate,
                      long casesOverdue, long extendedService, long weekendServed, Long appointmentCheckIns,
                      Long appointmentNoShows, long bundleTickets, long bundleSteps) {
}
