package dev.hallq.hub.devices;

import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.ErrorCode;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which devices the hub takes requests from. A revoked device is always refused; an unregistered one only when
 * the hub runs with {@code --require-registered-devices} (off by default, so a hall works as soon as its devices
 * are plugged in). Registrations, revocations and restorations are kept in the {@link DeviceBook} with an audit
 * line, and take effect on the next message the device sends: the gateway asks {@link #refusal} for each.
 */
public final class DeviceAdmission {
    private final DeviceBook book;
    private final Clock clock;
    private final boolean requireRegistered;
    private final Map<String, RegisteredDevice> known = new ConcurrentHashMap<>();

    public DeviceAdmission(DeviceBook book, Clock clock, boolean requireRegistered) {
        this.book = book;
        this.clock = clock;
        this.requireRegistered = requireRegistered;
        book.all().forEach(d -> known.put(d.id(), d));
    }

    /** A change the registry cannot make: {@code UNKNOWN_DEVICE} (404) or a conflict with its state (409). */
    public static final class Refused extends RuntimeException {
        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }

        public boolean notFound() {
            return code.equals("UNKNOWN_DEVICE");
        }
    }

    /** Why a message from this device is refused (code and message for its reply), or empty when it is taken. */
    public Optional<Refusal> refusal(String deviceId) {
        RegisteredDevice d = known.get(deviceId);
        if (d != null && d.revoked()) {
            return Optional.of(new Refusal(ErrorCode.DEVICE_REVOKED, "device " + deviceId + " was revoked at "
                    + d.revokedAt() + " by " + d.revokedBy() + ": " + d.reason()));
        }
        if (d == null && requireRegistered) {
            return Optional.of(new Refusal(ErrorCode.DEVICE_NOT_REGISTERED, "device " + deviceId
                    + " is not registered with this hall; an administrator registers it (POST /api/devices)"));
        }
        return Optional.empty();
    }

    /** Why a device is refused: the reply's error code and message. */
    public record Refusal(ErrorCode code, String message) {
    }

    /** True when the hub may send this device work (print jobs). */
    public boolean admits(String deviceId) {
        return refusal(deviceId).isEmpty();
    }

    public boolean requireRegistered() {
        return requireRegistered;
    }

    public List<RegisteredDevice> registered() {
        return known.values().stream().sorted(java.util.Comparator.comparing(RegisteredDevice::id)).toList();
    }

    public Optional<RegisteredDevice> find(String id) {
        return Optional.ofNullable(known.get(id));
    }

    /** Registers a device (the caller fills {@code kind} from the device's own status when it was heard of). */
    public synchronized RegisteredDevice register(String actor, String id, DeviceKind kind, Integer window, String name) {
        RegisteredDevice old = known.get(id);
        if (old != null) {
            throw new Refused(old.revoked() ? "REVOKED" : "EXISTS", "device " + id + " is already registered"
                    + (old.revoked() ? " and revoked; POST /api/devices/" + id + "/restore takes it back" : ""));
        }
        RegisteredDevice d = RegisteredDevice.registered(id, kind, window, name, actor, now());
        keep(d, new AuditEntry(d.registeredAt(), actor, "DEVICE_REGISTERED", "device/" + id,
                d.kind() + (d.window() == null ? "" : " window " + d.window()) + (d.name() == null ? "" : " " + d.name())));
        return d;
    }

    /**
     * Revokes a device. One that was heard of but never registered is registered and revoked in one step, so a
     * stray device can be shut out too; {@code heardKind} is its kind then (null: not heard of, 404).
     */
    public synchronized RegisteredDevice revoke(String actor, String id, String reason, DeviceKind heardKind) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required to revoke a device");
        }
        RegisteredDevice old = known.get(id);
        if (old == null && heardKind == null) {
            throw new Refused("UNKNOWN_DEVICE", "no device " + id + " is registered or has been heard of");
        }
        if (old != null && old.revoked()) {
            throw new Refused("ALREADY_REVOKED", "device " + id + " was already revoked at " + old.revokedAt()
                    + " by " + old.revokedBy());
        }
        java.time.Instant now = now();
        RegisteredDevice base = old != null ? old : RegisteredDevice.registered(id, heardKind, null, null, actor, now);
        RegisteredDevice d = base.revoke(actor, now, reason);
        keep(d, new AuditEntry(now, actor, "DEVICE_REVOKED", "device/" + id, d.reason()));
        return d;
    }

    public synchronized RegisteredDevice restore(String actor, String id) {
        RegisteredDevice old = known.get(id);
        if (old == null) {
            throw new Refused("UNKNOWN_DEVICE", "no device " + id + " is registered");
        }
        if (!old.revoked()) {
            throw new Refused("NOT_REVOKED", "device " + id + " is not revoked");
        }
        RegisteredDevice d = old.restore();
        keep(d, new AuditEntry(now(), actor, "DEVICE_RESTORED", "device/" + id,
                "was revoked: " + old.reason()));
        return d;
    }

    /** Now, to the millisecond the database keeps. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Stored first (with its audit line); the gateway sees it from the next message on. */
    private void keep(RegisteredDevice d, AuditEntry audit) {
        book.save(d, audit);
        known.put(d.id(), d);
    }
}
