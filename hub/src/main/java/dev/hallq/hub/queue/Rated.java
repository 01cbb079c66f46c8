package dev.hallq.hub.queue;

/**
 * A kept rating.
 *
 * @param desk      the window's new desk if the rating released it, else null
 * @param duplicate true when this was a resend of a rating already kept
 */
public record Rated(RatingRecord rating, Ticket ticket, WindowDesk desk, boolean duplicate) {
}
