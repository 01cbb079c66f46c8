package dev.hallq.hub.mqtt;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A revoked device over a real broker: its requests are refused with DEVICE_REVOKED until it is restored. */
class RevokedDevicesOverMqttTest {
    private final HallTopics topics = new HallTopics("H1");
    @TempDir
    Path dir;
    private Hub hub;
    private MqttProbe probe;

    private void start(HubSettings settings) {
        hub = Hub.start(settings, Clock.systemUTC());
        probe = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        probe.awaitMessage(topics.hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
    }

    @AfterEach
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aRevokedKiosksTicketRequestIsRefusedAndARestoredOneGetsATicket() {
        start(HubSettings.forTest(dir.resolve("hall.db")));
        HubClient admin = HubClient.admin(hub);
        assertThat(admin.post("/api/devices", "{\"id\":\"K1\",\"kind\":\"KIOSK\"}").statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/devices/K1/revoke", "{\"reason\":\"stolen\"}").statusCode()).isEqualTo(200);

        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "social-security", null, false));
        Reply refused = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-1".equals(r.requestId()));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.error()).isEqualTo(ErrorCode.DEVICE_REVOKED);
        assertThat(refused.message()).contains("K1", "revoked", "stolen");
        assertThat(json(admin.get("/api/tickets")).size()).isZero();

        assertThat(admin.post("/api/devices/K1/restore", "{}").statusCode()).isEqualTo(200);
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-2", null, "social-security", null, false));
        Reply issued = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-2".equals(r.requestId()));
        assertThat(issued.ok()).isTrue();
        assertThat(issued.ticket().number()).isEqualTo("A001");
    }

    @Test
    void aRevokedPadsKeysAreRefusedAndARevokedPrinterGetsNoPrintJobs() {
        start(HubSettings.forTest(dir.resolve("hall.db")));
        HubClient admin = HubClient.admin(hub);
        assertThat(admin.post("/api/devices", "{\"id\":\"P1\",\"kind\":\"TICKET_PRINTER\"}").statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/devices/P1/revoke", "{\"reason\":\"replaced\"}").statusCode()).isEqualTo(200);
        assertThat(admin.post("/api/devices", "{\"id\":\"E1\",\"kind\":\"EVALUATOR\",\"window\":1}").statusCode()).isEqualTo(201);
        assertThat(admin.post("/api/devices/E1/revoke", "{\"reason\":\"replaced\"}").statusCode()).isEqualTo(200);

        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "social-security", "P1", false));
        assertThat(probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-1".equals(r.requestId())).ok())
                .isTrue();
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-2", null, "social-security", "P2", false));
        PrintJob toP2 = probe.awaitMessage(topics.device("P2", Topic.PRINT_JOB), PrintJob.class, j -> true);
        assertThat(toP2.ticket().number()).isEqualTo("A002");
        assertThat(probe.on(topics.device("P1", Topic.PRINT_JOB))).isEmpty();

        probe.publish(topics.device("E1", Topic.STAFF_COMMAND), new StaffCommand("c-1", null, 1, StaffAction.NEXT, null));
        Reply refused = probe.awaitMessage(topics.device("E1", Topic.REPLY), Reply.class, r -> "c-1".equals(r.requestId()));
        assertThat(refused.error()).isEqualTo(ErrorCode.DEVICE_REVOKED);
        assertThat(json(admin.get("/api/tickets")).findValuesAsText("state")).containsOnly("WAITING");
    }

    @Test
    void withRegistrationRequiredAnUnregisteredKioskIsRefusedUntilItIsRegistered() {
        start(HubSettings.forTest(dir.resolve("hall.db")).withRequireRegisteredDevices(true));
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-1", null, "social-security", null, false));
        Reply refused = probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-1".equals(r.requestId()));
        assertThat(refused.error()).isEqualTo(ErrorCode.DEVICE_NOT_REGISTERED);

        HubClient admin = HubClient.admin(hub);
        assertThat(json(admin.get("/api/devices")).path("requireRegistered").asBoolean()).isTrue();
        // it sent no status, so the hub does not know its kind
        assertThat(admin.post("/api/devices", "{\"id\":\"K1\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/api/devices", "{\"id\":\"K1\",\"kind\":\"KIOSK\"}").statusCode()).isEqualTo(201);
        probe.publish(topics.device("K1", Topic.TICKET_REQUEST), new TicketRequest("r-2", null, "social-security", null, false));
        assertThat(probe.awaitMessage(topics.device("K1", Topic.REPLY), Reply.class, r -> "r-2".equals(r.requestId())).ok())
                .isTrue();
    }
}
