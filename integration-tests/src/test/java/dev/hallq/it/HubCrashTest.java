package dev.hallq.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of a hub under load, then a restart on the same database: everything the hub announced
 * (a reply saying a ticket was issued, called, finished or rated) is there after the restart, no number
 * is given twice, and the windows carry on.
 */
class HubCrashTest {
    private static final HallTopics TOPICS = new HallTopics("H1");
    private static final String[] SERVICES = {"social-security", "real-estate", "business", "residence"};
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> announced = new ConcurrentHashMap<>();
    @TempDir
    Path dir;
    private Process hub;
    private MqttProbe probe;
    private int brokerPort;
    private int httpPort;

    @AfterEach
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (hub != null) {
            hub.destroyForcibly();
        }
    }

    @Test
    void everythingAnnouncedBeforeAKillIsStillThereAfterTheRestart() throws Exception {
        brokerPort = freePort();
        httpPort = freePort();
        hub = startHub();
        probe = MqttProbe.listen("tcp://127.0.0.1:" + brokerPort, "hall/H1/dev/+/down/#");

        ExecutorService load = Executors.newFixedThreadPool(7);
        load.submit(this::kiosk);
        for (int window = 1; window <= 6; window++) {
            int w = window;
            load.submit(() -> staff(w));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> announced.values().stream()
                .filter("RATED"::equals).count() >= 10);
        hub.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        load.shutdownNow();
        load.awaitTermination(10, TimeUnit.SECONDS);
        Map<String, String> before = new HashMap<>(announced);

        hub = startHub();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> get("/api/health").statusCode() == 200);
        Map<String, JsonNode> stored = new HashMap<>();
        for (JsonNode t : Json.mapper().readTree(get("/api/tickets").body())) {
            stored.put(t.path("id").asText(), t);
        }
        assertThat(before).isNotEmpty();
        before.forEach((id, step) -> {
            JsonNode t = stored.get(id);
            assertThat(t).as("ticket %s announced %s", id, step).isNotNull();
            switch (step) {
                case "CALLED" -> assertThat(t.path("calledAt").isMissingNode()).as(id + " called").isFalse();
                case "FINISHED" -> assertThat(t.path("state").asText()).as(id).isEqualTo("FINISHED");
                case "RATED" -> assertThat(t.path("rating").asText()).as(id + " rating").isEqualTo("SATISFIED");
                default -> { }
            }
        });
        List<String> numbers = stored.values().stream().map(t -> t.path("number").asText()).toList();
        assertThat(numbers).doesNotHaveDuplicates();

        probe.close();
        probe = MqttProbe.listen("tcp://127.0.0.1:" + brokerPort, "hall/H1/dev/+/down/#");
        probe.publish(TOPICS.device("K9", Topic.TICKET_REQUEST), new TicketRequest("after", null, SERVICES[0], null, false));
        Reply after = probe.awaitMessage(TOPICS.device("K9", Topic.REPLY), Reply.class, r -> "after".equals(r.requestId()));
        assertThat(numbers).doesNotContain(after.ticket().number());
    }

    /** A kiosk taking tickets one after another; each issued number it is told of counts as announced. */
    private void kiosk() {
        int n = 0;
        while (!Thread.currentThread().isInterrupted()) {
            String id = "k-" + n;
            probe.publish(TOPICS.device("K1", Topic.TICKET_REQUEST), new TicketRequest(id, null, SERVICES[n % 4], null, false));
            n++;
            Reply r = reply("K1", id, Duration.ofMillis(500));
            if (r != null && r.ok()) {
                announced.putIfAbsent(r.ticket().id(), "ISSUED");
            }
        }
    }

    /** Staff at one window: next, finish, and the citizen rates; each step counts once it is answered. */
    private void staff(int window) {
        String pad = "E" + window;
        int n = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Reply next = command(pad, window, StaffAction.NEXT, "n" + n);
            if (next == null || !next.ok()) {
                n++;
                continue;
            }
            announced.put(next.ticket().id(), "CALLED");
            Reply done = command(pad, window, StaffAction.FINISH, "f" + n);
            if (done == null || !done.ok()) {
                return;
            }
            announced.put(done.ticket().id(), "FINISHED");
            String rid = "r" + n;
            probe.publish(TOPICS.device(pad, Topic.RATING), new RatingSubmission(rid, null, done.ticket().id(), window,
                    RatingLevel.SATISFIED, List.of(), null, Instant.now()));
            Reply rated = reply(pad, rid, Duration.ofSeconds(5));
            if (rated == null || !rated.ok()) {
                return;
            }
            announced.put(done.ticket().id(), "RATED");
            n++;
        }
    }

    private Reply command(String pad, int window, StaffAction action, String id) {
        probe.publish(TOPICS.device(pad, Topic.STAFF_COMMAND), new StaffCommand(id, null, window, action, null));
        return reply(pad, id, Duration.ofSeconds(5));
    }

    private Reply reply(String device, String requestId, Duration within) {
        try {
            return probe.awaitMessage(TOPICS.device(device, Topic.REPLY), Reply.class,
                    r -> requestId.equals(r.requestId()), within);
        } catch (AssertionError timeout) {
            return null;
        }
    }

    private Process startHub() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HubProcess.class.getName(),
                Integer.toString(brokerPort), Integer.toString(httpPort), dir.resolve("hall.db").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("hub-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
