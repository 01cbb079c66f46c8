package dev.hallq.hub.dashboard;

import dev.hallq.hub.store.HallStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts are kept: in the hall's database (table {@code alerts}, migration V8) beside the queue, or in memory
 * for a hub without one. Every backend passes {@code AlertBookContract}.
 */
public interface AlertBook {

    /** Stores a new alert and returns it with its id; a second open alert of the same kind and subject is refused. */
    Alert raise(Alert alert);

    /** Marks an open alert resolved at {@code at}; an alert already resolved keeps its first resolution. */
    void resolve(long id, Instant at);

    /**
     * Records who acknowledged the alert, once: true if this call did it, false if someone had already (or there is no
     * such alert).
     */
    boolean acknowledge(long id, String by, Instant at);

    Optional<Alert> find(long id);

    /** The alerts not resolved yet, oldest first. */
    List<Alert> open();

    /**
     * Alerts newest first: only open ones ({@code open} true), only resolved ones (false) or both (null); raised at or
     * after {@code since} when given; at most {@code limit}.
     */
    List<Alert> list(Boolean open, Instant since, int limit);

    /** The book of a hub: in the store's database when it has one, else in memory. */
    static AlertBook of(HallStore store) {
        return store.sql().<AlertBook>map(SqlAlertBook::new).orElseGet(MemoryAlertBook::new);
    }
}
