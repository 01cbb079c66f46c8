package dev.hallq.hub.config;

import dev.hallq.agent.Remembered;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When the hall issues tickets and serves: weekday hours, weekend hours for the services on the 周末不打烊
 * list, holidays (closed) and adjusted working days (调休: a weekend day worked as a weekday), how long before
 * closing the kiosks stop issuing, and what happens to tickets still waiting at day end.
 *
 * @param weekdays          e.g. {@code 09:00-17:00}
 * @param weekends          hours on Saturdays and Sundays for {@code weekendServices}, or null
 * @param stopIssuingMinutes kiosks stop issuing this long before a service closes
 * @param dayEnd            EXPIRE (tickets still waiting at day end expire) or CARRY_OVER (they wait on)
 * @param booking           the rules of appointments (预约)
 */
public record HallCalendar(String weekdays, String weekends, List<String> weekendServices, List<LocalDate> holidays,
                           List<LocalDate> workdays, int stopIssuingMinutes, DayEnd dayEnd, Booking booking) {

    /**
     * Appointments: slots of {@code slotMinutes}; check-in at the kiosk from {@code checkInEarlyMinutes}
     * before the slot until {@code checkInLateMinutes} after its start (later: a no-show); bookable up to
     * {@code daysAhead} days ahead.
     */
    public record Booking(int slotMinutes, int checkInEarlyMinutes, int checkInLateMinutes, int daysAhead) {
        public static final Booking DEFAULT = new Booking(30, 30, 15, 5);

        public Booking {
            if (slotMinutes < 5 || checkInEarlyMinutes < 0 || checkInLateMinutes < 0 || daysAhead < 0) {
                throw new IllegalArgumentException("calendar.booking: slotMinutes >= 5, the others >= 0");
            }
        }
    }

    public HallCalendar(String weekdays, String weekends, List<String> weekendServices, List<LocalDate> holidays,
                        List<LocalDate> workdays, int stopIssuingMinutes, DayEnd dayEnd) {
        this(weekdays, weekends, weekendServices, holidays, workdays, stopIssuingMinutes, dayEnd, null);
    }

    /** What becomes of tickets still waiting when the day ends. */
    public enum DayEnd { EXPIRE, CARRY_OVER }

    /** Open every day, all day: self-service halls and the demo. */
    public static final HallCalendar ALWAYS_OPEN = new HallCalendar("00:00-24:00", "00:00-24:00", null, null, null, 0,
            DayEnd.EXPIRE, null);

    public HallCalendar {
        Hours.parse("calendar.weekdays", weekdays);
        if (weekends != null) {
            Hours.parse("calendar.weekends", weekends);
        }
        weekendServices = weekendServices == null ? null : List.copyOf(weekendServices);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
        if (stopIssuingMinutes < 0) {
            throw new IllegalArgumentException("calendar.stopIssuingMinutes must not be negative, was " + stopIssuingMinutes);
        }
        dayEnd = dayEnd == null ? DayEnd.EXPIRE : dayEnd;
        booking = booking == null ? Booking.DEFAULT : booking;
    }

    /** The service's hours on {@code date}, or empty when it is closed that day. */
    public Optional<Hours> hours(String serviceId, LocalDate date) {
        if (holidays.contains(date)) {
            return Optional.empty();
        }
        boolean weekend = WEEKEND.contains(date.getDayOfWeek())
                && !workdays.contains(date);
        if (!weekend) {
            return Optional.of(Hours.of(weekdays));
        }
        boolean listed = weekendServices == null || weekendServices.contains(serviceId);
        return weekends != null && listed ? Optional.of(Hours.of(weekends)) : Optional.empty();
    }

    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** Opening and closing time of a day; {@code 24:00} closes at midnight. */
    public record Hours(LocalTime open, LocalTime close, boolean untilMidnight) {
        private static final Pattern FORM = Pattern.compile("\\d{2}:\\d{2}-\\d{2}:\\d{2}");
        /**
         * Hours already read, by their text: the dashboard's alerts ask every window's hours every few seconds, and
         * reading them anew each time made most of the hub's garbage. A hall has a handful of texts.
         */
        private static final Remembered<String, Hours> READ = new Remembered<>(256, text -> parse("hours", text));

        /** Hours of a text the calendar has already checked with {@link #parse}. */
        static Hours of(String text) {
            return READ.get(text);
        }

        static Hours parse(String key, String text) {
            if (text == null || !FORM.matcher(text).matches()) {
                throw new IllegalArgumentException(key + " must look like 09:00-17:00, was '" + text + "'");
            }
            String[] parts = text.split("-");
            LocalTime open = LocalTime.parse(parts[0]);
            boolean midnight = parts[1].equals("24:00");
            LocalTime close = midnight ? LocalTime.MAX : LocalTime.parse(parts[1]);
            if (!close.isAfter(open)) {
                throw new IllegalArgumentException(key + " closes before it opens: '" + text + "'");
            }
            return new Hours(open, close, midnight);
        }

        public boolean covers(LocalTime t) {
            return !t.isBefore(open) && (untilMidnight || t.isBefore(close));
        }

        @Override
        public String toString() {
            return open + "-" + (untilMidnight ? "24:00" : close.toString());
        }
    }
}
