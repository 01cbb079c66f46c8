package dev.hallq.display;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class ScreenPagesTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestHall hall;

    @TempDir
    Path photos;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = TestHall.withHubOnline(hub);
    }

    @Test
    void a_window_screen_serves_its_chinese_page_and_its_state() throws Exception {
        DisplayAgent screen = hall.windowScreen("S3", 3);
        HttpResponse<String> page = get(screen.pageUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "id=\"current-ticket\"", "当前号码", "lang-toggle",
                "offline-banner", "hallLive(");

        hall.hub.retain(hall.topics.windowState(3), TestHall.calling(3, "A001", 5));
        hall.awaitAck("S3", 5, AckRole.SHOWN);
        JsonNode state = json(get(screen.pageUrl() + "api/state"));
        assertThat(state.path("role").asText()).isEqualTo("WINDOW");
        assertThat(state.path("window").asInt()).isEqualTo(3);
        assertThat(state.path("state").path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(state.path("state").path("staff").path("staffNo").asText()).isEqualTo("1024");
        assertThat(state.path("hubOnline").asBoolean()).isTrue();
    }

    @Test
    void the_hall_screen_serves_its_chinese_page_and_the_calls_and_queues() throws Exception {
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", null));
        HttpResponse<String> page = get(screen.pageUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "id=\"latest-call\"", "data-ticket=",
                "请留意叫号，过号请到咨询台", "lang-toggle", "offline-banner", "hallLive(");

        hall.hub.send(hall.topics.services(), new ServiceBoard(hall.hub.hallId(), "高新区政务服务中心", List.of(
                new ServiceQueue("S1", "A", "社保业务", "Social security", 4, true)), Instant.now()));
        hall.hub.send(hall.topics.calls(), TestHall.call(1, "A001", 3, false));
        hall.awaitAck("HS", 1, AckRole.SHOWN);
        await().atMost(Duration.ofSeconds(10)).until(() -> json(get(screen.pageUrl() + "api/state")).has("board"));

        JsonNode state = json(get(screen.pageUrl() + "api/state"));
        assertThat(state.path("role").asText()).isEqualTo("HALL");
        assertThat(state.path("hallName").asText()).isEqualTo("高新区政务服务中心");
        assertThat(state.path("recent").get(0).path("text").asText()).isEqualTo("请A001号到3号窗口办理");
        assertThat(state.path("recent").get(0).path("textEn").asText()).isEqualTo("Number A 0 0 1, please go to window 3");
        assertThat(state.path("board").path("services").get(0).path("waiting").asInt()).isEqualTo(4);
    }

    @Test
    void a_new_call_is_pushed_to_the_window_page_as_it_happens() throws Exception {
        DisplayAgent screen = TestHall.online(hall.windowScreen("S6", 6));
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(screen.pageUrl() + "events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = events.body()) {
            CompletableFuture<String> pushed = CompletableFuture.supplyAsync(() ->
                    lines.filter(l -> l.startsWith("data:") && l.contains("\"type\":\"window\"")).findFirst().orElse(""));
            hall.hub.send(hall.topics.windowState(6), TestHall.calling(6, "G123", 2));
            assertThat(pushed.get(10, TimeUnit.SECONDS)).contains("G123", "\"key\":\"6\"");
        }
    }

    @Test
    void the_window_page_shows_the_staff_photo_from_the_screens_folder_and_the_masked_citizen_where_configured()
            throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        Files.write(photos.resolve("0701.jpg"), jpeg);
        DisplayAgent screen = hall.windowScreen("S7", 7, DisplayConfig.defaults().withPhotos(photos).withCitizenName(true));
        hall.hub.retain(hall.topics.windowState(7), TestHall.callingRealName(7, "A017", 31, "/photos/0701.jpg"));
        hall.awaitAck("S7", 31, AckRole.SHOWN);

        JsonNode state = json(get(screen.pageUrl() + "api/state")).path("state");
        assertThat(state.path("inUse").asBoolean()).isTrue();
        assertThat(state.path("windowName").asText()).isEqualTo("社保综合窗口");
        assertThat(state.path("ticket").path("citizenName").asText()).isEqualTo("李*华");
        assertThat(state.path("staff").path("name").asText()).isEqualTo("张伟");
        assertThat(state.path("staff").path("department").asText()).isEqualTo("人力资源和社会保障局");
        assertThat(state.path("staff").path("photoUrl").asText()).isEqualTo("photos/0701.jpg");
        HttpResponse<byte[]> photo = http.send(HttpRequest.newBuilder(URI.create(screen.pageUrl() + "photos/0701.jpg")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.body()).isEqualTo(jpeg);
        assertThat(get(screen.pageUrl() + "photos/..%2Fsecret.jpg").statusCode()).isEqualTo(404);
        assertThat(get(screen.pageUrl() + "photos/missing.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void without_configuration_the_citizen_is_not_shown_and_a_photo_path_is_looked_up_on_the_hub() throws Exception {
        hall.hub.retain(hall.topics.hubStatus(), new HubStatus(hall.hub.hallId(), DeviceState.ONLINE, "test",
                PlayedHub.STARTED, Instant.now(), "http://hall-hub.local:8080/"));
        DisplayAgent screen = TestHall.online(hall.windowScreen("S8", 8));
        hall.hub.retain(hall.topics.windowState(8), TestHall.callingRealName(8, "A018", 32, "/photos/0801.jpg"));
        hall.awaitAck("S8", 32, AckRole.SHOWN);

        String body = get(screen.pageUrl() + "api/state").body();
        assertThat(body).doesNotContain("citizenName", "李*华");
        assertThat(Json.mapper().readTree(body).path("state").path("staff").path("photoUrl").asText())
                .isEqualTo("http://hall-hub.local:8080/photos/0801.jpg");
    }

    @Test
    void the_hall_screen_scrolls_the_notices_of_its_config() throws Exception {
        DisplayConfig config = DisplayConfig.defaults().withNotices(List.of("今天下午不动产窗口15:00起暂停", "办事请带身份证"),
                List.of("Real estate windows close at 15:00 today"));
        DisplayAgent screen = TestHall.online(hall.hallScreen("HS", null, config));

        JsonNode state = json(get(screen.pageUrl() + "api/state"));
        assertThat(state.path("notices")).extracting(JsonNode::asText).containsExactly("今天下午不动产窗口15:00起暂停", "办事请带身份证");
        assertThat(state.path("noticesEn").get(0).asText()).isEqualTo("Real estate windows close at 15:00 today");
        HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(screen.pageUrl() + "events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = events.body()) {
            String pushed = CompletableFuture.supplyAsync(() -> lines.filter(l -> l.contains("\"type\":\"notices\""))
                    .findFirst().orElse("")).get(10, TimeUnit.SECONDS);
            assertThat(pushed).contains("办事请带身份证");
        }
    }

    @Test
    void both_pages_get_everything_by_push_and_never_poll() throws Exception {
        for (DisplayAgent screen : List.of(hall.windowScreen("S2", 2), hall.hallScreen("HS", null))) {
            String page = get(screen.pageUrl()).body();
            assertThat(page).contains("hallLive(").doesNotContain("fetch(", "XMLHttpRequest", "api/state", "location.reload");
            assertThat(page.split("setInterval\\(", -1)).as("one timer: the clock").hasSize(2);
            assertThat(page).contains("setInterval(tick, 1000); // the clock only");
        }
        assertThat(get(hall.hallScreen("HS2", null).pageUrl()).body()).contains("estimatedWaitMinutes");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
