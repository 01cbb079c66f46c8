package dev.hallq.hub.devices;

import dev.hallq.protocol.DeviceKind;

import java.time.Instant;

/**
 * A device the hall's office has registered: a kiosk, printer, screen or pad whose requests the hub takes. A
 * revoked one ({@code revokedAt} set, with who and why) is refused until it is restored.
 *
 * @param window the window it belongs to (screens, pads), or null for a hall-wide device
 * @param name   what people call it ("东门取号机"), or null
 */
public record RegisteredDevice(String id, DeviceKind kind, Integer window, String name, String registeredBy,
                               Instant registeredAt, String revokedBy, Instant revokedAt, String reason) {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public RegisteredDevice {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a device id is 1-64 letters, digits, '_', '.' or '-', was '" + id + "'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: one of " + java.util.List.of(DeviceKind.values()));
        }
        if (window != null && (window < 1 || window > 9999)) {
            throw new IllegalArgumentException("window must be 1-9999, was " + window);
        }
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > 100) {
            throw new IllegalArgumentException("name must be at most 100 characters");
        }
        if (registeredBy == null || registeredBy.isBlank() || registeredAt == null) {
            throw new IllegalArgumentException("a registration says who and when");
        }
        if ((revokedAt == null) != (revokedBy == null)) {
            throw new IllegalArgumentException("a revocation says who and when");
        }
        if (revokedAt != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("reason is required to revoke a device");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > 500) {
            throw new IllegalArgumentException("reason must be at most 500 characters");
        }
    }

    public static RegisteredDevice registered(String id, DeviceKind kind, Integer window, String name, String by,
                                              Instant at) {
        return new RegisteredDevice(id, kind, window, name, by, at, null, null, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public RegisteredDevice revoke(String by, Instant at, String why) {
        return new RegisteredDevice(id, kind, window, name, registeredBy, registeredAt, by, at, why);
    }

    /** Taken back into service: the revocation is cleared here and stays in the audit trail. */
    public RegisteredDevice restore() {
        return new RegisteredDevice(id, kind, window, name, registeredBy, registeredAt, null, null, null);
    }
}
