package dev.hallq.hub.store;

import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the hall's state lives durably. Every write method is atomic and has returned only once the
 * change is stored: the hub announces nothing before that. Each backend passes the same contract tests.
 */
public interface HallStore extends AutoCloseable {

    /** Gives the ticket the next number of its service that day, stores it and its event, all at once. */
    Ticket issue(NewTicket request);

    /** Stores ticket changes, window states, calls and their events in one transaction. */
    void apply(Change change);

    /**
     * Stores a rating unless its ticket already has one, with its event.
     *
     * @return the rating stored for the ticket: this one, or the earlier one
     */
    RatingRecord rate(RatingRecord rating, HallEvent event);

    /** Appends events that change no state (device faults, print results). */
    void log(List<HallEvent> events);

    List<Ticket> tickets(LocalDate day);

    Optional<Ticket> ticket(String id);

    List<WindowDesk> windows();

    /** Newest first. */
    List<CallRecord> recentCalls(int limit);

    long lastCallSeq();

    Optional<RatingRecord> rating(String ticketId);

    List<RatingRecord> ratingsOfTicketsOn(LocalDate day);

    /** Events after {@code afterSeq}, oldest first. */
    List<HallEvent> events(long afterSeq, int limit);

    /** A short description for health pages, e.g. {@code sqlite:/var/lib/hall/hall.db}. */
    String describe();

    /** True when a trivial query succeeds. */
    boolean healthy();

    @Override
    void close();
}
