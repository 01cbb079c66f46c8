package dev.hallq.kiosk;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.ServiceGuides;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a citizen meets at the kiosk beyond a plain ticket: booking check-in, paper out, the card, guides, QR codes. */
@ExtendWith(HubDoubleExtension.class)
class KioskCitizenFlowsTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PlayedHub hub;
    private KioskHall hall;
    private KioskAgent kiosk;
    private final SimulatedIdCardReader reader = new SimulatedIdCardReader();

    @BeforeEach
    void openHall(PlayedHub hub) {
        this.hub = hub;
        hall = new KioskHall(hub);
        hub.retain(hub.topics().hubStatus(), new HubStatus(hub.hallId(), DeviceState.ONLINE, "test", PlayedHub.STARTED,
                Instant.now(), "http://hall.example:8080/"));
        kiosk = hall.startKiosk("P1", Duration.ofSeconds(2), reader);
        await().atMost(Duration.ofSeconds(10)).until(kiosk::hubOnline);
    }

    @Test
    void aScannedBookingCodeChecksInWithoutChoosingAServiceAndTheResultLinksTheTicketPage() throws Exception {
        CompletableFuture<HttpResponse<String>> response = post("api/checkin", "{\"code\": \" yab2c3d4 \"}");
        TicketRequest request = hall.awaitRequest(r -> r.appointmentCode() != null);
        assertThat(request.serviceId()).isNull();
        assertThat(request.appointmentCode()).isEqualTo("YAB2C3D4");
        hub.send(request.replyTo(), Reply.ok(request.requestId(), KioskHall.ticket("A011", 0), null));

        HttpResponse<String> ok = response.get(5, TimeUnit.SECONDS);
        assertThat(ok.statusCode()).isEqualTo(200);
        KioskResult result = Json.mapper().readValue(ok.body(), KioskResult.class);
        assertThat(result.printed()).isTrue();
        assertThat(result.myTicketUrl()).isEqualTo("http://hall.example:8080/t/20261124-A011");
        assertThat(post("api/checkin", "{\"code\": \"<script>\"}").get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
    }

    @Test
    void withThePrinterOutOfPaperTheTicketIsShownOnTheScreenAndNoJobIsSent() throws Exception {
        try (PageEvents page = new PageEvents(kiosk.pageUrl())) {
            hub.retain(hub.statusTopic("P1"), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER, DeviceState.DEGRADED,
                    "printer: paper out", "0.1", null, null, Map.of("paper", "OUT"), Instant.now()));
            await().until(() -> page.latest("printer") != null && !page.latest("printer").path("usable").asBoolean());
            assertThat(page.latest("printer").path("reason").asText()).isEqualTo("PAPER_OUT");

            CompletableFuture<HttpResponse<String>> response = post("api/tickets", "{\"serviceId\": \"S1\"}");
            TicketRequest request = hall.answer("S1", r -> Reply.ok(r.requestId(), KioskHall.ticket("A012", 3), null));
            assertThat(request.printerId()).as("no job for a printer without paper").isNull();
            KioskResult result = Json.mapper().readValue(response.get(5, TimeUnit.SECONDS).body(), KioskResult.class);
            assertThat(result.printed()).isFalse();
            assertThat(result.myTicketUrl()).endsWith("/t/20261124-A012");

            hub.retain(hub.statusTopic("P1"), new DeviceStatus("P1", DeviceKind.TICKET_PRINTER, DeviceState.ONLINE, null,
                    "0.1", null, null, Map.of("paper", "NEAR_END"), Instant.now()));
            await().until(() -> page.latest("printer").path("usable").asBoolean());
            assertThat(page.latest("printer").path("reason").asText()).isEqualTo("PAPER_LOW");
        }
        CompletableFuture<HttpResponse<String>> again = post("api/tickets", "{\"serviceId\": \"S2\"}");
        TicketRequest printed = hall.answer("S2", r -> Reply.ok(r.requestId(), KioskHall.ticket("B001", 0), null));
        assertThat(printed.printerId()).isEqualTo("P1");
        assertThat(again.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageSeesACardArriveWithTheMaskedNameOnlyAndLeave() {
        try (PageEvents page = new PageEvents(kiosk.pageUrl())) {
            reader.insert(new CitizenCard("张三丰", "11010519491231002X", LocalDate.parse("1949-12-31")));
            await().until(() -> page.latest("card") != null && page.latest("card").path("present").asBoolean());
            assertThat(page.latest("card").path("maskedName").asText()).isEqualTo("张*丰");
            assertThat(page.latest("card").path("age").asInt()).isGreaterThanOrEqualTo(76);
            assertThat(page.latest("card").toString()).doesNotContain("002X", "张三丰");
            reader.remove();
            await().until(() -> !page.latest("card").path("present").asBoolean());
            reader.insertUnreadable("READ_FAILED");
            await().until(() -> page.latest("cardUnreadable") != null);
            assertThat(page.latest("cardUnreadable").path("reason").asText()).isEqualTo("READ_FAILED");
        }
    }

    @Test
    void guidesAndSearchInitialsComeFromTheHub() throws Exception {
        hall.retainBoard();
        hub.retain(hub.topics().guides(), new ServiceGuides(hub.hallId(), List.of(new ServiceGuides.Guide("S2",
                "《不动产登记暂行条例》", "5个工作日", List.of("身份证", "不动产权证书"), List.of("取号", "受理"), "12345")),
                Instant.now()));
        try (PageEvents page = new PageEvents(kiosk.pageUrl())) {
            await().until(() -> page.latest("initials") != null);
            assertThat(page.latest("initials").path("S2").asText()).isEqualTo("BDCDJ");
            assertThat(page.latest("initials").path("S1").asText()).isEqualTo("SBYW");
        }
        await().until(() -> get("api/guides").statusCode() == 200);
        assertThat(get("api/guides").body()).contains("不动产权证书", "5个工作日");
    }

    @Test
    void theQrCodeOfATicketPageReadsBack() throws Exception {
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(kiosk.pageUrl()
                + "api/qr?text=http://hall.example:8080/t/20261124-A011")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).get().asString().startsWith("image/png");
        var image = ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(text).isEqualTo("http://hall.example:8080/t/20261124-A011");
        assertThat(get("api/qr?text=javascript:alert(1)").statusCode()).isEqualTo(400);
    }

    private CompletableFuture<HttpResponse<String>> post(String path, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(kiosk.pageUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(kiosk.pageUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
