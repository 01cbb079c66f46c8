package dev.hallq.agent.testing;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.broker.EmbeddedBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The hub of a whole test run, played over one embedded broker: an {@link MqttProbe} hearing everything
 * under {@code hall/#} (what the devices publish, and what the hub itself publishes, so a test can tell a
 * retained message is stored), and a link for the hub's retained topics (a probe publishes only
 * non-retained messages). {@link HubDoubleExtension} starts one per run; each test plays it in a hall of
 * its own, a {@link PlayedHub}.
 */
public final class HubDouble implements AutoCloseable {
    private static final AtomicInteger HALLS = new AtomicInteger();

    private final EmbeddedBroker broker;
    private final MqttProbe probe;
    private final PahoMqttLink retained;

    private HubDouble(EmbeddedBroker broker) {
        this.broker = broker;
        this.probe = MqttProbe.listen(broker.uri(), "hall/#");
        this.retained = new PahoMqttLink(LinkSettings.of(broker.uri(), "hub-double"));
        retained.start();
        await().atMost(Duration.ofSeconds(10)).until(retained::isConnected);
    }

    /** Starts a broker on a free port of 127.0.0.1 and connects the hub's probe and retained link to it. */
    public static HubDouble start() {
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start("127.0.0.1", 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the test broker did not start", e);
        }
        try {
            return new HubDouble(broker);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** A hall no other test has used. */
    public PlayedHub newHall() {
        return new PlayedHub(this, "hall" + HALLS.incrementAndGet());
    }

    public String brokerUri() {
        return broker.uri();
    }

    MqttProbe probe() {
        return probe;
    }

    void retain(String topic, byte[] payload) {
        retained.publish(topic, payload, true);
    }

    boolean dropClient(String clientId) {
        return broker.dropClient(clientId);
    }

    @Override
    public void close() {
        probe.close();
        retained.close();
        broker.close();
    }
}
