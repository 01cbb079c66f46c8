package dev.hallq.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * Retained status every agent publishes on connect and on every hardware change; the same
 * shape with {@code state = OFFLINE} is its MQTT last will.
 *
 * @param window   the window the device belongs to (screens, pads), null for hall-wide devices
 * @param page     URL of the device's own web page, if it serves one
 * @param hardware hardware facts by name, e.g. {@code paper=OK}, {@code audio=none}
 */
public record DeviceStatus(int schema, String deviceId, DeviceKind kind, DeviceState state, String reason,
                           String version, Integer window, String page, Map<String, String> hardware, Instant at) {

    public DeviceStatus {
        Schema.check(schema);
        Checks.id("deviceId", deviceId);
        Checks.present("kind", kind);
        Checks.present("state", state);
        Checks.present("at", at);
        if (window != null) {
            Checks.window("window", window);
        }
        hardware = hardware == null ? Map.of() : Map.copyOf(hardware);
    }

    public DeviceStatus(String deviceId, DeviceKind kind, DeviceState state, String reason, String version,
                        Integer window, String page, Map<String, String> hardware, Instant at) {
        this(Schema.VERSION, deviceId, kind, state, reason, version, window, page, hardware, at);
    }

    public boolean online() {
        return state != DeviceState.OFFLINE;
    }

    public DeviceStatus offline(String why, Instant when) {
        return new DeviceStatus(deviceId, kind, DeviceState.OFFLINE, why, version, window, page, hardware, when);
    }
}
