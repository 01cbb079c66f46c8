package dev.hallq.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HallVisits;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.Citizen;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audited view of a real-name ticket's citizen: who may look, why they looked, and nothing after the purge. */
class CitizenViewOverHubTest {
    static final Citizen ZHANG = new Citizen("11010519491231002X", "张三丰", LocalDate.parse("1949-12-31"));
    static final String WHY = "?reason=" + URLEncoder.encode("差评回访 call-back", StandardCharsets.UTF_8);
    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at("2026-11-24T01:00:00Z");
    private Hub hub;
    private MqttProbe probe;
    private HallVisits hall;

    @BeforeEach
    void startHub() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), clock);
        probe = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        probe.awaitMessage(new HallTopics("H1").hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
        hall = new HallVisits(probe, clock);
    }

    @AfterEach
    void stop() {
        probe.close();
        hub.close();
    }

    private static String path(String ticketId) {
        return "/api/tickets/" + ticketId + "/citizen";
    }

    @Test
    void dutyManagersAndTheServingStaffSeeTheNameAndEveryViewIsAudited() throws Exception {
        String served = hall.visit(ZHANG, RatingLevel.DISSATISFIED);
        String anonymous = hall.visit(null, RatingLevel.SATISFIED);
        HubClient admin = HubClient.admin(hub);
        HubClient duty = admin.newAccount(hub, "zhou.duty", "DUTY_MANAGER", null);
        HubClient servedBy = admin.newAccount(hub, "wang.fang", "STAFF", "0101");
        HubClient otherStaff = admin.newAccount(hub, "li.qiang", "STAFF", "0102");
        HubClient backupOfWindow1 = admin.newAccount(hub, "zhou.li", "STAFF", "0901");

        await().until(() -> duty.get(path(served) + WHY).statusCode() == 200);
        JsonNode seen = json(duty.get(path(served) + WHY));
        assertThat(seen.path("name").asText()).isEqualTo("张三丰");
        assertThat(seen.path("idTail").asText()).isEqualTo("002X");
        assertThat(seen.path("maskedName").asText()).isEqualTo("张*丰");
        assertThat(seen.toString()).doesNotContain("11010519491231002X");
        assertThat(servedBy.get(path(served) + WHY).statusCode()).isEqualTo(200);
        assertThat(admin.get(path(served) + WHY).statusCode()).isEqualTo(200);

        assertThat(new HubClient(hub).get(path(served) + WHY).statusCode()).isEqualTo(401);
        assertThat(otherStaff.get(path(served) + WHY).statusCode()).as("staff of window 2").isEqualTo(403);
        assertThat(backupOfWindow1.get(path(served) + WHY).statusCode()).as("B staff of window 1").isEqualTo(200);
        HttpResponse<String> noReason = duty.get(path(served));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).path("error").asText()).isEqualTo("REASON_REQUIRED");
        assertThat(duty.get(path("20261124-Z999") + WHY).statusCode()).isEqualTo(404);
        HttpResponse<String> notRealName = duty.get(path(anonymous) + WHY);
        assertThat(notRealName.statusCode()).isEqualTo(404);
        assertThat(json(notRealName).path("error").asText()).isEqualTo("NOT_REAL_NAME");

        JsonNode audit = json(admin.get("/api/audit?limit=1000"));
        long views = 0;
        for (JsonNode line : audit) {
            if (line.path("action").asText().equals("VIEWED_CITIZEN")) {
                views++;
                assertThat(line.path("target").asText()).isEqualTo(served);
                assertThat(line.path("detail").asText()).isEqualTo("reason: 差评回访 call-back");
                assertThat(line.path("actor").asText()).isIn("zhou.duty", "wang.fang", "zhou.li", "admin");
            }
        }
        assertThat(views).as("a line for each view that showed the name (the duty manager's waiting ones too)")
                .isGreaterThanOrEqualTo(5);
        assertThat(audit.findValuesAsText("actor")).contains("zhou.duty", "wang.fang");

        String publicSide = new HubClient(hub).get("/api/tickets/" + served).body()
                + new HubClient(hub).get("/api/tickets").body() + duty.get("/api/hall").body();
        assertThat(publicSide).doesNotContain("张三丰");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("hall\\.db(-wal|-shm)?")).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString())
                        .doesNotContain(new String("张三丰".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        .doesNotContain("11010519491231002X");
            }
        }
    }

    @Test
    void afterTheDaysTheHallKeepsNamesTheViewSaysTheNameIsGone() {
        String served = hall.visit(ZHANG, RatingLevel.VERY_SATISFIED);
        HubClient admin = HubClient.admin(hub);
        HubClient manager = admin.newAccount(hub, "li.manager", "MANAGER", null);
        await().until(() -> manager.get(path(served) + WHY).statusCode() == 200);

        clock.advance(Duration.ofDays(30));
        HubClient later = new HubClient(hub);
        later.logIn("li.manager", HubClient.ADMIN_PASSWORD);
        HttpResponse<String> gone = later.get(path(served) + WHY);

        assertThat(gone.statusCode()).isEqualTo(410);
        JsonNode body = json(gone);
        assertThat(body.path("error").asText()).isEqualTo("NAME_PURGED");
        assertThat(body.path("message").asText()).contains("purged", "30 days", "keepNamesDays");
        assertThat(body.path("maskedName").asText()).isEqualTo("张*丰");
        assertThat(gone.body()).doesNotContain("张三丰");
    }
}
