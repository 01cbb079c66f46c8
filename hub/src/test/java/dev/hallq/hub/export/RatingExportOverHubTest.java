package dev.hallq.hub.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.MqttProbe;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.hallq.hub.testing.HubClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ratings given at the hall's pads reach the provincial platform once each, across failures and restarts. */
class RatingExportOverHubTest {
    static final Citizen ZHANG = new Citizen("11010519491231002X", "张三丰", LocalDate.parse("1949-12-31"));
    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Hub hub;
    private MqttProbe probe;

    @AfterEach
    void closeAll() throws Exception {
        stopHub();
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private HallVisits start(ExportSettings export) {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")).withRatingExport(export), Clock.systemUTC());
        probe = MqttProbe.listen(hub.brokerUri(), "hall/H1/#");
        probe.awaitMessage(new HallTopics("H1").hubStatus(), HubStatus.class, s -> s.state() == DeviceState.ONLINE);
        return new HallVisits(probe, Clock.systemUTC());
    }

    private void stopHub() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
        if (hub != null) {
            hub.close();
            hub = null;
        }
    }

    private FakeProvince province(java.util.function.Function<FakeProvince.Received, FakeProvince.Answer> answers)
            throws Exception {
        FakeProvince p = FakeProvince.on(0, answers);
        open.add(p);
        return p;
    }

    @Test
    void aRealNameRatingReachesTheProvinceMaskedWithBothCodings() throws Exception {
        FakeProvince province = province(r -> FakeProvince.Answer.ok());
        HallVisits hall = start(ExportSettings.of(province.url(), "tok", "640104"));

        hall.ticket("social-security", ZHANG);
        String served = hall.serveNext(1);
        hall.rate(1, served, RatingLevel.DISSATISFIED, List.of("等候时间长"), "人太多");

        await().until(() -> province.taken().size() == 1);
        FakeProvince.Received got = province.requests.get(0);
        assertThat(got.authorization()).isEqualTo("Bearer tok");
        assertThat(got.idempotencyKey()).isEqualTo("rating:H1:" + served);
        JsonNode r = got.records().get(0);
        assertThat(r.path("caseNo").asText()).isEqualTo(served);
        assertThat(r.path("rater").asText()).isEqualTo("张*丰");
        assertThat(r.path("realName").asBoolean()).isTrue();
        assertThat(r.path("satisfaction").path("gbt39046").asInt()).isEqualTo(4);
        assertThat(r.path("satisfaction").path("provincial").asInt()).isEqualTo(2);
        assertThat(r.path("text").asText()).isEqualTo("人太多；原因：等候时间长");
        assertThat(r.path("window").asInt()).isEqualTo(1);
        assertThat(r.path("staffNo").asText()).isEqualTo("0101");
        assertThat(r.path("serviceId").asText()).isEqualTo("social-security");
        assertThat(r.path("areaCode").asText()).isEqualTo("640104");
        assertThat(r.toString()).doesNotContain("张三丰", "11010519491231002X");

        HubClient admin = HubClient.admin(hub);
        HubClient manager = admin.newAccount(hub, "li.manager", "MANAGER", null);
        HubClient staff = admin.newAccount(hub, "wang.fang", "STAFF", "0101");
        await().until(() -> json(manager.get("/api/exports?state=delivered")).path("records").size() == 1);
        JsonNode listed = json(manager.get("/api/exports?state=DELIVERED")).path("records").get(0);
        assertThat(listed.path("id").asText()).isEqualTo("rating:H1:" + served);
        assertThat(listed.path("record").path("rater").asText()).isEqualTo("张*丰");
        assertThat(staff.get("/api/exports").statusCode()).isEqualTo(403);
        assertThat(new HubClient(hub).get("/api/exports").statusCode()).isEqualTo(401);
        assertThat(new HubClient(hub).post("/api/exports/rating:H1:" + served + "/retry", "{}").statusCode()).isEqualTo(401);
        assertThat(staff.post("/api/exports/rating:H1:" + served + "/retry", "{}").statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/exports?limit=x").statusCode()).isEqualTo(400);
        HttpResponse<String> bad = manager.get("/api/exports?state=LOST");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("message").asText()).contains("PENDING");
        assertThat(manager.get("/metrics").body()).contains("hall_exports_pending 0.0", "hall_exports_failed 0.0");
    }

