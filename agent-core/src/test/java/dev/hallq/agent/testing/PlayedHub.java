package dev.hallq.agent.testing;

import dev.hallq.agent.AgentSettings;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The hub as one test plays it, in a hall of the test's own on the run's {@link HubDouble}, so retained
 * messages never leak between tests: it publishes what the hub publishes (its status, retained window
 * states, board and recent calls, live messages) and hears what the devices publish. Devices handed to
 * {@link #closeAtEnd} are closed, newest first, when the test ends. Get one from {@link HubDoubleExtension}.
 */
public final class PlayedHub implements AutoCloseable {
    /** When the hub started, as its status says. */
    public static final Instant STARTED = Instant.parse("2026-11-24T02:00:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private final HubDouble hub;
    private final HallTopics topics;
    private final Deque<AutoCloseable> toClose = new ConcurrentLinkedDeque<>();

    PlayedHub(HubDouble hub, String hallId) {
        this.hub = hub;
        this.topics = new HallTopics(hallId);
    }

    public String hallId() {
        return topics.hallId();
    }

    public HallTopics topics() {
        return topics;
    }

    /** Settings for a device of this hall on the test broker, serving its page on a free port, hardware simulated. */
    public AgentSettings agent(String deviceId) {
        return new AgentSettings(hub.brokerUri(), hallId(), deviceId, "127.0.0.1", 0, true);
    }

    /** Closes {@code device} when the test ends, before anything handed over earlier. */
    public <T extends AutoCloseable> T closeAtEnd(T device) {
        toClose.push(device);
        return device;
    }

    /** The hub's retained status, as the hub publishes it on connect and in its last will. */
    public void isNow(DeviceState state) {
        retain(topics.hubStatus(), new HubStatus(hallId(), state, "test", STARTED, Instant.now()));
    }

    /** Publishes {@code payload} as JSON, retained, as the hub does its status, board, window states and recent calls. */
    public void retain(String topic, Object payload) {
        hub.retain(topic, Json.write(payload));
    }

    /** Publishes a retained payload and waits until the broker has passed it on, i.e. has stored it. */
    public void retainAndConfirm(String topic, Object payload) {
        int before = probe().on(topic).size();
        retain(topic, payload);
        await().atMost(WITHIN).until(() -> probe().on(topic).size() > before);
    }

    /** Publishes {@code payload} as JSON, not retained. */
    public void send(String topic, Object payload) {
        probe().publish(topic, payload);
    }

    /** Publishes {@code text} as it is, not retained: for payloads a device must survive. */
    public void sendRaw(String topic, String text) {
        probe().publish(topic, text);
    }

    /** The probe playing the hub: it hears everything in every hall, from the start of the run. */
    public MqttProbe probe() {
        return hub.probe();
    }

    /** Every message heard on {@code topic} so far, decoded. */
    public <T> List<T> heard(String topic, Class<T> type) {
        return probe().on(topic, type);
    }

    /** Waits until a message on {@code topic} satisfies {@code test}, and returns it decoded. */
    public <T> T awaitMessage(String topic, Class<T> type, Predicate<T> test) {
        return probe().awaitMessage(topic, type, test);
    }

    public <T> T awaitMessage(String topic, Class<T> type, Predicate<T> test, Duration within) {
        return probe().awaitMessage(topic, type, test, within);
    }

    public String statusTopic(String deviceId) {
        return topics.device(deviceId, Topic.DEVICE_STATUS);
    }

    /** Every status {@code deviceId} has published, oldest first. */
    public List<DeviceStatus> statuses(String deviceId) {
        return heard(statusTopic(deviceId), DeviceStatus.class);
    }

    /** Waits until a status {@code deviceId} has published satisfies {@code test}. */
    public DeviceStatus awaitStatus(String deviceId, Predicate<DeviceStatus> test) {
        return awaitMessage(statusTopic(deviceId), DeviceStatus.class, test);
    }

    public Optional<DeviceStatus> latestStatus(String deviceId) {
        return probe().latest(statusTopic(deviceId), DeviceStatus.class);
    }

    /** Waits until the latest status of {@code deviceId} satisfies {@code test}. */
    public DeviceStatus awaitLatestStatus(String deviceId, Predicate<DeviceStatus> test) {
        return Awaiting.until(() -> latestStatus(deviceId).filter(test), WITHIN,
                () -> "latest status of " + deviceId + " never matched; it is " + latestStatus(deviceId));
    }

    /** A new client of the test broker, e.g. to be handed what is retained; closed when the test ends. */
    public MqttProbe listen(String... filters) {
        return closeAtEnd(MqttProbe.listen(hub.brokerUri(), filters));
    }

    /** Drops the device's connection as if its network died: the broker then publishes its last will. */
    public void dropClient(String deviceId) {
        hub.dropClient(agent(deviceId).clientId());
    }

    @Override
    public void close() throws Exception {
        Exception failed = null;
        for (AutoCloseable c = toClose.poll(); c != null; c = toClose.poll()) {
            try {
                c.close();
            } catch (Exception e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
