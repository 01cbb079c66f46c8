package dev.hallq.agent.mqtt;

import dev.hallq.broker.EmbeddedBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PahoMqttLinkTest {
    private final java.util.Deque<AutoCloseable> toClose = new java.util.concurrent.ConcurrentLinkedDeque<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void aChineseMessageReachesASubscriber() throws Exception {
        EmbeddedBroker broker = broker(0);
        List<String> received = new CopyOnWriteArrayList<>();
        PahoMqttLink screen = link(broker.uri(), "screen");
        screen.subscribe("hall/H1/calls", (topic, payload) -> received.add(new String(payload, StandardCharsets.UTF_8)));
        screen.start();
        PahoMqttLink hub = link(broker.uri(), "hub");
        hub.start();
        await().until(() -> screen.isConnected() && hub.isConnected());

        hub.publish("hall/H1/calls", "请A001号到3号窗口办理".getBytes(StandardCharsets.UTF_8), false);

        await().until(() -> received.contains("请A001号到3号窗口办理"));
    }

    @Test
    void messagesPublishedBeforeTheBrokerExistsArriveOnceItStarts() throws Exception {
        int port = freePort();
        List<String> received = new CopyOnWriteArrayList<>();
        PahoMqttLink pad = link("tcp://127.0.0.1:" + port, "pad");
        pad.start();
        // retained, so the assertion does not race the pad's reconnect against the hub's subscription: what is
        // tested is that the outbox reaches the broker once it exists
        pad.publish("hall/H1/dev/E3/up/rating", "r1".getBytes(StandardCharsets.UTF_8), true);
        assertThat(pad.isConnected()).isFalse();
        assertThat(pad.pending()).isEqualTo(1);

        EmbeddedBroker broker = broker(port);
        PahoMqttLink hub = link(broker.uri(), "hub");
        hub.subscribe("hall/H1/dev/+/up/+", (topic, payload) -> received.add(topic));
        hub.start();
        await().until(hub::isConnected);

        await().atMost(Duration.ofSeconds(15)).until(() -> received.contains("hall/H1/dev/E3/up/rating"));
        assertThat(pad.pending()).isZero();
    }

    @Test
    void subscriptionsComeBackAfterTheBrokerRestarts() throws Exception {
        EmbeddedBroker broker = broker(0);
        int port = broker.port();
        List<String> received = new CopyOnWriteArrayList<>();
        List<Boolean> reconnects = new CopyOnWriteArrayList<>();
        PahoMqttLink screen = link(broker.uri(), "screen");
        screen.subscribe("hall/H1/calls", (topic, payload) -> received.add(new String(payload, StandardCharsets.UTF_8)));
        screen.addConnectionListener(reconnects::add);
        screen.start();
        await().until(screen::isConnected);

        broker.close();
        toClose.remove(broker);
        await().until(() -> !screen.isConnected());
        EmbeddedBroker again = broker(port);
        await().atMost(Duration.ofSeconds(15)).until(screen::isConnected);
        PahoMqttLink hub = link(again.uri(), "hub");
        hub.start();
        await().until(hub::isConnected);
        hub.publish("hall/H1/calls", "A002".getBytes(StandardCharsets.UTF_8), false);

        await().until(() -> received.contains("A002"));
        assertThat(reconnects).containsExactly(false, true);
    }

    @Test
    void theLastWillIsPublishedWhenALinkDiesWithoutGoodbye() throws Exception {
        EmbeddedBroker broker = broker(0);
        List<String> statuses = new CopyOnWriteArrayList<>();
        PahoMqttLink hub = link(broker.uri(), "hub");
        hub.subscribe("hall/H1/dev/+/up/status", (t, p) -> statuses.add(new String(p, StandardCharsets.UTF_8)));
        hub.start();
        LinkSettings withWill = LinkSettings.of(broker.uri(), "kiosk").withWill(
                new LinkSettings.Will("hall/H1/dev/K1/up/status", "OFFLINE".getBytes(StandardCharsets.UTF_8)));
        PahoMqttLink kiosk = track(new PahoMqttLink(withWill));
        kiosk.start();
        kiosk.publish("hall/H1/dev/K1/up/status", "ONLINE".getBytes(StandardCharsets.UTF_8), true);
        await().until(() -> statuses.contains("ONLINE")); // the hub's subscription is in place

        assertThat(broker.dropClient("kiosk")).isTrue();

        await().until(() -> statuses.contains("OFFLINE"));
    }

    @Test
    void aHandlerThatThrowsDoesNotStopLaterMessages() throws Exception {
        EmbeddedBroker broker = broker(0);
        List<String> received = new CopyOnWriteArrayList<>();
        PahoMqttLink screen = link(broker.uri(), "screen");
        screen.subscribe("t/#", (topic, payload) -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            if (text.equals("boom")) {
                throw new IllegalStateException("handler failure on purpose");
            }
            received.add(text);
        });
        screen.start();
        await().until(screen::isConnected);

        screen.publish("t/1", "boom".getBytes(StandardCharsets.UTF_8), false);
        screen.publish("t/1", "fine".getBytes(StandardCharsets.UTF_8), false);

        await().until(() -> received.contains("fine"));
        assertThat(screen.isConnected()).isTrue();
    }

    @Test
    void quickHandlersRunAsMessagesArriveAndAreNotHeldUpByASlowHandler() throws Exception {
        EmbeddedBroker broker = broker(0);
        java.util.concurrent.CountDownLatch printing = new java.util.concurrent.CountDownLatch(1);
        List<String> quick = new CopyOnWriteArrayList<>();
        List<String> quickThreads = new CopyOnWriteArrayList<>();
        List<String> slow = new CopyOnWriteArrayList<>();
        PahoMqttLink device = link(broker.uri(), "screen");
        device.subscribe("hall/H1/dev/P1/down/print", (topic, payload) -> {
            slow.add(new String(payload, StandardCharsets.UTF_8));
            try {
                printing.await(); // a printer busy for as long as the test wants
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        device.subscribeQuick("hall/H1/window/+/state", (topic, payload) -> {
            quick.add(new String(payload, StandardCharsets.UTF_8));
            quickThreads.add(Thread.currentThread().getName());
        });
        device.start();
        PahoMqttLink hub = link(broker.uri(), "hub");
        hub.start();
        await().until(() -> device.isConnected() && hub.isConnected());

        hub.publish("hall/H1/dev/P1/down/print", "job-1".getBytes(StandardCharsets.UTF_8), false);
        await().until(() -> slow.contains("job-1"));
        for (int i = 1; i <= 20; i++) {
            hub.publish("hall/H1/window/3/state", ("s" + i).getBytes(StandardCharsets.UTF_8), false);
        }

        await().until(() -> quick.size() == 20);
        assertThat(quick).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "s" + i).toList());
        assertThat(quickThreads).allMatch(name -> !name.startsWith("mqtt-in-"), "not the link's delivery thread");
        assertThat(slow).containsExactly("job-1");
        printing.countDown();
    }

    @Test
    void a_latest_only_subscription_is_made_at_qos_0_and_hears_the_retained_copy_first() throws Exception {
        EmbeddedBroker broker = broker(0);
        List<EmbeddedBroker.Subscribed> subscribed = new CopyOnWriteArrayList<>();
        broker.hearSubscriptions("test", subscribed::add);
        PahoMqttLink hub = link(broker.uri(), "hub");
        hub.start();
        await().until(hub::isConnected);
        hub.publish("hall/H1/hub/status", "up-1".getBytes(StandardCharsets.UTF_8), true);
        PahoMqttLink screen = link(broker.uri(), "screen");
        List<String> heard = new CopyOnWriteArrayList<>();
        screen.subscribeLatest("hall/H1/hub/status", (topic, payload) -> heard.add(new String(payload, StandardCharsets.UTF_8)));
        screen.subscribe("hall/H1/calls", (topic, payload) -> heard.add(new String(payload, StandardCharsets.UTF_8)));
        screen.start();

        await().until(() -> heard.contains("up-1"));
        hub.publish("hall/H1/hub/status", "up-2".getBytes(StandardCharsets.UTF_8), true);
        await().until(() -> heard.contains("up-2"));
        await().untilAsserted(() -> assertThat(subscribed).filteredOn(s -> s.clientId().equals("screen"))
                .extracting(EmbeddedBroker.Subscribed::filter, EmbeddedBroker.Subscribed::qos)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("hall/H1/hub/status", 0),
                        org.assertj.core.groups.Tuple.tuple("hall/H1/calls", 1)));
    }

    private EmbeddedBroker broker(int port) throws Exception {
        return track(EmbeddedBroker.start("127.0.0.1", port));
    }

    private PahoMqttLink link(String uri, String clientId) {
        return track(new PahoMqttLink(LinkSettings.of(uri, clientId)));
    }

    private <T extends AutoCloseable> T track(T c) {
        toClose.addFirst(c);
        return c;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
