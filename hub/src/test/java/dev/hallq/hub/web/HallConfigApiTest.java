package dev.hallq.hub.web;

import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Services, windows, staff, bundles, calendar and policy changed over HTTP while the hall runs. */
class HallConfigApiTest {
    private static final String HOUSING = "{\"id\":\"housing-fund\",\"prefix\":\"H\",\"name\":\"公积金\","
            + "\"nameEn\":\"Housing fund\",\"department\":\"公积金中心\"}";
    private final HallTopics topics = new HallTopics("H1");
    @TempDir
    Path dir;
    private Hub hub;
    private HubClient admin;

    @BeforeEach
    void startHub() {
        hub = start(null);
        admin = HubClient.admin(hub);
    }

    private Hub start(Path hallFile) {
        HubSettings settings = HubSettings.forTest(dir.resolve("hall.db"));
        Hub h = Hub.start(hallFile == null ? settings : settings.withHallConfig(hallFile), Clock.systemUTC());
        await().until(h::connected);
        return h;
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aNewServiceAndWindowReachTheDevicesAtOnceAndAreAudited() throws Exception {
        try (MqttProbe screens = MqttProbe.listen(hub.brokerUri(), topics.services(), "hall/H1/window/+/state")) {
            HttpResponse<String> added = admin.post("/api/services", HOUSING);
            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(json(added).path("revision").asLong()).isEqualTo(2);
            assertThat(admin.post("/api/windows", "{\"number\":7,\"services\":[\"housing-fund\"],"
                    + "\"staff\":{\"staffNo\":\"0701\",\"name\":\"钱多\"}}").statusCode()).isEqualTo(201);

            await().until(() -> screens.on(topics.services(), ServiceBoard.class).stream()
                    .anyMatch(b -> b.services().stream().anyMatch(s -> s.id().equals("housing-fund"))));
            await().until(() -> screens.on(topics.windowState(7), WindowState.class).stream()
                    .anyMatch(w -> w.staff() != null && "0701".equals(w.staff().staffNo())));
        }
        assertThat(hub.hall().service("housing-fund")).isPresent();
        assertThat(json(admin.get("/api/audit")).findValuesAsText("target")).contains("services/housing-fund", "windows/7");
        assertThat(json(admin.get("/api/config")).path("revision").asLong()).isEqualTo(3);
    }

    @Test
    void aBadServiceIsRefusedNamingTheFieldAndNothingChanges() {
        HttpResponse<String> res = admin.post("/api/services", "{\"id\":\"x\",\"prefix\":\"lower\",\"name\":\"X\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("prefix");
        assertThat(admin.post("/api/services", HOUSING.replace("\"H\"", "\"A\"")).body()).contains("prefix 'A' is used twice");
        assertThat(admin.post("/api/services", "{\"id\":\"social-security\",\"prefix\":\"Z\",\"name\":\"X\"}").statusCode())
                .isEqualTo(409);
        assertThat(admin.put("/api/windows/2", "{\"number\":3,\"services\":[\"residence\"]}").body())
                .contains("differs from the path");
        assertThat(admin.put("/api/policy", "{\"maxCalls\":0}").body()).contains("policy.maxCalls");
        assertThat(admin.delete("/api/services/nothing").statusCode()).isEqualTo(404);
        assertThat(json(admin.get("/api/config")).path("revision").asLong()).isEqualTo(1);
    }

    @Test
    void aServiceStillInUseOrAnOpenWindowIsNotRemoved() throws Exception {
        assertThat(admin.delete("/api/windows/1").statusCode()).isEqualTo(409);
        assertThat(json(admin.delete("/api/windows/1")).path("message").asText()).contains("log out there");
        assertThat(admin.post("/api/windows/1/actions", "{\"action\":\"LOG_OUT\"}").statusCode()).isEqualTo(200);
        assertThat(admin.delete("/api/windows/1").statusCode()).isEqualTo(200);
        assertThat(hub.hall().window(1)).isEmpty();
        assertThat(admin.delete("/api/staff/0102").statusCode()).isEqualTo(409);
    }

    @Test
    void aPinIsSetAsAHashNeverServedAndKeptWhenTheWholeHallIsSentBack() throws Exception {
        assertThat(admin.put("/api/staff/0101/pin", "{\"pin\":\"12\"}").body()).contains("4-8 digits");
        assertThat(admin.put("/api/staff/0101/pin", "{\"pin\":\"2468\"}").statusCode()).isEqualTo(200);
        String served = admin.get("/api/config").body();
        assertThat(served).contains("\"pinSet\":true").doesNotContain("pinHash", "$2y$");
        assertThat(hub.hall().staffMember("0101").orElseThrow().pinHash()).startsWith("$2y$");

        String doc = json(admin.get("/api/config")).path("config").toString().replace("示范区政务服务中心", "改名大厅");
        assertThat(admin.put("/api/config", doc).statusCode()).isEqualTo(200);
        assertThat(hub.hall().name()).isEqualTo("改名大厅");
        assertThat(dev.hallq.hub.queue.PinCheck.matches("2468", hub.hall().staffMember("0101").orElseThrow().pinHash()))
                .as("the PIN survives a round trip of the served document").isTrue();

        assertThat(admin.delete("/api/staff/0101/pin").statusCode()).isEqualTo(200);
        assertThat(hub.hall().staffMember("0101").orElseThrow().pinHash()).isNull();
        assertThat(admin.put("/api/staff/9999/pin", "{\"pin\":\"2468\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aStaffAccountCannotChangeTheHall() {
        HubClient staff = admin.newAccount(hub, "wang.fang", "STAFF", "0101");
        assertThat(staff.post("/api/services", HOUSING).statusCode()).isEqualTo(403);
        HubClient duty = admin.newAccount(hub, "duty", "DUTY_MANAGER", null);
        assertThat(duty.put("/api/policy", "{\"maxCalls\":4}").statusCode()).isEqualTo(403);
        HubClient manager = admin.newAccount(hub, "manager", "MANAGER", null);
        assertThat(manager.put("/api/policy", "{\"maxCalls\":4}").statusCode()).isEqualTo(200);
        assertThat(hub.hall().policy().maxCalls()).isEqualTo(4);
    }

    @Test
    void editsSurviveARestartWithTheSameHallFileAndAChangedFileWins() throws Exception {
        Path file = dir.resolve("hall.yaml");
        Files.write(file, dev.hallq.hub.config.HallConfigFile.demoText());
        hub.close();
        hub = start(file); // the file differs from nothing stored: it becomes a revision of its own
        HubClient again = new HubClient(hub);
        again.logIn("admin", HubClient.ADMIN_PASSWORD);
        assertThat(again.post("/api/services", HOUSING).statusCode()).isEqualTo(201);

        hub.close();
        hub = start(file);
        assertThat(hub.hall().service("housing-fund")).as("kept over a restart with the same file").isPresent();

        Files.writeString(file, Files.readString(file).replace("name: 示范区政务服务中心", "name: 新名字大厅"));
        hub.close();
        hub = start(file);
        assertThat(hub.hall().name()).isEqualTo("新名字大厅");
        assertThat(hub.hall().service("housing-fund")).as("the changed file wins").isEmpty();
    }
}
