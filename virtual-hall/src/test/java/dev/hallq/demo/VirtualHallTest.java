package dev.hallq.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.protocol.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class VirtualHallTest {
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;
    private VirtualHall hall;

    @AfterEach
    void close() {
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void ticketsFlowThroughAllDevicesWithinFifteenSeconds() throws Exception {
        hall = VirtualHall.start(VirtualHallSettings.fast(dir.resolve("demo.db")), Clock.systemUTC());
        String hub = hall.hub().url();

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode tickets = getJson(hub + "api/tickets");
            long rated = 0;
            for (JsonNode t : tickets) {
                rated += t.hasNonNull("rating") ? 1 : 0;
            }
            return tickets.size() >= 5 && rated >= 2;
        });
        JsonNode devices = getJson(hub + "api/hall").path("devices");
        assertThat(devices).hasSize(2 + 2 + 6 + 6 + 1);
        for (JsonNode d : devices) {
            assertThat(d.path("online").asBoolean()).as(d.path("id").asText()).isTrue();
            HttpResponse<String> page = get(d.path("page").asText());
            assertThat(page.statusCode()).as(d.path("page").asText()).isEqualTo(200);
            assertThat(page.body()).contains("zh-CN");
        }
    }

    @Test
    void aPersonTakesATicketOnAKioskPageCallsItOnPadSixAndRatesIt() throws Exception {
        hall = VirtualHall.start(VirtualHallSettings.fast(dir.resolve("demo.db")).withoutSimulation(), Clock.systemUTC());
        String kiosk = hall.kiosks().get("K2").pageUrl();
        String pad = hall.pads().get(VirtualHall.MANUAL_WINDOW).pageUrl();
        await().until(() -> !hall.kiosks().get("K2").services().isEmpty()
                && hall.pads().get(VirtualHall.MANUAL_WINDOW).windowState().isPresent());

        HttpResponse<String> ticket = post(kiosk + "api/tickets", "{\"serviceId\":\"residence\"}");
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(ticket.body()).path("ticket").path("number").asText()).isEqualTo("D001");
        await().until(() -> hall.printers().get("P2").printed().size() == 1);

        assertThat(post(pad + "api/keys/NEXT", "{}").statusCode()).isEqualTo(202);
        await().until(() -> hall.windowScreens().get(VirtualHall.MANUAL_WINDOW).windowState()
                .map(w -> w.ticket() != null && w.ticket().number().equals("D001")).orElse(false));
        assertThat(post(pad + "api/keys/FINISH", "{}").statusCode()).isEqualTo(202);
        await().until(() -> get(pad + "api/state").body().contains("RATE"));
        assertThat(post(pad + "api/keys/SATISFIED", "{}").statusCode()).isEqualTo(202);

        await().until(() -> getJson(hall.hub().url() + "api/tickets").get(0).path("rating").asText().equals("SATISFIED"));
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(hall.printers().get("P2").pageUrl()
                + "tickets/latest.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("content-type")).contains("image/png");
        assertThat(png.body().length).isGreaterThan(1000);
    }

    private JsonNode getJson(String url) throws Exception {
        return Json.mapper().readTree(get(url).body());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
