package dev.hallq.kiosk;

import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A hall of its own for one test's kiosk, on the class's shared {@link TestHub}: the hub's probe plays
 * the hub, its retained link publishes the board and the hub status.
 */
final class KioskHall implements AutoCloseable {
    private static final AtomicInteger HALLS = new AtomicInteger();
    static final String KIOSK = "K1";
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    final String hallId = "h" + HALLS.incrementAndGet();
    final HallTopics topics = new HallTopics(hallId);
    final EmbeddedBroker broker;
    final MqttProbe hub;
    private final PahoMqttLink retained;
    private KioskAgent kiosk;

    KioskHall(TestHub shared) {
        this.broker = shared.broker;
        this.hub = shared.probe;
        this.retained = shared.retained;
    }

    KioskAgent startKiosk(String printerId, Duration replyTimeout, IdCardReader reader) {
        AgentSettings agent = new AgentSettings(broker.uri(), hallId, KIOSK, "127.0.0.1", 0, true);
        kiosk = KioskAgent.start(new KioskSettings(agent, printerId, replyTimeout), reader, Clock.systemUTC());
        return kiosk;
    }

    /** Starts a kiosk with printer P1 and waits until it sees the hub online. */
    KioskAgent startOnlineKiosk(Duration replyTimeout) {
        hubOnline();
        startKiosk("P1", replyTimeout, new SimulatedIdCardReader());
        await().atMost(Duration.ofSeconds(10)).until(kiosk::hubOnline);
        return kiosk;
    }

    void hubOnline() {
        publishRetained(topics.hubStatus(), new HubStatus(hallId, DeviceState.ONLINE, "test", NOW, NOW));
    }

    void publishRetained(String topic, Object payload) {
        retained.publish(topic, Json.write(payload), true);
    }

    ServiceBoard board() {
        return new ServiceBoard(hallId, "城东政务服务中心", List.of(
                new ServiceQueue("S1", "A", "社保业务", "Social security", 3, true),
                new ServiceQueue("S2", "B", "不动产登记", "Real estate", 0, true)), NOW);
    }

    static TicketInfo ticket(String number, int ahead) {
        return new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", ahead, NOW);
    }

    String requestTopic() {
        return topics.device(KIOSK, Topic.TICKET_REQUEST);
    }

    String replyTopic() {
        return topics.device(KIOSK, Topic.REPLY);
    }

    String statusTopic() {
        return topics.device(KIOSK, Topic.DEVICE_STATUS);
    }

    TicketRequest awaitRequest(Predicate<TicketRequest> test) {
        return hub.awaitMessage(requestTopic(), TicketRequest.class, test, Duration.ofSeconds(5));
    }

    /** Answers the next request for {@code serviceId} the way {@code answer} says, on its replyTo topic. */
    TicketRequest answer(String serviceId, java.util.function.Function<TicketRequest, Reply> answer) {
        TicketRequest request = awaitRequest(r -> r.serviceId().equals(serviceId));
        hub.publish(request.replyTo(), answer.apply(request));
        return request;
    }

    @Override
    public void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
