package dev.hallq.hub.queue;

/**
 * The result of issuing: the ticket and the people waiting ahead of it.
 *
 * @param reprint the citizen's open ticket for the service, returned again rather than a new one
 */
public record Issued(Ticket ticket, int peopleAhead, boolean reprint) {
}
