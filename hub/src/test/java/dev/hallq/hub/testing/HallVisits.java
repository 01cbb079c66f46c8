package dev.hallq.hub.testing;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays a citizen's visit to the demo hall (H1) over MQTT, as the kiosk, the window's pad and the rating pad do:
 * take a ticket (with or without an ID card), be called and served at a window, rate.
 */
public final class HallVisits {
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private final MqttProbe probe;
    private final HallTopics topics = new HallTopics("H1");
    private final Clock clock;

    public HallVisits(MqttProbe probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
    }

    /** Takes a ticket of the service; returns its id. */
    public String ticket(String serviceId, Citizen citizen) {
        String id = "t-" + REQUESTS.incrementAndGet();
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest(id, null, serviceId, null, false, citizen));
        return ok(topics.device("K1", Topic.REPLY), id).ticket().id();
    }

    /** Window calls the next ticket and finishes it; returns the id of the ticket served. */
    public String serveNext(int window) {
        String next = "c-" + REQUESTS.incrementAndGet();
        probe.publish(topics.device("E" + window, Topic.STAFF_COMMAND), new StaffCommand(next, null, window, StaffAction.NEXT, null));
        String ticketId = ok(topics.device("E" + window, Topic.REPLY), next).ticket().id();
        String finish = "c-" + REQUESTS.incrementAndGet();
        probe.publish(topics.device("E" + window, Topic.STAFF_COMMAND), new StaffCommand(finish, null, window, StaffAction.FINISH, null));
        ok(topics.device("E" + window, Topic.REPLY), finish);
        return ticketId;
    }

    public void rate(int window, String ticketId, RatingLevel level, List<String> reasons, String comment) {
        String id = "v-" + REQUESTS.incrementAndGet();
        probe.publish(topics.device("E" + window, Topic.RATING), new RatingSubmission(id, null, ticketId, window, level,
                reasons, comment, clock.instant()));
        ok(topics.device("E" + window, Topic.REPLY), id);
    }

    /** A whole visit at window 1 (社保): ticket, service, rating; returns the ticket id. */
    public String visit(Citizen citizen, RatingLevel level) {
        ticket("social-security", citizen);
        String served = serveNext(1);
        rate(1, served, level, List.of(), null);
        return served;
    }

    private Reply ok(String topic, String requestId) {
        Reply reply = probe.awaitMessage(topic, Reply.class, r -> requestId.equals(r.requestId()));
        if (!reply.ok()) {
            throw new AssertionError(requestId + " refused: " + reply.error() + " " + reply.message());
        }
        return reply;
    }
}
