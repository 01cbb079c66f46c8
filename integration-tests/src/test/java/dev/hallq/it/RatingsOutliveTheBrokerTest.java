package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.evaluator.EvaluatorAgent;
import dev.hallq.evaluator.EvaluatorSettings;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 好差评 never vanish: a rating pressed while the broker is gone is kept on the pad's disk, survives a restart of
 * the pad, and reaches the hub exactly once when the broker is back.
 */
class RatingsOutliveTheBrokerTest {
    private static final HallTopics TOPICS = new HallTopics("H1");
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    @AfterEach
    void closeAll() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void aRatingMadeWhileTheBrokerIsDownIsDeliveredOnceAfterThePadAndTheBrokerComeBack() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0);
        int port = broker.port();
        Hub hub = later(Hub.start(HubSettings.forTest(dir.resolve("hall.db")).withExternalBroker(broker.uri()),
                Clock.systemUTC()));
        Path outbox = dir.resolve("pad-E3-ratings");
        SimulatedKeypad keys = new SimulatedKeypad();
        EvaluatorAgent pad = EvaluatorAgent.start(EvaluatorSettings.of(agent(broker.uri(), "E3"), 3).withOutbox(outbox),
                keys, Clock.systemUTC());
        String ticketId;
        try (MqttProbe kiosk = MqttProbe.listen(broker.uri(), "hall/H1/#")) {
            await().until(() -> hub.connected() && pad.hubOnline());
            kiosk.publish(TOPICS.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "real-estate", null, false));
            ticketId = kiosk.awaitMessage(TOPICS.device("K1", Topic.REPLY), Reply.class, Reply::ok).ticket().id();
            keys.press(PadKey.NEXT);
            kiosk.awaitMessage(TOPICS.windowState(3), WindowState.class, w -> w.phase() == WindowPhase.CALLING);
            keys.press(PadKey.FINISH);
            kiosk.awaitMessage(TOPICS.windowState(3), WindowState.class, w -> w.phase() == WindowPhase.AWAITING_RATING);
            await().until(() -> get(pad.pageUrl() + "api/state").contains("RATE"));
        }

        broker.close();
        await().until(() -> !pad.hubOnline());
        keys.press(PadKey.DISSATISFIED);
        await().until(() -> pad.ratingsWaiting() == 1);
        assertThat(Files.list(outbox).filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(1);
        pad.close(); // the pad restarts (a power cut) before the broker is back

        SimulatedKeypad again = new SimulatedKeypad();
        EvaluatorAgent restarted = later(EvaluatorAgent.start(EvaluatorSettings.of(agent("tcp://127.0.0.1:" + port, "E3"), 3)
                .withOutbox(outbox), again, Clock.systemUTC()));
        assertThat(restarted.ratingsWaiting()).as("read back from the pad's disk").isEqualTo(1);
        EmbeddedBroker back = later(EmbeddedBroker.start("127.0.0.1", port));

        await().atMost(Duration.ofSeconds(30)).until(() -> restarted.ratingsWaiting() == 0);
        JsonNode row = ticketRow(hub, ticketId);
        assertThat(row.path("rating").asText()).isEqualTo("DISSATISFIED");
        assertThat(Files.list(outbox).filter(f -> f.toString().endsWith(".json")).count()).isZero();
        String metrics = get(hub.url() + "metrics");
        assertThat(metrics).contains("hall_ratings_total{level=\"DISSATISFIED\"} 1.0");
        assertThat(back.port()).isEqualTo(port);
    }

    private JsonNode ticketRow(Hub hub, String id) throws Exception {
        for (JsonNode row : Json.mapper().readTree(get(hub.url() + "api/tickets"))) {
            if (row.path("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no ticket " + id);
    }

    private <T extends AutoCloseable> T later(T thing) {
        running.push(thing);
        return thing;
    }

    private static AgentSettings agent(String broker, String id) {
        return new AgentSettings(broker, "H1", id, "127.0.0.1", 0, true);
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
