package dev.hallq.hub.queue;

import dev.hallq.protocol.RatingLevel;

import java.time.Instant;
import java.util.List;

/**
 * A stored rating (好差评), one per ticket, with what GB/T 39046 table 9 needs: the case (ticket), the
 * channel (a hall terminal: the pad {@code deviceId}), time, level, reasons and text.
 */
public record RatingRecord(String ticketId, String requestId, int window, String deviceId, RatingLevel level,
                           List<String> reasons, String comment, Instant ratedAt, Instant receivedAt) {
    public RatingRecord {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
