package dev.hallq.hub.web;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.HallTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The web caller: staff keys over HTTP, with the same rules as the pad, for the staff's own window only. */
class WebCallerTest {
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
    void staffCallTheNextTicketAtTheirWindowAndTheScreensHearIt() throws Exception {
        HubClient wang = admin.newAccount(hub, "wang.fang", "STAFF", "0101");
        String ticket = book();
        try (MqttProbe screens = MqttProbe.listen(hub.brokerUri(), topics.calls())) {
            HttpResponse<String> next = wang.post("/api/windows/1/actions", "{\"action\":\"NEXT\"}");
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(json(next).path("ticket").path("id").asText()).isEqualTo(ticket);
            await().until(() -> screens.on(topics.calls(), CallAnnouncement.class).stream().anyMatch(c -> c.window() == 1));
        }
        assertThat(wang.post("/api/windows/1/actions", "{\"action\":\"FINISH\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> empty = wang.post("/api/windows/1/actions", "{\"action\":\"NEXT\"}");
        assertThat(empty.statusCode()).isEqualTo(409);
        assertThat(json(empty).path("error").asText()).isEqualTo("QUEUE_EMPTY");
    }

    @Test
    void staffCannotOperateAnotherWindowButADutyManagerCan() {
        HubClient wang = admin.newAccount(hub, "wang.fang", "STAFF", "0101");
        HttpResponse<String> other = wang.post("/api/windows/3/actions", "{\"action\":\"PAUSE\",\"reason\":\"午休\"}");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).path("error").asText()).isEqualTo("NOT_YOUR_WINDOW");
        HubClient duty = admin.newAccount(hub, "duty", "DUTY_MANAGER", null);
        HttpResponse<String> paused = duty.post("/api/windows/3/actions", "{\"action\":\"PAUSE\",\"reason\":\"午休\"}");
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(json(paused).path("window").path("phase").asText()).isEqualTo("PAUSED");
    }

    @Test
    void badActionsGetAClearAnswer() {
        assertThat(admin.post("/api/windows/1/actions", "{\"action\":\"DANCE\"}").body()).contains("action must be one of");
        assertThat(admin.post("/api/windows/x/actions", "{\"action\":\"NEXT\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/api/windows/99/actions", "{\"action\":\"NEXT\"}").statusCode()).isEqualTo(404);
        assertThat(admin.post("/api/windows/1/actions", "{\"action\":\"CALL\",\"ticketId\":\"x\"}").body())
                .contains("reason");
        assertThat(admin.post("/api/windows/1/actions", "not json").statusCode()).isEqualTo(400);
    }

    /** A walk-in ticket for social security, through the same desk the kiosks use. */
    private String book() throws Exception {
        try (MqttProbe kiosk = MqttProbe.listen(hub.brokerUri(), "hall/H1/dev/K1/down/#")) {
            kiosk.publish(topics.device("K1", dev.hallq.protocol.Topic.TICKET_REQUEST),
                    new dev.hallq.protocol.TicketRequest("r-1", null, "social-security", null, false));
            return kiosk.awaitMessage(topics.device("K1", dev.hallq.protocol.Topic.REPLY), dev.hallq.protocol.Reply.class,
                    dev.hallq.protocol.Reply::ok).ticket().id();
        }
    }
}
