package dev.hallq.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A citizen's rating pressed on a window's pad. A pad that was offline resends it later with the same
 * {@code requestId}; the hub keeps one rating per ticket.
 */
public record RatingSubmission(int schema, String requestId, String replyTo, String ticketId, int window,
                               RatingLevel level, List<String> reasons, String comment, Instant ratedAt)
        implements Request {

    public RatingSubmission {
        Schema.check(schema);
        Request.requestId(requestId);
        Checks.id("ticketId", ticketId);
        Checks.window("window", window);
        Checks.present("level", level);
        Checks.present("ratedAt", ratedAt);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (comment != null && comment.length() > 500) {
            throw new IllegalArgumentException("comment must be at most 500 characters");
        }
    }

    public RatingSubmission(String requestId, String replyTo, String ticketId, int window, RatingLevel level,
                            List<String> reasons, String comment, Instant ratedAt) {
        this(Schema.VERSION, requestId, replyTo, ticketId, window, level, reasons, comment, ratedAt);
    }
}
