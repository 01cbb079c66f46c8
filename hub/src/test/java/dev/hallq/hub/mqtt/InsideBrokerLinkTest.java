package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.broker.EmbeddedBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InsideBrokerLinkTest {
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    @AfterEach
    void closeAll() throws Exception {
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }

    @Test
    void theHubHearsWhatDevicesPublishInTheOrderTheySentIt() throws Exception {
        EmbeddedBroker broker = keep(EmbeddedBroker.start("127.0.0.1", 0));
        InsideBrokerLink hub = keep(new InsideBrokerLink(broker, "hub-H1"));
        List<String> heard = new CopyOnWriteArrayList<>();
        hub.subscribeQuick("hall/H1/dev/+/up/+", (topic, payload) ->
                heard.add(topic.split("/")[3] + ":" + new String(payload, StandardCharsets.UTF_8)));
        hub.subscribe("hall/H1/other", (topic, payload) -> heard.add("other"));
        hub.start();
        PahoMqttLink pad = device(broker, "E3");

        for (int i = 1; i <= 50; i++) {
            pad.publish("hall/H1/dev/E3/up/staff", ("键" + i).getBytes(StandardCharsets.UTF_8), false);
        }

        await().until(() -> heard.size() == 50);
        assertThat(heard).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).mapToObj(i -> "E3:键" + i).toList());
    }

    @Test
    void devicesGetWhatTheHubPublishesAndLateComersItsRetainedState() throws Exception {
        EmbeddedBroker broker = keep(EmbeddedBroker.start("127.0.0.1", 0));
        InsideBrokerLink hub = keep(new InsideBrokerLink(broker, "hub-H1"));
        hub.start();
        List<String> screen = new CopyOnWriteArrayList<>();
        PahoMqttLink early = device(broker, "S3");
        early.subscribe("hall/H1/window/3/state", (topic, payload) -> screen.add(new String(payload, StandardCharsets.UTF_8)));
        await().until(early::isConnected);
        await().untilAsserted(() -> { // the subscription is made while connecting: publish until it is in place
            hub.publish("hall/H1/window/3/state", "叫号 A001".getBytes(StandardCharsets.UTF_8), true);
            assertThat(screen).contains("叫号 A001");
        });

        hub.publish("hall/H1/window/4/state", "空闲".getBytes(StandardCharsets.UTF_8), true);
        List<String> late = new CopyOnWriteArrayList<>();
        PahoMqttLink lateScreen = device(broker, "S4");
        lateScreen.subscribe("hall/H1/window/4/state", (topic, payload) -> late.add(new String(payload, StandardCharsets.UTF_8)));
        await().until(() -> late.contains("空闲"));

        hub.publish("hall/H1/window/4/state", new byte[0], true); // the window was removed from the hall
        List<String> afterRemoval = new CopyOnWriteArrayList<>();
        PahoMqttLink another = device(broker, "S4b");
        another.subscribe("hall/H1/window/+/state", (topic, payload) -> afterRemoval.add(topic));
        await().until(() -> afterRemoval.contains("hall/H1/window/3/state"));
        assertThat(afterRemoval).doesNotContain("hall/H1/window/4/state");
    }

    @Test
    void aFailingHandlerDoesNotStopLaterMessagesAndAClosedLinkNeitherHearsNorThrows() throws Exception {
        EmbeddedBroker broker = keep(EmbeddedBroker.start("127.0.0.1", 0));
        InsideBrokerLink hub = new InsideBrokerLink(broker, "hub-H1");
        List<String> heard = new CopyOnWriteArrayList<>();
        hub.subscribe("hall/H1/dev/+/up/+", (topic, payload) -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            if (text.equals("bad")) {
                throw new IllegalStateException("a handler's bug");
            }
            heard.add(text);
        });
        hub.start();
        assertThat(hub.isConnected()).isTrue();
        PahoMqttLink kiosk = device(broker, "K1");
        kiosk.publish("hall/H1/dev/K1/up/ticket", "bad".getBytes(StandardCharsets.UTF_8), false);
        kiosk.publish("hall/H1/dev/K1/up/ticket", "good".getBytes(StandardCharsets.UTF_8), false);
        await().until(() -> heard.contains("good"));

        hub.close();
        hub.publish("hall/H1/hub/status", "gone".getBytes(StandardCharsets.UTF_8), true);
        kiosk.publish("hall/H1/dev/K1/up/ticket", "after".getBytes(StandardCharsets.UTF_8), false);
        List<String> status = new CopyOnWriteArrayList<>();
        PahoMqttLink probe = device(broker, "probe");
        probe.subscribe("hall/H1/#", (topic, payload) -> status.add(topic));
        await().untilAsserted(() -> { // the probe's subscription is made while it connects: mark until it hears
            probe.publish("hall/H1/probe", "marker".getBytes(StandardCharsets.UTF_8), false);
            assertThat(status).contains("hall/H1/probe");
        });
        assertThat(hub.isConnected()).isFalse();
        assertThat(status).doesNotContain("hall/H1/hub/status");
        assertThat(heard).containsExactly("good");
    }

    private PahoMqttLink device(EmbeddedBroker broker, String id) {
        PahoMqttLink link = keep(new PahoMqttLink(LinkSettings.of(broker.uri(), id)));
        link.start();
        await().until(link::isConnected);
        return link;
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.push(c);
        return c;
    }
}
