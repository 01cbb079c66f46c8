package dev.hallq.kiosk;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class KioskHttpTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private KioskHall hall;
    private KioskAgent kiosk;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new KioskHall(hub);
        kiosk = hall.startOnlineKiosk(Duration.ofMillis(300));
    }

    @Test
    void posting_a_ticket_answers_200_with_the_ticket() throws Exception {
        CompletableFuture<HttpResponse<String>> response = post("{\"serviceId\": \"S1\", \"priority\": false}");
        hall.answer("S1", r -> Reply.ok(r.requestId(), KioskHall.ticket("A010", 2), null));

        HttpResponse<String> ok = response.get(5, TimeUnit.SECONDS);
        assertThat(ok.statusCode()).isEqualTo(200);
        KioskResult result = Json.mapper().readValue(ok.body(), KioskResult.class);
        assertThat(result.ok()).isTrue();
        assertThat(result.ticket().number()).isEqualTo("A010");
        assertThat(result.ticket().peopleAhead()).isEqualTo(2);
    }

    @Test
    void a_hub_refusal_answers_409_with_the_code_and_message() throws Exception {
        CompletableFuture<HttpResponse<String>> response = post("{\"serviceId\": \"S9\"}");
        hall.answer("S9", r -> Reply.error(r.requestId(), ErrorCode.UNKNOWN_SERVICE, "本大厅没有此事项"));

        HttpResponse<String> refused = response.get(5, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(409);
        KioskResult result = Json.mapper().readValue(refused.body(), KioskResult.class);
        assertThat(result.code()).isEqualTo("UNKNOWN_SERVICE");
        assertThat(result.message()).isEqualTo("本大厅没有此事项");
    }

    @Test
    void no_answer_from_the_hub_answers_503_hub_unreachable() throws Exception {
        HttpResponse<String> silent = post("{\"serviceId\": \"S1\", \"priority\": true}").get(5, TimeUnit.SECONDS);

        assertThat(silent.statusCode()).isEqualTo(503);
        KioskResult result = Json.mapper().readValue(silent.body(), KioskResult.class);
        assertThat(result.code()).isEqualTo(KioskResult.HUB_UNREACHABLE);
        assertThat(result.message()).isEqualTo(KioskResult.UNREACHABLE_ADVICE);
    }

    @Test
    void a_body_without_service_id_answers_400_naming_the_field() throws Exception {
        HttpResponse<String> bad = post("{\"priority\": false}").get(5, TimeUnit.SECONDS);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("serviceId");
        assertThat(post("not json").get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
        assertThat(post("{\"serviceId\": \"S1\", \"priority\": \"yes\"}").get(5, TimeUnit.SECONDS).body()).contains("priority");
        assertThat(hall.hub.probe().on(hall.requestTopic())).isEmpty();
    }

    @Test
    void the_page_is_the_chinese_touch_page() throws Exception {
        HttpResponse<String> page = get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "取号中…", "id=\"ticket-number\"",
                "暂时无法连接大厅服务器，请到咨询台取号", "/common/i18n.js");
    }

    @Test
    void the_service_board_is_served_once_heard() throws Exception {
        assertThat(get("api/services").statusCode()).isEqualTo(503);

        hall.retainBoard();
        await().atMost(Duration.ofSeconds(5)).until(() -> !kiosk.services().isEmpty());

        HttpResponse<String> board = get("api/services");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readValue(board.body(), Map.class))
                .containsEntry("hallName", "城东政务服务中心");
    }

    private CompletableFuture<HttpResponse<String>> post(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kiosk.pageUrl() + "api/tickets"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kiosk.pageUrl() + path)).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
