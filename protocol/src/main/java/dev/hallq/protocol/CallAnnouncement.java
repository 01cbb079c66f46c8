package dev.hallq.protocol;

import java.time.Instant;

/** One call (or recall, 重呼) of a ticket to a window, numbered hall-wide by {@code seq}. */
public record CallAnnouncement(int schema, long seq, String ticketId, String ticketNumber, String serviceId,
                               String serviceName, int window, String windowName, boolean recall, Instant calledAt) {

    public CallAnnouncement {
        Schema.check(schema);
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive, was " + seq);
        }
        Checks.id("ticketId", ticketId);
        Checks.text("ticketNumber", ticketNumber);
        Checks.id("serviceId", serviceId);
        Checks.window("window", window);
        Checks.text("windowName", windowName);
        Checks.present("calledAt", calledAt);
    }

    public CallAnnouncement(long seq, String ticketId, String ticketNumber, String serviceId, String serviceName,
                            int window, String windowName, boolean recall, Instant calledAt) {
        this(Schema.VERSION, seq, ticketId, ticketNumber, serviceId, serviceName, window, windowName, recall, calledAt);
    }
}
