package dev.hallq.hub.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.testing.HubClient;
import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cases over HTTP, as the cases page and a manager's tools use them. */
class CasesHttpTest {
    @TempDir
    Path dir;
    private Hub hub;
    private HubClient admin;
    private long hrCase;      // rated at window 1, staff 0101, 人力资源和社会保障局
    private long estateCase;  // rated at window 3, staff 0201, no department

    @BeforeEach
    void startHubWithTwoCases() {
        hub = Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC());
        await().until(hub::connected);
        admin = HubClient.admin(hub);
        try (HallPlayer hall = new HallPlayer(hub.brokerUri())) {
            hall.serveAndRate("social-security", 1, RatingLevel.DISSATISFIED, "窗口人员玩手机");
            hall.serveAndRate("real-estate", 3, RatingLevel.VERY_DISSATISFIED, "材料被退回三次");
        }
        JsonNode list = await().until(() -> HubClient.json(admin.get("/api/cases")), l -> l.size() == 2);
        hrCase = list.get(1).path("id").asLong();
        estateCase = list.get(0).path("id").asLong();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aManagerWorksACaseThroughEveryStepAndEachLandsInItsHistory() {
        HubClient manager = admin.newAccount(hub, "manager1", "MANAGER", null);
        assertThat(step(manager, hrCase, "VERIFY", "调取录像，情况属实", null).statusCode()).isEqualTo(200);
        assertThat(step(manager, hrCase, "CALL_BACK", "电话回访并致歉", true).statusCode()).isEqualTo(200);
        assertThat(step(manager, hrCase, "RECTIFY", "窗口纪律培训，扣当月绩效", null).statusCode()).isEqualTo(200);
        HttpResponse<String> closed = step(manager, hrCase, "CLOSE", "群众表示满意，办结", null);
        assertThat(closed.statusCode()).isEqualTo(200);
        JsonNode c = HubClient.json(closed);
        assertThat(c.path("state").asText()).isEqualTo("CLOSED");
        assertThat(c.path("reached").asBoolean()).isTrue();
        assertThat(c.path("closedAt").asText()).isNotBlank();
        JsonNode history = HubClient.json(manager.get("/api/cases/" + hrCase)).path("history");
        assertThat(history).hasSize(5);
        assertThat(history.get(0).path("action").asText()).isEqualTo("OPENED");
        assertThat(history.get(2).path("action").asText()).isEqualTo("CALL_BACK");
        assertThat(history.get(2).path("actor").asText()).isEqualTo("manager1");
        assertThat(history.get(2).path("detail").asText()).isEqualTo("REACHED");
        assertThat(history.get(4).path("notes").asText()).isEqualTo("群众表示满意，办结");
        assertThat(history.get(4).path("from").asText()).isEqualTo("RECTIFIED");

        JsonNode figures = HubClient.json(manager.get("/api/cases/figures"));
        assertThat(figures.path("opened").asInt()).isEqualTo(2);
        assertThat(figures.path("closed").asInt()).isEqualTo(1);
        assertThat(figures.path("closedOnTime").asInt()).isEqualTo(1);
        assertThat(figures.path("rectificationRate").asDouble()).isEqualTo(0.5);
        assertThat(figures.path("callBackRate").asDouble()).isEqualTo(0.5);
        assertThat(figures.path("byDepartment").path("人力资源和社会保障局").path("rectificationRate").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void stepsOutOfOrderUnknownCasesAndBadBodiesAreRefusedClearly() {
        HttpResponse<String> early = step(admin, hrCase, "CLOSE", "办结", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(HubClient.json(early).path("error").asText()).isEqualTo("WRONG_STATE");
        assertThat(HubClient.json(early).path("message").asText()).contains("is OPEN").contains("RECTIFIED");

        assertError(admin.post("/api/cases/" + hrCase + "/steps", "{\"step\":\"VERIFY\"}"), 400, "notes is required");
        assertError(admin.post("/api/cases/" + hrCase + "/steps", "{\"step\":\"FIX\",\"notes\":\"x\"}"), 400, "step must be one of");
        assertError(admin.post("/api/cases/" + hrCase + "/steps", "not json"), 400, "JSON");
        assertError(admin.post("/api/cases/" + hrCase + "/steps", "{\"step\":\"VERIFY\",\"notes\":7}"), 400, "notes must be text");
        step(admin, hrCase, "VERIFY", "属实", null);
        assertError(admin.post("/api/cases/" + hrCase + "/steps", "{\"step\":\"CALL_BACK\",\"notes\":\"x\"}"), 400,
                "reached is required");
        assertError(admin.post("/api/cases/" + hrCase + "/steps", "{\"step\":\"CALL_BACK\",\"notes\":\"x\",\"reached\":\"yes\"}"),
                400, "reached must be true or false");
        assertError(admin.post("/api/cases/4711/steps", "{\"step\":\"VERIFY\",\"notes\":\"x\"}"), 404, "no case 4711");
        assertError(admin.get("/api/cases/4711"), 404, "no case 4711");
        assertError(admin.get("/api/cases/abc"), 400, "a case id is a number");
        assertError(admin.get("/api/cases?state=LOST"), 400, "state must be one of");
        assertError(admin.get("/api/cases?from=24.11.2026"), 400, "from must be YYYY-MM-DD");
        assertError(admin.get("/api/cases/figures?from=2026-11-30&to=2026-11-01"), 400, "is before");
        admin.forgetCsrf();
        assertThat(step(admin, hrCase, "CALL_BACK", "x", true).statusCode()).isEqualTo(403);
        assertThat(new HubClient(hub).get("/api/cases").statusCode()).isEqualTo(401);
        assertThat(HubClient.json(admin.get("/api/cases/" + hrCase)).path("state").asText()).isEqualTo("VERIFIED");
    }

    @Test
    void staffReadOnlyTheirOwnCasesAndWorkNone() {
        HubClient wang = admin.newAccount(hub, "wangfang", "STAFF", "0101");
        JsonNode own = HubClient.json(wang.get("/api/cases"));
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("id").asLong()).isEqualTo(hrCase);
        assertThat(wang.get("/api/cases/" + hrCase).statusCode()).isEqualTo(200);
        assertError(wang.get("/api/cases/" + estateCase), 403, "own");
        assertThat(step(wang, hrCase, "VERIFY", "我看过了", null).statusCode()).isEqualTo(403);
        assertThat(wang.post("/api/cases/" + hrCase + "/appeal", "{\"reason\":\"误评\"}").statusCode()).isEqualTo(403);
        assertThat(wang.get("/api/cases/figures").statusCode()).isEqualTo(403);
        HubClient zhang = admin.newAccount(hub, "zhangwei", "STAFF", "0201");
        assertThat(HubClient.json(zhang.get("/api/cases"))).extracting(n -> n.path("id").asLong()).containsExactly(estateCase);
        assertThat(HubClient.json(admin.get("/api/cases/" + hrCase)).path("state").asText()).isEqualTo("OPEN");
    }

    @Test
    void anAppealIsDecidedByASecondManagerAndAnUpheldOneCountsInNoRate() {
        HubClient duty = admin.newAccount(hub, "duty", "DUTY_MANAGER", null);
        HubClient li = admin.newAccount(hub, "li", "MANAGER", null);
        HubClient wang = admin.newAccount(hub, "wang", "MANAGER", null);

        HttpResponse<String> asked = duty.post("/api/cases/" + estateCase + "/appeal", "{\"reason\":\"评价人误按，录像为证\"}");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(HubClient.json(asked).path("state").asText()).isEqualTo("APPEALED");
        assertThat(HubClient.json(asked).path("appeal").path("requestedBy").asText()).isEqualTo("duty");
        assertError(duty.post("/api/cases/" + estateCase + "/appeal/decision", "{\"upheld\":true,\"notes\":\"x\"}"), 403,
                "role");
        assertError(li.post("/api/cases/" + estateCase + "/steps", "{\"step\":\"VERIFY\",\"notes\":\"x\"}"), 409,
                "is APPEALED");
        assertError(li.post("/api/cases/" + estateCase + "/appeal/decision", "{\"notes\":\"x\"}"), 400, "upheld is required");

        assertThat(li.post("/api/cases/" + hrCase + "/appeal", "{\"reason\":\"恶意差评\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> self = li.post("/api/cases/" + hrCase + "/appeal/decision", "{\"upheld\":true,\"notes\":\"同意\"}");
        assertError(self, 403, "second person");
        assertThat(HubClient.json(li.get("/api/cases/" + hrCase)).path("state").asText()).isEqualTo("APPEALED");
        HttpResponse<String> rejected = wang.post("/api/cases/" + hrCase + "/appeal/decision",
                "{\"upheld\":false,\"notes\":\"录像显示态度确有问题\"}");
        assertThat(HubClient.json(rejected).path("state").asText()).isEqualTo("OPEN");

        HttpResponse<String> upheld = li.post("/api/cases/" + estateCase + "/appeal/decision",
                "{\"upheld\":true,\"notes\":\"核实为误按\"}");
        assertThat(upheld.statusCode()).isEqualTo(200);
        JsonNode withdrawn = HubClient.json(upheld);
        assertThat(withdrawn.path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("appeal").path("decidedBy").asText()).isEqualTo("li");
        assertThat(withdrawn.path("history").get(2).path("action").asText()).isEqualTo("APPEAL_UPHELD");
        JsonNode figures = HubClient.json(li.get("/api/cases/figures"));
        assertThat(figures.path("opened").asInt()).isEqualTo(2);
        assertThat(figures.path("withdrawn").asInt()).isEqualTo(1);
        assertThat(figures.path("rectificationRate").asDouble()).isEqualTo(0.0);
        assertThat(figures.path("inWork").asInt()).isEqualTo(1);
    }

    @Test
    void listsFilterByStateDepartmentOverdueAndTicketDay() {
        step(admin, hrCase, "VERIFY", "属实", null);
        assertThat(ids("/api/cases?state=VERIFIED")).containsExactly(hrCase);
        assertThat(ids("/api/cases?state=OPEN")).containsExactly(estateCase);
        assertThat(ids("/api/cases?department=" + URLEncoder.encode("人力资源和社会保障局", StandardCharsets.UTF_8)))
                .containsExactly(hrCase);
        assertThat(ids("/api/cases?department=(none)")).containsExactly(estateCase);
        assertThat(ids("/api/cases?overdue=true")).isEmpty();
        assertThat(ids("/api/cases?overdue=false")).containsExactly(estateCase, hrCase);
        String day = HubClient.json(admin.get("/api/cases/" + hrCase)).path("ticketDay").asText();
        assertThat(ids("/api/cases?from=" + day + "&to=" + day)).hasSize(2);
        assertThat(ids("/api/cases?to=2020-01-01")).isEmpty();
    }

    @Test
    void everyChangeIsPushedAsACaseUpdateThatCarriesNoPersonalData() throws Exception {
        HttpResponse<java.io.InputStream> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(hub.url() + "office/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(anonymous.statusCode()).as("the office's stream is for logged-in people").isEqualTo(401);
        HttpResponse<java.io.InputStream> stream = admin.stream("/office/events");
        CompletableFuture<Optional<String>> update = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                    java.nio.charset.StandardCharsets.UTF_8)).lines()) {
                return lines.filter(l -> l.startsWith("data:") && l.contains("\"type\":\"case\"")
                        && l.contains("\"key\":\"" + hrCase + "\"") && l.contains("VERIFIED")).findFirst();
            }
        });
        step(admin, hrCase, "VERIFY", "属实", null);
        String line = update.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(line).contains("\"version\":2").doesNotContain("窗口人员玩手机").doesNotContain("0101");
    }

    private java.util.List<Long> ids(String path) {
        HttpResponse<String> res = admin.get(path);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        java.util.List<Long> out = new java.util.ArrayList<>();
        HubClient.json(res).forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    private static HttpResponse<String> step(HubClient client, long id, String step, String notes, Boolean reached) {
        return client.post("/api/cases/" + id + "/steps", "{\"step\":\"" + step + "\",\"notes\":\"" + notes + "\""
                + (reached == null ? "" : ",\"reached\":" + reached) + "}");
    }

    private static void assertError(HttpResponse<String> res, int status, String message) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        JsonNode body = HubClient.json(res);
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.path("message").asText()).contains(message);
    }
}
