package dev.hallq.hub.queue;

import dev.hallq.protocol.WindowPhase;

import java.time.Instant;

/**
 * What one window is doing, as stored: its phase, the ticket it holds (called, or finished and awaiting
 * its rating), the latest call's sequence number, a pause reason and who is on duty.
 */
public record WindowDesk(int number, WindowPhase phase, String ticketId, long callSeq, String pauseReason,
                         Instant since, String staffNo) {

    public WindowDesk with(WindowPhase newPhase, String newTicketId, long newCallSeq, String reason, Instant at) {
        return new WindowDesk(number, newPhase, newTicketId, newCallSeq, reason, at, staffNo);
    }

    public WindowDesk staffedBy(String staff, WindowPhase newPhase, Instant at) {
        return new WindowDesk(number, newPhase, ticketId, callSeq, null, at, staff);
    }
}
