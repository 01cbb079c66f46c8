package dev.hallq.hub.devices;

import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every device the hub has heard of: its latest retained status and when it was last heard. */
public final class DeviceRegistry {
    private final Map<String, DeviceStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> acks = new ConcurrentHashMap<>();
    private final Clock clock;
    private final List<java.util.function.Consumer<String>> changed = new java.util.concurrent.CopyOnWriteArrayList<>();

    public DeviceRegistry(Clock clock) {
        this.clock = clock;
    }

    public void status(DeviceStatus status) {
        statuses.put(status.deviceId(), status);
        seen(status.deviceId());
        changed.forEach(l -> l.accept(status.deviceId()));
    }

    /** Tells {@code listener} the id of a device whose status or count of acknowledged calls changed; keep it quick. */
    public void onChange(java.util.function.Consumer<String> listener) {
        changed.add(listener);
    }

    public void seen(String deviceId) {
        lastSeen.put(deviceId, clock.instant());
    }

    public void acked(String deviceId) {
        acks.merge(deviceId, 1L, Long::sum);
        changed.forEach(l -> l.accept(deviceId));
    }

    public List<DeviceView> all() {
        return statuses.values().stream()
                .map(s -> new DeviceView(s.deviceId(), s.kind().name(), s.online(), s.state(), s.reason(),
                        s.version(), s.window(), s.page(), s.hardware(), lastSeen.get(s.deviceId()),
                        acks.getOrDefault(s.deviceId(), 0L)))
                .sorted(Comparator.comparing(DeviceView::kind).thenComparing(DeviceView::id))
                .toList();
    }

    public long online() {
        return statuses.values().stream().filter(DeviceStatus::online).count();
    }

    /** A device as the hall view shows it. {@code callsAcknowledged} counts calls a screen confirmed. */
    public record DeviceView(String id, String kind, boolean online, DeviceState state, String reason,
                             String version, Integer window, String page, Map<String, String> hardware,
                             Instant lastSeen, long callsAcknowledged) {
    }
}
