package dev.hallq.hub.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard and its alerts as a manager's browser sees them, with the devices played over a real broker. */
class DashboardOverHttpTest {
    private final HallTopics topics = new HallTopics("H1");
    private final MutableClock clock = MutableClock.at("2026-11-24T02:00:00Z"); // 10:00 in Beijing, a Tuesday
    @TempDir
    Path dir;
    private Hub hub;
    private MqttProbe probe;
    private HubClient admin;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), clock);
        probe = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        probe.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
        admin = HubClient.admin(hub);
    }

    @AfterEach
    void stop() {
        probe.close();
        hub.close();
    }

    @Test
    void onlyManagersDutyManagersAndAdminsSeeTheDashboardAndAcknowledgeAlerts() {
        HubClient anonymous = new HubClient(hub);
        HubClient staff = admin.newAccount(hub, "wang", "STAFF", "0101");
        HubClient manager = admin.newAccount(hub, "li", "MANAGER", null);
        HubClient duty = admin.newAccount(hub, "zhao", "DUTY_MANAGER", null);
        for (String path : List.of("/api/dashboard", "/api/alerts", "/api/alerts?open=true")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(json(staff.get(path)).path("error").asText()).as(path).isEqualTo("FORBIDDEN");
            assertThat(manager.get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(duty.get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
        }
        long id = offlinePrinterAlert();
        assertThat(anonymous.post("/api/alerts/" + id + "/ack", "{}").statusCode()).isEqualTo(401);
        assertThat(staff.post("/api/alerts/" + id + "/ack", "{}").statusCode()).isEqualTo(403);
        assertThat(json(admin.get("/api/alerts/")).isArray()).isTrue();
    }

    @Test
    void anAcknowledgementRecordsWhoOnceAndASecondOneIsAConflict() {
        long id = offlinePrinterAlert();
        HubClient duty = admin.newAccount(hub, "zhao", "DUTY_MANAGER", null);
        HttpResponse<String> first = duty.post("/api/alerts/" + id + "/ack", "{}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).path("acknowledgedBy").asText()).isEqualTo("zhao");
        assertThat(json(first).path("acknowledgedAt").asText()).isEqualTo("2026-11-24T02:00:00Z");

        HttpResponse<String> again = admin.post("/api/alerts/" + id + "/ack", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("error").asText()).isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(json(again).path("message").asText()).contains("zhao");

        assertThat(json(admin.post("/api/alerts/99999/ack", "{}")).path("error").asText()).isEqualTo("UNKNOWN_ALERT");
        assertThat(admin.post("/api/alerts/99999/ack", "{}").statusCode()).isEqualTo(404);
        assertThat(admin.post("/api/alerts/abc/ack", "{}").statusCode()).isEqualTo(400);
        duty.forgetCsrf();
        assertThat(json(duty.post("/api/alerts/" + id + "/ack", "{}")).path("error").asText()).isEqualTo("CSRF");

        JsonNode listed = json(admin.get("/api/alerts?open=true"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("acknowledgedBy").asText()).isEqualTo("zhao");
        assertThat(json(admin.get("/api/alerts?open=false"))).isEmpty();
        assertThat(json(admin.get("/api/alerts?since=2026-11-25"))).isEmpty();
        assertThat(json(admin.get("/api/alerts?since=2026-11-24"))).hasSize(1);
        HttpResponse<String> bad = admin.get("/api/alerts?since=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("message").asText()).contains("since must be");
        assertThat(admin.get("/api/alerts?open=maybe").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/alerts?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theDashboardShowsWhatRealMqttTrafficDidAndPushesAlertsToThePage() throws Exception {
        List<String> pushed = listen();
        List<String> toAnyone = lines(anonymous("/events"));
        probe.publish(topics.device("S1", Topic.DEVICE_STATUS), new DeviceStatus("S1", DeviceKind.WINDOW_SCREEN,
                DeviceState.ONLINE, null, "0.1.0", 1, null, Map.of(), clock.instant()));
        ticket("r-1");
        ticket("r-2");
        staff("E1", "c-1", 1, StaffAction.NEXT);
        CallAnnouncement call = probe.awaitMessage(topics.calls(), CallAnnouncement.class, c -> c.window() == 1);
        probe.publish(topics.device("S1", Topic.CALL_ACK), new CallAck(call.seq(), AckRole.SHOWN, clock.instant()));
        probe.publish(topics.device("P1", Topic.DEVICE_STATUS), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER,
                DeviceState.DEGRADED, "printer: PAPER_OUT", "0.1.0", null, null, Map.of("paper", "OUT"), clock.instant()));
        staff("E2", "c-2", 2, StaffAction.LOG_OUT);
        probe.awaitMessage(topics.device("E2", Topic.REPLY), Reply.class, r -> "c-2".equals(r.requestId()) && r.ok());

        clock.advance(Duration.ofMinutes(12));
        ticket("r-3"); // any stored batch makes the desk check the rules at the new time

        await().untilAsserted(() -> assertThat(openKinds()).contains("PAPER_OUT", "EMPTY_POST"));
        JsonNode d = await().until(() -> json(admin.get("/api/dashboard")),
                b -> device(b, "S1").path("callsAcknowledged").asLong() == 1);
        JsonNode w1 = window(d, 1);
        assertThat(w1.path("state").path("phase").asText()).isEqualTo("CALLING");
        assertThat(w1.path("state").path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(w1.path("state").path("staff").path("name").asText()).isEqualTo("王芳");
        assertThat(w1.path("forSeconds").asLong()).as("served for 12 minutes").isEqualTo(12 * 60);
        JsonNode w2 = window(d, 2);
        assertThat(w2.path("state").path("phase").asText()).isEqualTo("CLOSED");
        assertThat(w2.path("emptyPost").asBoolean()).isTrue();
        assertThat(w2.path("post").path("shouldBeOpen").asBoolean()).isTrue();
        assertThat(window(d, 3).path("emptyPost").asBoolean()).isFalse();

        JsonNode social = StreamSupport.stream(d.path("queues").spliterator(), false)
                .filter(q -> q.path("board").path("id").asText().equals("social-security")).findFirst().orElseThrow();
        assertThat(social.path("board").path("waiting").asInt()).isEqualTo(2);
        assertThat(social.path("line").path("longestNumber").asText()).isEqualTo("A002");
        assertThat(social.path("longestWaitSeconds").asLong()).isEqualTo(12 * 60);

        JsonNode p1 = device(d, "P1");
        assertThat(p1.path("hardware").path("paper").asText()).isEqualTo("OUT");
        assertThat(p1.path("online").asBoolean()).isTrue();
        assertThat(p1.path("lastSeen").asText()).isEqualTo("2026-11-24T02:00:00Z");
        assertThat(StreamSupport.stream(d.path("alerts").spliterator(), false).map(a -> a.path("kind").asText()))
                .contains("PAPER_OUT", "EMPTY_POST");
        assertThat(StreamSupport.stream(d.path("alerts").spliterator(), false)
                .filter(a -> a.path("kind").asText().equals("EMPTY_POST")).findFirst().orElseThrow()
                .path("subject").asText()).isEqualTo("2");

        await().untilAsserted(() -> assertThat(pushed).anySatisfy(line -> assertThat(line)
                .contains("\"type\":\"alert\"", "\"key\":\"PAPER_OUT/P1\"", "打印机 P1 缺纸")));
        await().untilAsserted(() -> assertThat(pushed).anySatisfy(line -> assertThat(line)
                .contains("\"type\":\"queue\"", "\"longestNumber\":\"A002\"")));
        await().untilAsserted(() -> assertThat(pushed).anySatisfy(line -> assertThat(line)
                .contains("\"type\":\"device\"", "\"key\":\"S1\"", "\"callsAcknowledged\":1")));
        assertThat(toAnyone).as("the public stream heard the hall").anySatisfy(line -> assertThat(line).contains("\"type\":\"window\""));
        assertThat(toAnyone).as("but no alert").noneSatisfy(line -> assertThat(line).contains("\"type\":\"alert\""));
    }

    private long offlinePrinterAlert() {
        probe.publish(topics.device("P9", Topic.DEVICE_STATUS), new DeviceStatus("P9", DeviceKind.TICKET_PRINTER,
                DeviceState.OFFLINE, "gone", "0.1.0", null, null, Map.of(), clock.instant()));
        JsonNode alerts = await().until(() -> json(admin.get("/api/alerts?open=true")), a -> a.size() == 1);
        assertThat(alerts.get(0).path("kind").asText()).isEqualTo("DEVICE_OFFLINE");
        assertThat(alerts.get(0).path("subject").asText()).isEqualTo("P9");
        return alerts.get(0).path("id").asLong();
    }

    private List<String> openKinds() {
        return StreamSupport.stream(json(admin.get("/api/alerts?open=true")).spliterator(), false)
                .map(a -> a.path("kind").asText()).toList();
    }

    private void ticket(String requestId) {
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest(requestId, null, "social-security", null,
                false));
        probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> requestId.equals(r.requestId()) && r.ok());
    }

    private void staff(String pad, String requestId, int window, StaffAction action) {
        probe.publish(topics.device(pad, Topic.STAFF_COMMAND), new StaffCommand(requestId, null, window, action, null));
    }

    private static JsonNode window(JsonNode dashboard, int number) {
        return StreamSupport.stream(dashboard.path("windows").spliterator(), false)
                .filter(w -> w.path("state").path("window").asInt() == number).findFirst().orElseThrow();
    }

    private static JsonNode device(JsonNode dashboard, String id) {
        return StreamSupport.stream(dashboard.path("devices").spliterator(), false)
                .filter(x -> x.path("id").asText().equals(id)).findFirst().orElse(com.fasterxml.jackson.databind.node
                        .MissingNode.getInstance());
    }

    /** The office's event stream as a logged-in page hears it, read line by line on a thread of its own. */
    private List<String> listen() throws Exception {
        assertThat(anonymous("/office/events").statusCode()).as("alerts are for logged-in people only").isEqualTo(401);
        return lines(admin.stream("/office/events"));
    }

    private HttpResponse<InputStream> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.httpPort() + path))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static List<String> lines(HttpResponse<InputStream> res) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the hub went away at the end of the test
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
