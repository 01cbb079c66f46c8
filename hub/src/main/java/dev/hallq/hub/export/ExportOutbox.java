package dev.hallq.hub.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The records waiting to be exported, kept in the hall's database so that none is lost when the hub or the target
 * goes down. Each backend passes {@code ExportOutboxContract}.
 */
public interface ExportOutbox {

    /** Queues a record unless one with its id is already there (in any state); true when it was added. */
    boolean enqueue(String id, String payload, Instant at);

    /** The oldest pending records, in order. */
    List<OutboxEntry> pending(int limit);

    /** The target took these records. */
    void delivered(List<String> ids, Instant at);

    /** An attempt failed in a way that may pass (network, 5xx, timeout): the records stay pending. */
    void attemptFailed(List<String> ids, Instant at, String error);

    /** The target refused the record (4xx): it is parked with the answer. */
    void refused(String id, Instant at, String answer);

    /** A parked record goes back to the queue, at its old place; false when it is not parked. */
    boolean retry(String id);

    Optional<OutboxEntry> find(String id);

    /** Records in a state (every state when null), oldest first. */
    List<OutboxEntry> list(OutboxEntry.State state, int limit);

    /** How many records are in each state. */
    Map<OutboxEntry.State, Long> counts();

    /** The last event of the hall's log that the export has read, if it has read any. */
    OptionalLong cursor();

    void cursor(long lastSeq);
}
