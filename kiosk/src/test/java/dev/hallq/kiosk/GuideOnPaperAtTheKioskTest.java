package dev.hallq.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintRequest;
import dev.hallq.protocol.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 打印办事指南 at the kiosk: the page's button posts, the agent asks the hub for the guide on its own printer. */
@ExtendWith(HubDoubleExtension.class)
class GuideOnPaperAtTheKioskTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PlayedHub hub;
    private KioskHall hall;

    @BeforeEach
    void openHall(PlayedHub hub) {
        this.hub = hub;
        hall = new KioskHall(hub);
    }

    @Test
    void theButtonAsksTheHubForTheGuideOnTheKiosksPrinterAndSaysOkOnceTheHubSentIt() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        CompletableFuture<HttpResponse<String>> response = printGuide(kiosk, "S2");
        PrintRequest request = hall.awaitPrintRequest(r -> r.serviceId().equals("S2"));
        assertThat(request.printerId()).isEqualTo("P1");
        assertThat(request.replyTo()).isEqualTo(hall.replyTopic());
        hub.send(request.replyTo(), Reply.ok(request.requestId(), null, null));

        HttpResponse<String> ok = response.get(5, TimeUnit.SECONDS);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(ok.body())).isEqualTo(Json.mapper().readTree("{\"ok\": true}"));
        assertThat(kiosk.waitingForHub()).isZero();
    }

    @Test
    void theHubsRefusalComesBackAsAConflictWithItsCodeAndMessage() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        CompletableFuture<HttpResponse<String>> response = printGuide(kiosk, "S1");
        PrintRequest request = hall.awaitPrintRequest(r -> r.serviceId().equals("S1"));
        hub.send(request.replyTo(), Reply.error(request.requestId(), ErrorCode.WRONG_STATE, "service 'S1' has no guide to print"));

        HttpResponse<String> refused = response.get(5, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode body = Json.mapper().readTree(refused.body());
        assertThat(body.path("ok").asBoolean(true)).isFalse();
        assertThat(body.path("code").asText()).isEqualTo("WRONG_STATE");
        assertThat(body.path("message").asText()).contains("no guide");
    }

    @Test
    void aKioskWithoutAPrinterRefusesAtOnceAndAsksTheHubNothing() throws Exception {
        hub.isNow(DeviceState.ONLINE);
        KioskAgent kiosk = hall.startKiosk(null, Duration.ofSeconds(5), new NoIdCardReader());
        await().atMost(Duration.ofSeconds(10)).until(kiosk::hubOnline);

        HttpResponse<String> refused = printGuide(kiosk, "S2").get(5, TimeUnit.SECONDS);

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode body = Json.mapper().readTree(refused.body());
        assertThat(body.path("code").asText()).isEqualTo(GuidePrint.NO_PRINTER);
        assertThat(body.path("message").asText()).contains("no printer");
        assertThat(hub.probe().on(hall.printRequestTopic())).isEmpty();
    }

    @Test
    void aPrinterOutOfPaperIsRefusedAtOnceNamingWhyAndPrintsAgainOnceItIsBack() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));
        try (PageEvents page = new PageEvents(kiosk.pageUrl())) {
            hub.retain(hub.statusTopic("P1"), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER, DeviceState.DEGRADED,
                    "printer: paper out", "0.1", null, null, Map.of("paper", "OUT"), Instant.now()));
            await().until(() -> page.latest("printer") != null && !page.latest("printer").path("usable").asBoolean());

            HttpResponse<String> refused = printGuide(kiosk, "S2").get(5, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(409);
            JsonNode body = Json.mapper().readTree(refused.body());
            assertThat(body.path("code").asText()).isEqualTo(GuidePrint.PRINTER_NOT_READY);
            assertThat(body.path("message").asText()).contains("P1", "PAPER_OUT");
            assertThat(hub.probe().on(hall.printRequestTopic())).isEmpty();

            hub.retain(hub.statusTopic("P1"), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER, DeviceState.ONLINE, null,
                    "0.1", null, null, Map.of("paper", "OK"), Instant.now()));
            await().until(() -> page.latest("printer").path("usable").asBoolean());
        }
        CompletableFuture<HttpResponse<String>> again = printGuide(kiosk, "S2");
        PrintRequest request = hall.awaitPrintRequest(r -> r.serviceId().equals("S2"));
        hub.send(request.replyTo(), Reply.ok(request.requestId(), null, null));
        assertThat(again.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void aHubThatDoesNotAnswerIsUnreachableAfterTheTimeout() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(SHORT);

        CompletableFuture<HttpResponse<String>> response = printGuide(kiosk, "S2");
        hall.awaitPrintRequest(r -> r.serviceId().equals("S2"));

        HttpResponse<String> unreachable = response.get(5, TimeUnit.SECONDS);
        assertThat(unreachable.statusCode()).isEqualTo(503);
        assertThat(Json.mapper().readTree(unreachable.body()).path("code").asText()).isEqualTo("HUB_UNREACHABLE");
        assertThat(kiosk.waitingForHub()).isZero();
    }

    @Test
    void withTheHubOfflineTheButtonIsUnreachableAtOnceAndSendsNothing() throws Exception {
        KioskAgent kiosk = hall.startKiosk("P1", Duration.ofSeconds(5), new SimulatedIdCardReader());
        hub.awaitStatus(KioskHall.KIOSK, s -> s.state() == DeviceState.ONLINE);

        HttpResponse<String> unreachable = printGuide(kiosk, "S2").get(2, TimeUnit.SECONDS);

        assertThat(unreachable.statusCode()).isEqualTo(503);
        assertThat(Json.mapper().readTree(unreachable.body()).path("code").asText()).isEqualTo("HUB_UNREACHABLE");
        assertThat(hub.probe().on(hall.printRequestTopic())).isEmpty();
    }

    @Test
    void aServiceIdThatIsNoIdIsABadRequest() throws Exception {
        KioskAgent kiosk = hall.startOnlineKiosk(Duration.ofSeconds(5));

        HttpResponse<String> bad = printGuide(kiosk, "%3Cscript%3E").get(5, TimeUnit.SECONDS);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(bad.body()).path("message").asText()).contains("serviceId");
    }

    private CompletableFuture<HttpResponse<String>> printGuide(KioskAgent kiosk, String serviceId) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(kiosk.pageUrl() + "api/guides/" + serviceId + "/print"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
