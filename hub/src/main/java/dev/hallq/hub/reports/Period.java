package dev.hallq.hub.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, {@code [from, to]} both included, at most {@value #MAX_DAYS} days (a year, leap or
 * not): a report of several years would be several reports.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs from and to");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("from-to covers " + (ChronoUnit.DAYS.between(from, to) + 1)
                    + " days; a report covers at most " + MAX_DAYS);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The twelve months ending with {@code last}, for the charts of a monthly report. */
    public static Period twelveMonthsTo(YearMonth last) {
        return new Period(last.minusMonths(11).atDay(1), last.atEndOfMonth());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** 同比: the same days a year before. */
    public Period yearBefore() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    /**
     * 环比: the period just before, of the same length; whole calendar months go back by as many calendar months
     * (March's 环比 is February, not the 31 days before March).
     */
    public Period previous() {
        if (wholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return new Period(from.minusMonths(months), from.minusDays(1));
        }
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
