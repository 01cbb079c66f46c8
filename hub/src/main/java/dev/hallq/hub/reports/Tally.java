package dev.hallq.hub.reports;

import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.protocol.RatingLevel;

import java.time.Duration;
import java.util.Arrays;

/** The running count of one row while a report reads the period's tickets; {@link #figures} ends it. */
final class Tally {
    private long issued;
    private long served;
    private long missed;
    private long expired;
    private final Durations waits = new Durations();
    private final Durations handling = new Durations();
    private long rated;
    private long satisfied;
    private long bad;
    private long cases;
    private long rectified;
    private long calledBack;
    private long overdue;
    private long extended;
    private long weekend;
    private long checkIns;
    private long noShows;
    private long bundleTickets;
    private long bundleSteps;

    void ticket(Ticket t, RatingLevel rating, boolean extendedService, boolean weekendDay,
                CaseOutcomes.CaseOutcome caseOutcome) {
        issued++;
        if (t.bundleId() != null) {
            bundleTickets++;
        }
        if (t.calledAt() != null) {
            waits.add(Duration.between(t.issuedAt(), t.calledAt()).toSeconds());
        }
        switch (t.state()) {
            case FINISHED -> {
                served++;
                if (t.calledAt() != null && t.finishedAt() != null) {
                    handling.add(Duration.between(t.calledAt(), t.finishedAt()).toSeconds());
                }
                if (extendedService) {
                    extended++;
                }
                if (weekendDay) {
                    weekend++;
                }
            }
            case MISSED -> missed++;
            case EXPIRED -> expired++;
            default -> {
                // waiting, called or cancelled: issued only
            }
        }
        if (rating != null) {
            rated++;
            if (!rating.isBad()) {
                satisfied++;
            } else {
                bad++;
            }
        }
        if (caseOutcome != null && !caseOutcome.withdrawn()) {
            cases++;
            rectified += caseOutcome.rectified() ? 1 : 0;
            calledBack += caseOutcome.calledBack() ? 1 : 0;
            overdue += caseOutcome.overdue() ? 1 : 0;
        }
    }

    void bundleStep() {
        bundleSteps++;
    }

    void appointment(boolean checkedIn, boolean noShow) {
        checkIns += checkedIn ? 1 : 0;
        noShows += noShow ? 1 : 0;
    }

    Figures figures(String key, String name, boolean withAppointments) {
        return new Figures(key, name, issued, served, missed, expired, waits.average(), waits.p90(),
                handling.average(), handling.p90(), rated, rate(rated, served), satisfied, rate(satisfied, rated), bad,
                cases, rectified, rate(rectified, cases), calledBack, rate(calledBack, cases), overdue, extended, weekend,
                withAppointments ? checkIns : null, withAppointments ? noShows : null, bundleTickets, bundleSteps);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    /** Seconds, kept as a growing array of ints (a year of a city hall: a million, 4 MB). */
    static final class Durations {
        private int[] values = new int[16];
        private int size;

        void add(long seconds) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = (int) Math.max(0, Math.min(Integer.MAX_VALUE, seconds));
        }

        Double average() {
            if (size == 0) {
                return null;
            }
            long sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return Math.round(sum * 10.0 / size) / 10.0;
        }

        /** The nearest-rank 90th percentile: the smallest value at least 90% of the values are at or below. */
        Long p90() {
            if (size == 0) {
                return null;
            }
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(0.9 * size);
            return (long) sorted[rank - 1];
        }
    }
}
