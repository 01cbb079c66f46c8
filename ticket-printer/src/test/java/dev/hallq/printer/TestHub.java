package dev.hallq.printer;

import static org.awaitility.Awaitility.await;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.protocol.Json;
import java.time.Duration;

/**
 * A broker and the hub's side of it, shared by the tests of one class: an {@link MqttProbe} hearing
 * what every device of every hall publishes, and a link for the hub's retained topics (a probe
 * publishes only non-retained messages).
 */
final class TestHub implements AutoCloseable {
    final EmbeddedBroker broker;
    final MqttProbe probe;
    private final PahoMqttLink retained;

    TestHub() throws Exception {
        broker = EmbeddedBroker.start("127.0.0.1", 0);
        probe = MqttProbe.listen(broker.uri(), "hall/+/dev/+/up/+");
        retained = new PahoMqttLink(LinkSettings.of(broker.uri(), "test-hub-retained"));
        retained.start();
        await().atMost(Duration.ofSeconds(10)).until(retained::isConnected);
    }

    void publishRetained(String topic, Object payload) {
        retained.publish(topic, Json.write(payload), true);
    }

    @Override
    public void close() {
        probe.close();
        retained.close();
        broker.close();
    }
}
