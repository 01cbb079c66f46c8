package dev.hallq.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Registering, revoking and restoring the hall's devices over HTTP: who may, what is kept, what is refused. */
class DeviceApiTest {
    private final HallTopics topics = new HallTopics("H1");
    @TempDir
    Path dir;
    private Hub hub;
    private HubClient admin;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        admin = HubClient.admin(hub);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aManagerRegistersRevokesAndRestoresADeviceAndEachStepIsAudited() {
        HubClient manager = admin.newAccount(hub, "li", "MANAGER", null);

        HttpResponse<String> added = manager.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"KIOSK\",\"name\":\"东门取号机\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).path("registration").asText()).isEqualTo("REGISTERED");
        assertThat(device(manager, "K9").path("name").asText()).isEqualTo("东门取号机");
        assertThat(device(manager, "K9").path("registeredBy").asText()).isEqualTo("li");

        HttpResponse<String> revoked = manager.post("/api/devices/K9/revoke", "{\"reason\":\"屏幕损坏，送修\"}");
        assertThat(revoked.statusCode()).isEqualTo(200);
        JsonNode row = device(manager, "K9");
        assertThat(row.path("registration").asText()).isEqualTo("REVOKED");
        assertThat(row.path("reason").asText()).isEqualTo("屏幕损坏，送修");
        assertThat(row.path("revokedBy").asText()).isEqualTo("li");

        HttpResponse<String> again = manager.post("/api/devices/K9/revoke", "{\"reason\":\"again\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("error").asText()).isEqualTo("ALREADY_REVOKED");

        assertThat(manager.post("/api/devices/K9/restore", "{}").statusCode()).isEqualTo(200);
        assertThat(device(manager, "K9").path("registration").asText()).isEqualTo("REGISTERED");
        assertThat(device(manager, "K9").has("reason")).isFalse();
        HttpResponse<String> notRevoked = manager.post("/api/devices/K9/restore", "{}");
        assertThat(notRevoked.statusCode()).isEqualTo(409);
        assertThat(json(notRevoked).path("error").asText()).isEqualTo("NOT_REVOKED");

        JsonNode audit = json(admin.get("/api/audit?limit=10"));
        assertThat(audit.findValuesAsText("action")).containsSubsequence("DEVICE_RESTORED", "DEVICE_REVOKED",
                "DEVICE_REGISTERED");
        assertThat(audit.get(1).path("actor").asText()).isEqualTo("li");
        assertThat(audit.get(1).path("target").asText()).isEqualTo("device/K9");
        assertThat(audit.get(1).path("detail").asText()).isEqualTo("屏幕损坏，送修");
    }

    @Test
    void onlyAdminsAndManagersChangeDevicesDutyManagersReadAndStaffAreRefused() {
        HubClient duty = admin.newAccount(hub, "zhao", "DUTY_MANAGER", null);
        HubClient staff = admin.newAccount(hub, "wang", "STAFF", "0101");

        assertThat(duty.get("/api/devices").statusCode()).isEqualTo(200);
        assertThat(duty.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"KIOSK\"}").statusCode()).isEqualTo(403);
        assertThat(staff.get("/api/devices").statusCode()).isEqualTo(403);
        assertThat(new HubClient(hub).get("/api/devices").statusCode()).isEqualTo(401);
        admin.forgetCsrf();
        assertThat(json(admin.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"KIOSK\"}")).path("error").asText())
                .isEqualTo("CSRF");
        assertThat(json(duty.get("/api/devices")).path("devices").findValuesAsText("id")).doesNotContain("K9");
    }

    @Test
    void unknownDevicesAre404AndBadOrDoubleRegistrationsAreRefused() {
        HttpResponse<String> unknown = admin.post("/api/devices/K404/revoke", "{\"reason\":\"lost\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").asText()).isEqualTo("UNKNOWN_DEVICE");
        assertThat(admin.post("/api/devices/K404/restore", "{}").statusCode()).isEqualTo(404);

        HttpResponse<String> badKind = admin.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"TOASTER\"}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(badKind).path("message").asText()).contains("kind must be one of");
        assertThat(json(admin.post("/api/devices", "{\"id\":\"K 9\",\"kind\":\"KIOSK\"}")).path("message").asText())
                .contains("device id");
        assertThat(json(admin.post("/api/devices", "{\"id\":\"K9\"}")).path("message").asText())
                .contains("kind is required");
        assertThat(admin.post("/api/devices", "{\"id\":\"S3\",\"kind\":\"WINDOW_SCREEN\",\"window\":0}").statusCode())
                .isEqualTo(400);

        assertThat(admin.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"KIOSK\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> twice = admin.post("/api/devices", "{\"id\":\"K9\",\"kind\":\"KIOSK\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).path("error").asText()).isEqualTo("EXISTS");
        HttpResponse<String> noReason = admin.post("/api/devices/K9/revoke", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).path("message").asText()).contains("reason is required");
        assertThat(device(admin, "K9").path("registration").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void aDeviceHeardOfButNeverRegisteredIsListedWithItsStateAndCanBeRevokedByDelete() {
        try (MqttProbe k1 = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K1/down/#")) {
            k1.publish(topics.device("K1", Topic.DEVICE_STATUS), new DeviceStatus("K1", DeviceKind.KIOSK,
                    DeviceState.ONLINE, null, "0.1.0", null, "http://10.0.0.5:7071/", Map.of(), Instant.now()));
            await().until(() -> device(admin, "K1") != null);
        }
        JsonNode heard = device(admin, "K1");
        assertThat(heard.path("registration").asText()).isEqualTo("UNREGISTERED");
        assertThat(heard.path("online").asBoolean()).isTrue();
        assertThat(heard.path("kind").asText()).isEqualTo("KIOSK");
        assertThat(json(admin.get("/api/devices")).path("requireRegistered").asBoolean()).isFalse();

        HttpResponse<String> gone = admin.delete("/api/devices/K1?reason=%E4%B8%8D%E6%98%8E%E8%AE%BE%E5%A4%87");
        assertThat(gone.statusCode()).isEqualTo(200);
        JsonNode revoked = device(admin, "K1");
        assertThat(revoked.path("registration").asText()).isEqualTo("REVOKED");
        assertThat(revoked.path("reason").asText()).isEqualTo("不明设备");
        assertThat(revoked.path("kind").asText()).isEqualTo("KIOSK");
        assertThat(revoked.path("heard").asBoolean()).isTrue();
    }

    private static JsonNode device(HubClient client, String id) {
        for (JsonNode d : json(client.get("/api/devices")).path("devices")) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