    @Test
    void recordsNotDeliveredBeforeAStopAreDeliveredAfterTheRestartOnceEach() throws Exception {
        FakeProvince province = province(r -> new FakeProvince.Answer(503, "down for maintenance"));
        HallVisits hall = start(ExportSettings.of(province.url(), null, "640104"));
        String first = hall.visit(null, RatingLevel.VERY_SATISFIED);
        String second = hall.visit(ZHANG, RatingLevel.SATISFIED);
        HubClient admin = HubClient.admin(hub);
        await().until(() -> json(admin.get("/api/exports?state=PENDING")).path("records").size() == 2);
        assertThat(admin.get("/metrics").body()).contains("hall_exports_pending 2.0");
        stopHub();

        province.answer(r -> FakeProvince.Answer.ok());
        start(ExportSettings.of(province.url(), null, "640104"));

        await().until(() -> province.taken().size() == 2);
        assertThat(province.taken()).containsExactly("rating:H1:" + first, "rating:H1:" + second);
        HubClient again = new HubClient(hub);
        again.logIn("admin", HubClient.ADMIN_PASSWORD);
        await().until(() -> json(again.get("/api/exports?state=DELIVERED")).path("records").size() == 2);
    }

    @Test
    void aRefusedRecordIsParkedUntilAManagerRetriesIt() throws Exception {
        FakeProvince province = province(r -> new FakeProvince.Answer(400, "{\"error\":\"bad areaCode\"}"));
        HallVisits hall = start(ExportSettings.of(province.url(), null, "640104"));
        String served = hall.visit(null, RatingLevel.BASICALLY_SATISFIED);
        HubClient admin = HubClient.admin(hub);
        String id = "rating:H1:" + served;

        await().until(() -> json(admin.get("/api/exports?state=FAILED")).path("records").size() == 1);
        JsonNode parked = json(admin.get("/api/exports?state=FAILED")).path("records").get(0);
        assertThat(parked.path("lastError").asText()).isEqualTo("HTTP 400: {\"error\":\"bad areaCode\"}");
        assertThat(admin.get("/metrics").body()).contains("hall_exports_failed 1.0");
        assertThat(admin.post("/api/exports/nope/retry", "{}").statusCode()).isEqualTo(404);

        province.answer(r -> FakeProvince.Answer.ok());
        assertThat(admin.post("/api/exports/" + id + "/retry", "{}").statusCode()).isEqualTo(202);

        await().until(() -> province.taken().equals(List.of(id)));
        await().until(() -> json(admin.get("/api/exports?state=DELIVERED")).path("records").size() == 1);
        HttpResponse<String> again = admin.post("/api/exports/" + id + "/retry", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("error").asText()).isEqualTo("NOT_FAILED");
    }

    @Test
    void aFolderTargetGetsOneLinePerRatingInTheDaysFile() throws Exception {
        Path folder = dir.resolve("export");
        HallVisits hall = start(ExportSettings.of(folder.toUri().toString(), null, "640104"));
        String served = hall.visit(ZHANG, RatingLevel.VERY_DISSATISFIED);

        await().until(() -> Files.isDirectory(folder) && Files.list(folder).findAny().isPresent());
        Path file;
        try (var files = Files.list(folder)) {
            file = files.findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).matches("ratings-\\d{8}\\.jsonl");
        await().until(() -> Files.readAllLines(file).size() == 1);
        assertThat(Files.readString(file)).startsWith("{\"id\":\"rating:H1:" + served + "\"")
                .contains("\"gbt39046\":5", "\"provincial\":1", "\"rater\":\"张*丰\"");
    }

    @Test
    void aHubWithoutAnExportSaysSo() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        HubClient admin = HubClient.admin(hub);
        HttpResponse<String> res = admin.get("/api/exports");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(json(res).path("error").asText()).isEqualTo("NOT_CONFIGURED");
    }
}
