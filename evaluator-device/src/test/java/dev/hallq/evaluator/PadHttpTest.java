package dev.hallq.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.Awaiting;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.RatingLevel;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowPhase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(HubDoubleExtension.class)
class PadHttpTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SimulatedKeypad keys = new SimulatedKeypad();
    private PadHall hall;
    private EvaluatorAgent pad;

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new PadHall(hub);
        pad = hall.startOnlinePad(keys, MutableClock.at("2026-11-24T02:00:00Z"));
    }

    @Test
    void posting_next_publishes_the_staff_command_and_answers_202() throws Exception {
        HttpResponse<String> response = post("api/keys/NEXT", "");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("accepted").asBoolean()).isTrue();
        StaffCommand next = hall.awaitCommand(c -> c.action() == StaffAction.NEXT);
        assertThat(next.window()).isEqualTo(PadHall.WINDOW);
        assertThat(next.replyTo()).isEqualTo(hall.replyTopic());
    }

    @Test
    void pausing_from_the_page_sends_the_reason_picked_there() throws Exception {
        assertThat(post("api/keys/PAUSE_RESUME", "{\"reason\": \"午休\"}").statusCode()).isEqualTo(202);

        assertThat(hall.awaitCommand(c -> c.action() == StaffAction.PAUSE).reason()).isEqualTo("午休");
    }

    @Test
    void an_unknown_key_answers_400_naming_it() throws Exception {
        HttpResponse<String> response = post("api/keys/DANCE", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("DANCE", "NEXT");
        assertThat(hall.commandsHeard()).isZero();
    }

    @Test
    void a_rating_key_on_the_staff_screen_answers_409_and_sends_nothing() throws Exception {
        HttpResponse<String> response = post("api/keys/SATISFIED", "{}");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode body = json(response);
        assertThat(body.path("accepted").asBoolean()).isFalse();
        assertThat(body.path("why").asText()).contains("no rating is asked for now");
        assertThat(post("api/keys/NEXT", "").statusCode()).isEqualTo(202);
        hall.awaitCommand(c -> c.action() == StaffAction.NEXT);
        assertThat(hall.ratingsHeard()).isZero();
    }

    @Test
    void a_bad_rating_from_the_page_carries_its_reasons_and_text_once() throws Exception {
        TicketInfo ticket = PadHall.ticket("B007");
        hall.window(WindowPhase.AWAITING_RATING, ticket);
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);

        HttpResponse<String> response = post("api/keys/DISSATISFIED",
                "{\"reasons\": [\"attitude\", \"not-told-once\"], \"comment\": \"材料要求没有一次说清\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        RatingSubmission rating = hall.awaitRating(r -> r.ticketId().equals(ticket.id()));
        assertThat(rating.level()).isEqualTo(RatingLevel.DISSATISFIED);
        assertThat(rating.reasons()).containsExactly("attitude", "not-told-once");
        assertThat(rating.comment()).isEqualTo("材料要求没有一次说清");
        assertThat(post("api/keys/VERY_DISSATISFIED", "{\"reasons\": [\"efficiency\"]}").statusCode()).isEqualTo(409);
    }

    @Test
    void reasons_that_do_not_fit_answer_400_naming_what_is_wrong() throws Exception {
        hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("B008"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.screen() == PadScreen.RATE);

        assertThat(post("api/keys/SATISFIED", "{\"reasons\": [\"attitude\"]}").body()).contains("bad rating");
        assertThat(post("api/keys/DISSATISFIED", "{\"reasons\": [\"weather\"]}").body()).contains("weather");
        assertThat(post("api/keys/DISSATISFIED", "{\"mood\": 3}").body()).contains("mood");
        assertThat(post("api/keys/NEXT", "{\"reason\": \"午休\"}").statusCode()).isEqualTo(400);
        assertThat(post("api/keys/DISSATISFIED", "[1]").statusCode()).isEqualTo(400);
        assertThat(pad.screen()).isEqualTo(PadScreen.RATE);
    }

    @Test
    void the_state_tells_window_screen_and_the_hubs_latest_answer() throws Exception {
        assertThat(post("api/keys/NEXT", "").statusCode()).isEqualTo(202);
        StaffCommand next = hall.awaitCommand(c -> c.action() == StaffAction.NEXT);
        hall.hub.send(next.replyTo(), Reply.error(next.requestId(), ErrorCode.WINDOW_PAUSED, "window 3 is paused"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pad.lastReply().isPresent());

        JsonNode state = json(get("api/state"));

        assertThat(state.path("screen").asText()).isEqualTo("STAFF");
        assertThat(state.path("window").path("phase").asText()).isEqualTo("IDLE");
        assertThat(state.path("window").path("staff").path("name").asText()).isEqualTo("王芳");
        assertThat(state.path("lastReply").path("error").asText()).isEqualTo("WINDOW_PAUSED");
        assertThat(state.path("notice").path("message").asText()).isEqualTo("window 3 is paused");
        assertThat(state.path("notice").path("messageZh").asText()).isEqualTo("窗口已暂停，请先恢复");
    }

    @Test
    void the_page_is_the_chinese_touch_page_with_every_key() throws Exception {
        HttpResponse<String> page = get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "请您对本次服务进行评价", "感谢您的评价！", "/common/i18n.js",
                "lang-toggle", "offline-banner", "服务态度", "未一次性告知", "大厅服务器无响应");
        for (String key : List.of("NEXT", "RECALL", "NO_SHOW", "PAUSE_RESUME", "FINISH", "VERY_SATISFIED", "SATISFIED",
                "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED")) {
            assertThat(page.body()).contains("data-key=\"" + key + "\"");
        }
    }

    @Test
    void the_event_stream_replays_the_screen_window_and_hub_to_a_new_browser() throws Exception {
        HttpResponse<Stream<String>> events = http.sendAsync(HttpRequest.newBuilder(URI.create(pad.pageUrl() + "events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
        List<String> heard = new CopyOnWriteArrayList<>();
        try (Stream<String> lines = events.body()) {
            CompletableFuture.runAsync(() -> lines.forEach(heard::add));

            for (String type : List.of("screen", "window", "hub")) {
                Awaiting.until(() -> heard.stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).findFirst(),
                        Duration.ofSeconds(5), () -> "no " + type + " event; heard " + heard);
            }
            assertThat(heard).anySatisfy(l -> assertThat(l).contains("\"screen\":\"STAFF\"", "\"window\":3"));

            hall.window(WindowPhase.AWAITING_RATING, PadHall.ticket("A020"));
            Awaiting.until(() -> heard.stream().filter(l -> l.contains("\"screen\":\"RATE\"")).findFirst(),
                    Duration.ofSeconds(5), () -> "no RATE screen event; heard " + heard);
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pad.pageUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pad.pageUrl() + path)).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
