package dev.hallq.hub.cases;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Plays a kiosk, a window's keys and its rating pad over the hub's broker: a citizen served and rating. */
final class HallPlayer implements AutoCloseable {
    private final HallTopics topics = new HallTopics("H1");
    private final MqttProbe probe;
    private final AtomicInteger requests = new AtomicInteger();

    HallPlayer(String brokerUri) {
        probe = MqttProbe.listen(brokerUri, "hall/H1/#");
    }

    /** Issues a ticket of {@code service}, serves it at {@code window} and rates it; returns the ticket id. */
    String serveAndRate(String service, int window, RatingLevel level, String comment) {
        String pad = "E" + window;
        String r = "r-" + requests.incrementAndGet();
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest(r, null, service, null, false));
        Reply issued = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, x -> r.equals(x.requestId()));
        String ticketId = issued.ticket().id();
        String next = "c-" + requests.incrementAndGet();
        probe.publish(topics.device(pad, Topic.STAFF_COMMAND), new StaffCommand(next, null, window, StaffAction.NEXT, null));
        probe.awaitMessage(topics.windowState(window), WindowState.class,
                w -> w.ticket() != null && ticketId.equals(w.ticket().id()) && w.phase() == WindowPhase.CALLING);
        String finish = "c-" + requests.incrementAndGet();
        probe.publish(topics.device(pad, Topic.STAFF_COMMAND), new StaffCommand(finish, null, window, StaffAction.FINISH, null));
        probe.awaitMessage(topics.windowState(window), WindowState.class,
                w -> w.ticket() != null && ticketId.equals(w.ticket().id()) && w.phase() == WindowPhase.AWAITING_RATING);
        String rate = "v-" + requests.incrementAndGet();
        probe.publish(topics.device(pad, Topic.RATING), new RatingSubmission(rate, null, ticketId, window, level,
                level.isBad() ? List.of("态度差") : List.of(), comment, Instant.now()));
        Reply rated = probe.awaitMessage(topics.device(pad, Topic.REPLY), Reply.class, x -> rate.equals(x.requestId()));
        if (!rated.ok()) {
            throw new IllegalStateException("rating refused: " + rated.error() + " " + rated.message());
        }
        return ticketId;
    }

    @Override
    public void close() {
        probe.close();
    }
}
