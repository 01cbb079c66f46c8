package dev.hallq.protocol;

import java.util.Map;
import java.util.Optional;

/** The concrete topic names of one hall. */
public record HallTopics(String hallId) {

    public HallTopics {
        Checks.id("hallId", hallId);
    }

    public String hubStatus() {
        return Topic.HUB_STATUS.format(Map.of("hall", hallId));
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
