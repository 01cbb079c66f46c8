package dev.hallq.hub.queue;

/** What a staff action did: the window's new desk, the ticket concerned and the call, if one was made. */
public record StaffOutcome(WindowDesk desk, Ticket ticket, CallRecord call) {
}
