package dev.hallq.hub.export;

import java.time.Instant;

/**
 * One record in the export outbox.
 *
 * @param seq         its place: records go out in this order
 * @param id          the record's idempotency key
 * @param payload     the record as JSON, exactly as sent
 * @param attempts    deliveries tried so far (reset by a manual retry)
 * @param lastError   what the last failed attempt got: an exception, or the target's status and answer
 * @param deliveredAt when the target took it, or null
 */
public record OutboxEntry(long seq, String id, String payload, State state, Instant queuedAt, int attempts,
                          Instant lastTryAt, String lastError, Instant deliveredAt) {

    public enum State {
        /** Waiting to be sent, or to be sent again after a failure that may pass. */
        PENDING,
        /** Taken by the target. */
        DELIVERED,
        /** Refused by the target (4xx): parked until a person looks at it and retries. */
        FAILED
    }
}
