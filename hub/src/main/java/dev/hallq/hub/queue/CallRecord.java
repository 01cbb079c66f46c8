package dev.hallq.hub.queue;

import java.time.Instant;

/** One call or recall of a ticket to a window, numbered hall-wide by {@code seq}. */
public record CallRecord(long seq, String ticketId, int window, boolean recall, String staffNo, Instant calledAt) {
}
