package dev.hallq.protocol;

import java.time.Instant;

/**
 * Retained state of one window, read by its screen and its pad.
 *
 * @param ticket  the ticket being called/served, or the finished one awaiting its rating
 * @param callSeq sequence number of the latest call at this window (0 before the first)
 */
public record WindowState(int schema, int window, String windowName, WindowPhase phase, TicketInfo ticket,
                          StaffInfo staff, long callSeq, String pauseReason, Instant at) {

    public WindowState {
        Schema.check(schema);
        Checks.window("window", window);
        Checks.text("windowName", windowName);
        Checks.present("phase", phase);
        Checks.present("at", at);
        if ((phase == WindowPhase.CALLING || phase == WindowPhase.AWAITING_RATING) && ticket == null) {
            throw new IllegalArgumentException("a window in phase " + phase + " needs its ticket");
        }
    }

    public WindowState(int window, String windowName, WindowPhase phase, TicketInfo ticket, StaffInfo staff,
                       long callSeq, String pauseReason, Instant at) {
        this(Schema.VERSION, window, windowName, phase, ticket, staff, callSeq, pauseReason, at);
    }
}
