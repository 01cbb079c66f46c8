package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.GB18030;
import static dev.hallq.printer.PrinterHall.job;
import static dev.hallq.printer.PrinterHall.qrOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.ticket.TicketLayout;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.TicketInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 补打: a ticket printed today printed again, by number from the page, or by the hub for a real-name citizen. */
@ExtendWith(HubDoubleExtension.class)
class ReprintTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SimulatedPrinterTransport paper = new SimulatedPrinterTransport("sim-P1");
    /** 10:15 in the hall, ten minutes after {@link PrinterHall#ISSUED}. */
    private final MutableClock clock = MutableClock.at("2026-11-24T02:15:09Z");
    private PrinterHall hall;
    private PrinterAgent printer;

    @BeforeEach
    void printA012(PlayedHub hub) {
        hall = new PrinterHall(hub);
        printer = hall.start(paper, PrinterAgent.PAPER_CHECK, clock);
        hall.send(job("J1", "A012"));
        hall.awaitResult("J1", PrintResult::printed);
    }

    @Test
    void aTicketPrintedTodayIsPrintedAgainByNumberMarkedReprintAndAnsweredLikeAnyJob() throws Exception {
        clock.advance(Duration.ofMinutes(20));

        HttpResponse<String> response = reprint("a012");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.path("printed").asBoolean()).isTrue();
        assertThat(body.path("ticketNumber").asText()).isEqualTo("A012");
        String jobId = body.path("jobId").asText();
        assertThat(jobId).startsWith("reprint-");
        PrintResult result = hall.awaitResult(jobId, r -> true);
        assertThat(result.printed()).isTrue();
        assertThat(result.ticketId()).isEqualTo("20261124-A012");

        assertThat(paper.jobs()).hasSize(2);
        byte[] again = paper.jobs().get(1);
        assertThat(new String(again, GB18030)).contains(TicketLayout.REPRINT_MARK, "A012", "社保业务",
                "取号时间：2026-11-24 10:05:09", "补打时间：2026-11-24 10:35:09").doesNotContain("您前面还有");
        assertThat(qrOn(again)).contains(job("J1", "A012").qrContent());
        assertThat(printer.printed()).first().satisfies(t -> {
            assertThat(t.reprint()).isTrue();
            assertThat(t.ticketNumber()).isEqualTo("A012");
        });
        JsonNode list = Json.mapper().readTree(get("api/printed").body());
        assertThat(list.get(0).path("reprint").asBoolean()).isTrue();
        assertThat(list.get(1).path("reprint").asBoolean()).isFalse();
    }

    @Test
    void aReprintThePrinterCannotDoIsA503WithTheReasonAndIsAnsweredFailedToTheHub() throws Exception {
        paper.setPaperOut(true);

        HttpResponse<String> response = reprint("A012");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.path("printed").asBoolean()).isFalse();
        assertThat(body.path("reason").asText()).isEqualTo("PAPER_OUT");
        PrintResult result = hall.awaitResult(body.path("jobId").asText(), r -> true);
        assertThat(result.printed()).isFalse();
        assertThat(result.reason()).isEqualTo("PAPER_OUT");
        assertThat(paper.jobs()).hasSize(1);
    }

    @Test
    void aNumberNotPrintedHereTodayIsNotFoundAndAMalformedOneIsRefused() throws Exception {
        HttpResponse<String> unknown = reprint("B001");
        HttpResponse<String> malformed = reprint("A%20012");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(unknown.body()).path("error").asText()).isEqualTo("UNKNOWN_TICKET");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(malformed.body()).path("error").asText()).isEqualTo("BAD_NUMBER");
        assertThat(paper.jobs()).hasSize(1);
    }

    @Test
    void yesterdaysTicketsAreNotReprintedTheNumbersStartedAgain() throws Exception {
        clock.advance(Duration.ofDays(1));

        assertThat(reprint("A012").statusCode()).isEqualTo(404);
    }

    @Test
    void theHubsReprintForARealNameCitizenUnderTheFirstJobIdPrintsMarkedAndOnceEvenIfDeliveredTwice() {
        PrintJob first = job("J1", "A012");
        TicketInfo t = first.ticket();
        PrintJob again = new PrintJob("J1", first.hallName(), new TicketInfo(t.id(), t.number(), t.serviceId(),
                t.serviceName(), t.serviceNameEn(), 1, t.issuedAt(), 5, Boolean.TRUE), first.qrContent(),
                PrinterHall.ISSUED.plusSeconds(600));

        hall.send(again);
        hall.send(again);

        await().until(() -> hall.results("J1").size() == 3);
        assertThat(hall.results("J1")).allSatisfy(r -> assertThat(r.printed()).isTrue());
        assertThat(paper.jobs()).hasSize(2);
        assertThat(new String(paper.jobs().get(1), GB18030)).contains(TicketLayout.REPRINT_MARK, "您前面还有 1 人等候",
                "预计等候约 5 分钟", "补打时间：2026-11-24 10:15:09");
    }

    private HttpResponse<String> reprint(String number) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(printer.pageUrl() + "api/tickets/" + number + "/reprint"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(printer.pageUrl() + path)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
