package dev.hallq.kiosk;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;

import java.io.IOException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * One broker and one hub double shared by a test class: an {@link MqttProbe} that hears every device of
 * every hall, and a link for the hub's retained topics (a probe publishes only non-retained messages).
 * Each test works in a hall of its own ({@link KioskHall}), so nothing leaks between tests.
 */
final class TestHub implements AutoCloseable {
    final EmbeddedBroker broker;
    final MqttProbe probe;
    final PahoMqttLink retained;

    TestHub() throws IOException {
        broker = EmbeddedBroker.start("127.0.0.1", 0);
        probe = MqttProbe.listen(broker.uri(), "hall/+/dev/+/up/+");
        retained = new PahoMqttLink(LinkSettings.of(broker.uri(), "hub-retained"));
        retained.start();
        await().atMost(Duration.ofSeconds(10)).until(retained::isConnected);
    }

    @Override
    public void close() {
        probe.close();
        retained.close();
        broker.close();
    }
}
