package dev.hallq.agent.testing;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;


/**
 * A test's own MQTT client: it watches the hall from outside, records what it hears, and can play a
 * device by publishing raw bytes.
 */
public final class MqttProbe implements AutoCloseable {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final PahoMqttLink link;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    public record Heard(String topic, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public <T> T as(Class<T> type) {
            try {
                return Json.read(payload, type);
            } catch (BadPayload e) {
                throw new AssertionError("payload on " + topic + " is not a " + type.getSimpleName() + ": " + text(), e);
            }
        }
    }

    private MqttProbe(String brokerUri, List<String> filters) {
        link = new PahoMqttLink(LinkSettings.of(brokerUri, "probe-" + IDS.incrementAndGet()));
        filters.forEach(f -> link.subscribe(f, (topic, payload) -> heard.add(new Heard(topic, payload))));
        link.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(link::isConnected);
    }

    /** Connects and subscribes to {@code filters}; returns once connected and subscribed. */
    public static MqttProbe listen(String brokerUri, String... filters) {
        return new MqttProbe(brokerUri, List.of(filters));
    }

    public void publish(String topic, String payload) {
        link.publish(topic, payload.getBytes(StandardCharsets.UTF_8), false);
    }

    public void publish(String topic, Object payload) {
        link.publish(topic, Json.write(payload), false);
    }

    public List<Heard> heard() {
        return new ArrayList<>(heard);
    }

    public List<Heard> on(String topic) {
        return heard.stream().filter(h -> h.topic().equals(topic)).toList();
    }

    /** Every message heard on {@code topic} so far, decoded. */
    public <T> List<T> on(String topic, Class<T> type) {
        return on(topic).stream().map(h -> h.as(type)).toList();
    }

    /** The last message heard on {@code topic}, decoded; empty before the first. */
    public <T> Optional<T> latest(String topic, Class<T> type) {
        List<Heard> there = on(topic);
        return there.isEmpty() ? Optional.empty() : Optional.of(there.get(there.size() - 1).as(type));
    }

    /** Waits until a message on {@code topic} satisfies {@code test}, and returns it decoded. */
    public <T> T awaitMessage(String topic, Class<T> type, Predicate<T> test) {
        return awaitMessage(topic, type, test, Duration.ofSeconds(15));
    }

    public <T> T awaitMessage(String topic, Class<T> type, Predicate<T> test, Duration within) {
        return Awaiting.until(() -> find(topic, type, test), within,
                () -> "no matching " + type.getSimpleName() + " on " + topic + "; heard there: "
                        + on(topic).stream().map(Heard::text).toList());
    }

    private <T> Optional<T> find(String topic, Class<T> type, Predicate<T> test) {
        for (Heard h : heard) {
            if (h.topic().equals(topic)) {
                try {
                    T value = Json.read(h.payload(), type);
                    if (test.test(value)) {
                        return Optional.of(value);
                    }
                } catch (BadPayload e) {
                    // not this one
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        link.close();
    }
}
