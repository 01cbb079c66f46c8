package dev.hallq.display;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;

import java.io.IOException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * A broker and a double of the hub, shared by one test class: a probe hearing what every device says
 * (and the hub's retained window states and recent calls, to know they are stored), and a link that
 * publishes the hub's retained topics. Each test plays its own hall ({@link TestHall}).
 */
final class HubDouble implements AutoCloseable {
    final EmbeddedBroker broker;
    final MqttProbe probe;
    final PahoMqttLink retained;

    private HubDouble(EmbeddedBroker broker) {
        this.broker = broker;
        this.probe = MqttProbe.listen(broker.uri(), "hall/+/dev/+/up/+", "hall/+/recent-calls", "hall/+/window/+/state");
        this.retained = new PahoMqttLink(LinkSettings.of(broker.uri(), "hub-double"));
        retained.start();
        await().atMost(Duration.ofSeconds(10)).until(retained::isConnected);
    }

    static HubDouble start() throws IOException {
        return new HubDouble(EmbeddedBroker.start("127.0.0.1", 0));
    }

    @Override
    public void close() {
        probe.close();
        retained.close();
        broker.close();
    }
}
