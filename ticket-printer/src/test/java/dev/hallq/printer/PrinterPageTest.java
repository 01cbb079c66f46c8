package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.Awaiting;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.escpos.InkProbe;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import java.io.ByteArrayInputStream;
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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HubDoubleExtension.class)
class PrinterPageTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SimulatedPrinterTransport paper = new SimulatedPrinterTransport("sim-P1");
    private PrinterHall hall;
    private PrinterAgent printer;

    @BeforeEach
    void startPrinter(PlayedHub hub) {
        hall = new PrinterHall(hub);
        printer = hall.start(paper);
    }

    @Test
    void aPrintedTicketsImageIsThePaperSentWithAQrCodeThatDecodesToTheJobsContent() throws Exception {
        PrintJob job = job("J1", "A012");
        hall.send(job);
        hall.awaitResult("J1", PrintResult::printed);

        for (String path : List.of("tickets/J1.png", "tickets/latest.png")) {
            HttpResponse<byte[]> png = get(path, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).as(path).isEqualTo(200);
            assertThat(png.headers().firstValue("content-type")).as(path).contains("image/png");
            var image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).isEqualTo(576);
            assertThat(InkProbe.decodeQr(image)).as(path).hasValueSatisfying(r -> assertThat(r.getText()).isEqualTo(job.qrContent()));
        }
    }

    @Test
    void theListOfPrintedTicketsIsNewestFirstWithoutTheBytes() throws Exception {
        hall.send(job("J1", "A001"));
        hall.send(job("J2", "A002"));
        hall.awaitResult("J2", PrintResult::printed);

        JsonNode list = Json.mapper().readTree(get("api/printed", HttpResponse.BodyHandlers.ofString()).body());

        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("jobId").asText()).isEqualTo("J2");
        assertThat(list.get(0).path("ticketId").asText()).isEqualTo("20261124-A002");
        assertThat(list.get(0).path("ticketNumber").asText()).isEqualTo("A002");
        assertThat(list.get(0).path("at").asText()).isNotBlank();
        assertThat(list.get(0).has("escpos")).isFalse();
        assertThat(list.get(1).path("jobId").asText()).isEqualTo("J1");
    }

    @Test
    void anUnknownTicketIsA404WithAJsonError() throws Exception {
        HttpResponse<String> latest = get("tickets/latest.png", HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = get("tickets/NOPE.png", HttpResponse.BodyHandlers.ofString());

        assertThat(latest.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(unknown.body()).path("error").asText()).isEqualTo("NOT_FOUND");
        assertThat(Json.mapper().readTree(unknown.body()).path("message").asText()).contains("NOPE");
    }

    @Test
    void thePageIsChineseFirstWithEnglishAndTicketImagesAndTheEventStreamTellsStatusAndPrintedJobs() throws Exception {
        String page = get("", HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("lang=\"zh-CN\"", "lang-toggle", "offline-banner", "hallLive", "data-ticket",
                "tickets/${encodeURIComponent(p.jobId)}.png", "取号票打印机", "Ticket printer", "id=\"reprint\"",
                "api/tickets/${encodeURIComponent(number)}/reprint", "补打");

        HttpResponse<Stream<String>> events = http.sendAsync(HttpRequest.newBuilder(URI.create(printer.pageUrl() + "events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        List<String> heard = new CopyOnWriteArrayList<>();
        try (Stream<String> lines = events.body()) {
            CompletableFuture.runAsync(() -> lines.forEach(heard::add));
            // a browser gets the latest status when it joins, and every printed job from then on
            Awaiting.until(() -> heard.stream().filter(l -> l.contains("\"type\":\"status\"")
                    && l.contains("\"paper\":\"OK\"") && l.contains("\"transport\":\"sim-P1\"")).findFirst(),
                    Duration.ofSeconds(5), () -> "no status event; heard " + heard);
            hall.send(job("J1", "A012"));
            String printed = Awaiting.until(() -> heard.stream().filter(l -> l.contains("\"type\":\"printed\"")).findFirst(),
                    Duration.ofSeconds(5), () -> "no printed event; heard " + heard);
            assertThat(printed).contains("\"jobId\":\"J1\"", "\"ticketNumber\":\"A012\"", "\"ok\":true",
                    "\"reprint\":false");
        }
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request(path), body);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(printer.pageUrl() + path)).timeout(Duration.ofSeconds(5)).build();
    }
}
