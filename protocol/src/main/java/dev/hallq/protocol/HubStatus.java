package dev.hallq.protocol;

import java.time.Instant;

/** Retained hub status; its last will says OFFLINE so devices can show that the hub is gone. */
public record HubStatus(int schema, String hallId, DeviceState state, String version, Instant startedAt, Instant at) {

    public HubStatus {
        Schema.check(schema);
        Checks.id("hallId", hallId);
        Checks.present("state", state);
        Checks.present("at", at);
    }

    public HubStatus(String hallId, DeviceState state, String version, Instant startedAt, Instant at) {
        this(Schema.VERSION, hallId, state, version, startedAt, at);
    }
}
