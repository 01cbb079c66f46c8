package dev.hallq.hub.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which cases a list shows; every field may be null for "any". {@code staffNo} limits a staff member to their own;
 * {@code department} {@value CaseFigures#NO_DEPARTMENT} asks for the cases of services without a department.
 *
 * @param from first ticket day, inclusive
 * @param to   last ticket day, inclusive
 */
public record CaseFilter(CaseState state, String department, Boolean overdue, LocalDate from, LocalDate to, String staffNo) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null);

    public CaseFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    public CaseFilter ofStaff(String staff) {
        return new CaseFilter(state, department, overdue, from, to, staff);
    }

    boolean matches(BadRatingCase c, Instant now, ZoneId zone) {
        return (state == null || c.state() == state)
                && (department == null || department.equals(c.department())
                    || department.equals(CaseFigures.NO_DEPARTMENT) && c.department() == null)
                && (staffNo == null || staffNo.equals(c.staffNo()))
                && (overdue == null || overdue == c.overdue(now, zone));
    }
}
