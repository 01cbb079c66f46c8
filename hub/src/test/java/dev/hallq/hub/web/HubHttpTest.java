package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HubHttpTest {
    private final HallTopics topics = new HallTopics("H1");
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;
    private Hub hub;
    private dev.hallq.hub.testing.HubClient admin;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void healthNamesBrokerStorageAndUptime() throws Exception {
        HttpResponse<String> res = get("/api/health");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(res.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("broker").path("embedded").asBoolean()).isTrue();
        assertThat(body.path("broker").path("connected").asBoolean()).isTrue();
        assertThat(body.path("storage").path("backend").asText()).startsWith("sqlite:");
        assertThat(body.has("uptimeSeconds")).isTrue();
    }

    @Test
    void theHallListsServicesWindowsAndDevices() throws Exception {
        try (MqttProbe kiosk = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K1/down/#")) {
            kiosk.publish(topics.device("K1", Topic.DEVICE_STATUS), new DeviceStatus("K1", DeviceKind.KIOSK,
                    DeviceState.DEGRADED, "reader: no SAM", "0.1", null, "http://k1/", Map.of("reader", "NO_SAM"), Instant.now()));
            await().until(() -> get("/api/hall").body().contains("no SAM"));
        }
        JsonNode hall = Json.mapper().readTree(get("/api/hall").body());
        assertThat(hall.path("services")).hasSize(5); // four services and one 一件事 bundle
        assertThat(hall.path("windows")).hasSize(6);
        assertThat(hall.path("windows").get(0).path("phase").asText()).isEqualTo("IDLE");
        JsonNode device = hall.path("devices").get(0);
        assertThat(device.path("id").asText()).isEqualTo("K1");
        assertThat(device.path("hardware").path("reader").asText()).isEqualTo("NO_SAM");
        assertThat(device.path("lastSeen").asText()).isNotBlank();
    }

    @Test
    void ticketsOfADayCarryTheirTimestampsAndABadDateIsRefused() throws Exception {
        try (MqttProbe kiosk = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K1/down/#")) {
            kiosk.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "real-estate", null, false));
            Reply reply = kiosk.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, Reply::ok);
            JsonNode rows = Json.mapper().readTree(get("/api/tickets").body());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).path("number").asText()).isEqualTo("B001");
            assertThat(rows.get(0).path("issuedAt").asText()).isNotBlank();
            assertThat(rows.get(0).path("state").asText()).isEqualTo("WAITING");
            JsonNode one = Json.mapper().readTree(get("/api/tickets/" + reply.ticket().id()).body());
            assertThat(one.path("ticket").path("number").asText()).isEqualTo("B001");
        }
        assertThat(get("/api/tickets?date=2026-02-30x").statusCode()).isEqualTo(400);
        assertThat(get("/api/tickets/20261124-Z999").statusCode()).isEqualTo(404);
        assertThat(get("/api/tickets?date=2001-01-01").body()).isEqualTo("[]");
    }

    @Test
    void metricsCountIssuedTicketsInPrometheusText() throws Exception {
        try (MqttProbe kiosk = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K1/down/#")) {
            kiosk.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "business", null, false));
            kiosk.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, Reply::ok);
        }
        HttpResponse<String> res = get("/metrics");
        assertThat(res.headers().firstValue("content-type")).get().asString().startsWith("text/plain");
        assertThat(res.body()).contains("hall_tickets_issued_total{service=\"business\"} 1.0")
                .contains("hall_tickets_waiting{service=\"business\"} 1.0")
                .contains("hall_call_latency_seconds");
    }

    @Test
    void aServicesGuideIsServedAndAnUnknownServiceIsNotFound() throws Exception {
        JsonNode guide = Json.mapper().readTree(get("/api/services/social-security").body()).path("guide");
        assertThat(guide.path("materials").get(0).asText()).isEqualTo("居民身份证原件");
        assertThat(guide.path("timeLimit").asText()).isEqualTo("即时办结");
        assertThat(get("/api/services/dance").statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(get("/api/services").body())).hasSize(4);
    }

    @Test
    void theHallPageAndTheTicketPageAreServed() throws Exception {
        assertThat(get("/").body()).contains("大厅总览");
        assertThat(get("/t/20261124-A001").body()).contains("我的号票");
    }

    @Test
    void aSlotIsBookedOverHttpAndListedMasked() throws Exception {
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String booking = "{\"serviceId\":\"real-estate\",\"date\":\"" + tomorrow + "\",\"slot\":\"10:00\","
                + "\"citizen\":{\"idNumber\":\"11010519491231002X\",\"name\":\"张三丰\"}}";
        assertThat(anonymousPost("/api/appointments", booking).statusCode()).isEqualTo(401);
        HttpResponse<String> booked = post("/api/appointments", booking);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonNode a = Json.mapper().readTree(booked.body());
        assertThat(a.path("code").asText()).startsWith("Y");
        assertThat(a.path("maskedName").asText()).isEqualTo("张*丰");
        assertThat(booked.body()).doesNotContain("11010519491231002X");

        assertThat(post("/api/appointments", booking).statusCode()).isEqualTo(409);
        assertThat(post("/api/appointments", booking.replace("real-estate", "dance")).statusCode()).isEqualTo(404);
        assertThat(post("/api/appointments", booking.replace(tomorrow, "tomorrow")).statusCode()).isEqualTo(400);
        assertThat(post("/api/appointments", booking.replace("002X", "0021")).body()).contains("check digit");
        assertThat(get("/api/appointments?date=" + tomorrow).body()).contains(a.path("code").asText(), "110***********002X");
    }

    @Test
    void staffPhotosAreServedByPlainNameFromThePhotoFolderBesideTheDatabase() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("photos"));
        java.nio.file.Files.write(dir.resolve("photos").resolve("0101.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2});
        HttpResponse<String> photo = get("/photos/0101.jpg");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).get().asString().startsWith("image/jpeg");
        assertThat(get("/photos/0102.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/photos/..%2Fhall.db").statusCode()).isEqualTo(404);
        assertThat(get("/photos/hall.db").statusCode()).isEqualTo(404);
    }

    /** Writes need a log-in: the first admin, made with the set-up token. */
    private HttpResponse<String> post(String path, String json) throws Exception {
        if (admin == null) {
            admin = dev.hallq.hub.testing.HubClient.admin(hub);
        }
        return admin.post(path, json);
    }

    private HttpResponse<String> anonymousPost(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.httpPort() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
