package dev.hallq.hub.queue;

import java.time.Instant;

/**
 * One line of the append-only event log: every transition with time, window, staff and a reason. The
 * audit trail and, later, the source of every report.
 */
public record HallEvent(long seq, Instant at, String type, String ticketId, Integer window, String staffNo,
                        String detail) {

    public static HallEvent of(Instant at, String type, String ticketId, Integer window, String staffNo, String detail) {
        return new HallEvent(0, at, type, ticketId, window, staffNo, detail);
    }
}
