package dev.hallq.agent;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Topic;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An agent's retained status: published on every connect and whenever its hardware changes, with an
 * OFFLINE twin as the MQTT last will. Expected faults (paper out, no audio device) are problems that
 * make the status DEGRADED with a reason, never exceptions.
 */
public final class StatusReporter {
    private MqttLink link;
    private final String topic;
    private final String deviceId;
    private final DeviceKind kind;
    private final Integer window;
    private final Clock clock;
    private final Map<String, String> hardware = new TreeMap<>();
    private final Map<String, String> problems = new TreeMap<>();
    private String page;

    public StatusReporter(HallTopics topics, String deviceId, DeviceKind kind, Integer window, Clock clock) {
        this.topic = topics.device(deviceId, Topic.DEVICE_STATUS);
        this.deviceId = deviceId;
        this.kind = kind;
        this.window = window;
        this.clock = clock;
    }

    /** Publishes through {@code mqtt} from now on, and again on every (re)connect. */
    public synchronized void attach(MqttLink mqtt) {
        this.link = mqtt;
        mqtt.addConnectionListener(reconnect -> publish());
    }

    /** The last will to give the link before it connects. */
    public LinkSettings.Will will() {
        DeviceStatus gone = current().offline("connection lost", clock.instant());
        return new LinkSettings.Will(topic, Json.write(gone));
    }

    public synchronized void page(String url) {
        page = url;
        publish();
    }

    /** Records a hardware fact (e.g. {@code paper=OUT}); republishes only when it changed. */
    public synchronized void hardware(String key, String value) {
        if (!value.equals(hardware.put(key, value))) {
            publish();
        }
    }

    /** Marks (reason non-null) or clears (null) a problem; any problem makes the device DEGRADED. */
    public synchronized void problem(String key, String reason) {
        String before = reason == null ? problems.remove(key) : problems.put(key, reason);
        if (!java.util.Objects.equals(before, reason)) {
            publish();
        }
    }

    public synchronized DeviceStatus current() {
        DeviceState state = problems.isEmpty() ? DeviceState.ONLINE : DeviceState.DEGRADED;
        String reason = problems.isEmpty() ? null
                : problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        return new DeviceStatus(deviceId, kind, state, reason, Version.current(), window, page, hardware, clock.instant());
    }

    /** Says goodbye on a clean shutdown, so the hub sees OFFLINE at once rather than after the keep-alive. */
    public synchronized void goodbye() {
        if (link == null) {
            return;
        }
        link.publish(topic, Json.write(current().offline("shut down", clock.instant())), true);
    }

    private synchronized void publish() {
        if (link == null) {
            return;
        }
        link.publish(topic, Json.write(current()), true);
    }
}
