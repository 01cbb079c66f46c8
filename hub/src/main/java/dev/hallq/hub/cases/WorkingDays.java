package dev.hallq.hub.cases;

import dev.hallq.hub.config.HallCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days as the hall counts them: Monday to Friday, except the calendar's holidays, plus its 调休 workdays
 * (a Saturday or Sunday worked in exchange for a longer holiday). A date that is listed both as a holiday and as a
 * workday is a holiday, as it is for the hall's opening hours.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(HallCalendar calendar, LocalDate day) {
        if (calendar.holidays().contains(day)) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || calendar.workdays().contains(day);
    }

    /**
     * The {@code count}-th working day after {@code day}: the day of the rating itself never counts, so a rating on
     * a Friday evening with 5 days is due the next Friday, and one on a holiday starts counting after it.
     */
    public static LocalDate after(HallCalendar calendar, LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a deadline needs at least one working day, was " + count);
        }
        LocalDate d = day;
        int left = count;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(calendar, d)) {
                left--;
            }
        }
        return d;
    }
}
