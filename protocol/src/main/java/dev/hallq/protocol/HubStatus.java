package dev.hallq.protocol;

import java.time.Instant;

/**
 * Retained hub status; its last will says OFFLINE so devices can show that the hub is gone.
 *
 * @param publicUrl where citizens' phones reach the hub (the kiosk's on-screen QR codes: {@code /t/{ticket}} and
 *                  {@code /guide/{service}}); optional
 */
public record HubStatus(int schema, String hallId, DeviceState state, String version, Instant startedAt, Instant at,
                        String publicUrl) {

    public HubStatus {
        Schema.check(schema);
        Checks.id("hallId", hallId);
        Checks.present("state", state);
        Checks.present("at", at);
    }

    public HubStatus(String hallId, DeviceState state, String version, Instant startedAt, Instant at) {
        this(Schema.VERSION, hallId, state, version, startedAt, at, null);
    }

    public HubStatus(String hallId, DeviceState state, String version, Instant startedAt, Instant at, String publicUrl) {
        this(Schema.VERSION, hallId, state, version, startedAt, at, publicUrl);
    }
}
