package dev.hallq.hub.dashboard;

import dev.hallq.hub.config.WindowConfig;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Whether a window is a post (the hall names A or B staff for it), whether it should be staffed now (the hall is open
 * for any of its services) and its hours today ({@code 09:00-17:00}, null when it is closed all day).
 */
record WindowPost(int window, boolean post, boolean shouldBeOpen, String hoursToday) {

    static WindowPost of(HallSnapshot hall, WindowConfig w, Instant now) {
        String hours = hall.hoursOf(w, now).map(s -> clock(hall, s.open()) + "-"
                + (s.untilMidnight() ? "24:00" : clock(hall, s.close()))).orElse(null);
        return new WindowPost(w.number(), w.staff() != null || w.backup() != null, hall.shouldBeOpen(w, now), hours);
    }

    private static String clock(HallSnapshot hall, Instant at) {
        return LocalTime.ofInstant(at, hall.hall().zone()).toString();
    }
}
