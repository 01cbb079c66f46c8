package dev.hallq.protocol;

import java.time.Instant;

/** A screen or announcer confirms a call; the device is named by the topic. */
public record CallAck(int schema, long seq, AckRole role, Instant at) {
    public CallAck {
        Schema.check(schema);
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive, was " + seq);
        }
        Checks.present("role", role);
        Checks.present("at", at);
    }

    public CallAck(long seq, AckRole role, Instant at) {
        this(Schema.VERSION, seq, role, at);
    }
}
