package dev.hallq.protocol;

import java.util.Map;
import java.util.Optional;

/** The concrete topic names of one hall. */
public record HallTopics(String hallId) {
    /** Heartbeat slots a round of the hub's heartbeat goes through. */
    public static final int BEAT_SLOTS = 10;

    public HallTopics {
        Checks.id("hallId", hallId);
    }

    public String hubStatus() {
        return Topic.HUB_STATUS.format(Map.of("hall", hallId));
    }

    /**
     * The hub's heartbeat for the screens of one slot (0 to {@link #BEAT_SLOTS} - 1). The hub beats one slot after
     * the other, so each screen hears it once a round while the broker sends a tenth of the screens a copy at a
     * time, never all of them at once.
     */
    public String hubBeat(int slot) {
        if (slot < 0 || slot >= BEAT_SLOTS) {
            throw new IllegalArgumentException("beat slot must be 0-" + (BEAT_SLOTS - 1) + ", was " + slot);
        }
        return Topic.HUB_BEAT.format(Map.of("hall", hallId, "slot", Integer.toString(slot)));
    }

    /** The heartbeat slot a device listens to: fixed by its id (its hash, which Java defines for every machine). */
    public static int beatSlotOf(String deviceId) {
        Checks.id("deviceId", deviceId);
        return Math.floorMod(deviceId.hashCode(), BEAT_SLOTS);
    }

    public String services() {
        return Topic.SERVICES.format(Map.of("hall", hallId));
    }

    /** The services' guides (一次性告知), retained. */
    public String guides() {
        return Topic.GUIDES.format(Map.of("hall", hallId));
    }

    public String windowState(int window) {
        Checks.window("window", window);
        return Topic.WINDOW_STATE.format(Map.of("hall", hallId, "window", Integer.toString(window)));
    }

    public String calls() {
        return Topic.CALLS.format(Map.of("hall", hallId));
    }

    public String recentCalls() {
        return Topic.RECENT_CALLS.format(Map.of("hall", hallId));
    }

    /** A topic under one device: {@code hall/{hall}/dev/{device}/up|down/...}. */
    public String device(String deviceId, Topic topic) {
        Checks.id("deviceId", deviceId);
        if (!topic.isDeviceTopic()) {
            throw new IllegalArgumentException(topic + " is not a device topic");
        }
        return topic.format(Map.of("hall", hallId, "device", deviceId));
    }

    /** Filter matching everything every device publishes. */
    public String allDeviceUp() {
        return "hall/" + hallId + "/dev/+/up/+";
    }

    /** The prefix under which a device may be answered. */
    public String deviceDownPrefix(String deviceId) {
        return "hall/" + hallId + "/dev/" + deviceId + "/down/";
    }

    /** Reads a device topic of this hall back into (device, topic); empty for anything else. */
    public Optional<DeviceTopic> parseDeviceTopic(String topic) {
        String[] parts = topic.split("/", -1);
        if (parts.length != 6 || !parts[0].equals("hall") || !parts[1].equals(hallId) || !parts[2].equals("dev")) {
            return Optional.empty();
        }
        for (Topic t : Topic.values()) {
            if (t.isDeviceTopic() && t.pattern().endsWith("/" + parts[4] + "/" + parts[5])) {
                return Optional.of(new DeviceTopic(parts[3], t));
            }
        }
        return Optional.of(new DeviceTopic(parts[3], null));
    }

    /** A device id and which of its topics a message came on; {@code topic} is null when the leaf is unknown. */
    public record DeviceTopic(String deviceId, Topic topic) {
        public boolean known() {
            return topic != null;
        }
    }
}
