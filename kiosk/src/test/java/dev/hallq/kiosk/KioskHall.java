package dev.hallq.kiosk;

import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.PrintRequest;
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
import java.util.function.Function;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** One test's kiosk K1 in a hall of its own, and the hub's side of a ticket: the board, the requests, the replies. */
final class KioskHall {
    static final String KIOSK = "K1";
    private static final Instant NOW = PlayedHub.STARTED;

    final PlayedHub hub;
    private KioskAgent kiosk;

    KioskHall(PlayedHub hub) {
        this.hub = hub;
    }

    /** Starts the kiosk, closed when the test ends. */
    KioskAgent startKiosk(String printerId, Duration replyTimeout, IdCardReader reader) {
        kiosk = hub.closeAtEnd(KioskAgent.start(new KioskSettings(hub.agent(KIOSK), printerId, replyTimeout), reader,
                Clock.systemUTC()));
        return kiosk;
    }

    /** Starts a kiosk with printer P1 and waits until it sees the hub online. */
    KioskAgent startOnlineKiosk(Duration replyTimeout) {
        hub.isNow(DeviceState.ONLINE);
        startKiosk("P1", replyTimeout, new SimulatedIdCardReader());
        await().atMost(Duration.ofSeconds(10)).until(kiosk::hubOnline);
        return kiosk;
    }

    /** Retains the hall's service board, as the hub does. */
    void retainBoard() {
        hub.retain(hub.topics().services(), new ServiceBoard(hub.hallId(), "城东政务服务中心", List.of(
                new ServiceQueue("S1", "A", "社保业务", "Social security", 3, true),
                new ServiceQueue("S2", "B", "不动产登记", "Real estate", 0, true)), NOW));
    }

    static TicketInfo ticket(String number, int ahead) {
        return new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", ahead, NOW);
    }

    String requestTopic() {
        return hub.topics().device(KIOSK, Topic.TICKET_REQUEST);
    }

    String replyTopic() {
        return hub.topics().device(KIOSK, Topic.REPLY);
    }

    String printRequestTopic() {
        return hub.topics().device(KIOSK, Topic.PRINT_REQUEST);
    }

    PrintRequest awaitPrintRequest(Predicate<PrintRequest> test) {
        return hub.awaitMessage(printRequestTopic(), PrintRequest.class, test, Duration.ofSeconds(5));
    }

    TicketRequest awaitRequest(Predicate<TicketRequest> test) {
        return hub.awaitMessage(requestTopic(), TicketRequest.class, test, Duration.ofSeconds(5));
    }

    /** Answers the next request for {@code serviceId} the way {@code answer} says, on its replyTo topic. */
    TicketRequest answer(String serviceId, Function<TicketRequest, Reply> answer) {
        TicketRequest request = awaitRequest(r -> r.serviceId().equals(serviceId));
        hub.send(request.replyTo(), answer.apply(request));
        return request;
    }
}
