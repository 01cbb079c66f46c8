package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.GB18030;
import static dev.hallq.printer.PrinterHall.contains;
import static dev.hallq.printer.PrinterHall.job;
import static dev.hallq.printer.PrinterHall.qrOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.TicketLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(HubDoubleExtension.class)
class PrinterAgentTest {
    private PrinterHall hall;
    private final SimulatedPrinterTransport paper = new SimulatedPrinterTransport("sim-P1");

    @BeforeEach
    void openHall(PlayedHub hub) {
        hall = new PrinterHall(hub);
    }

    @Test
    void aPrintJobFromTheHubBecomesEscPosWithTheNumberInGb18030AndAQrCodeAndIsAnsweredPrinted() {
        PrinterAgent printer = hall.start(paper);
        PrintJob job = job("J1", "A012");

        hall.send(job);

        PrintResult result = hall.awaitResult("J1", r -> true);
        assertThat(result.printed()).isTrue();
        assertThat(result.ticketId()).isEqualTo("20261124-A012");
        assertThat(result.reason()).isNull();
        byte[] sent = paper.lastJob().orElseThrow();
        assertThat(contains(sent, "A012".getBytes(GB18030))).isTrue();
        assertThat(contains(sent, "社保业务".getBytes(GB18030))).isTrue();
        assertThat(contains(sent, "2026-11-24 10:05:09".getBytes(GB18030))).as("issued time in Beijing time").isTrue();
        assertThat(qrOn(sent)).contains(job.qrContent());
        assertThat(printer.printed()).singleElement().satisfies(t -> {
            assertThat(t.jobId()).isEqualTo("J1");
            assertThat(t.ticketNumber()).isEqualTo("A012");
            assertThat(t.escpos()).isEqualTo(sent);
        });
        DeviceStatus status = hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE && s.page() != null);
        assertThat(status.kind()).isEqualTo(DeviceKind.TICKET_PRINTER);
        assertThat(status.hardware()).containsEntry("paper", "OK").containsEntry("transport", "sim-P1");
        assertThat(status.page()).isEqualTo(printer.pageUrl());
    }

    @Test
    void jobsArePrintedInTheOrderTheyArriveAndListedNewestFirst() {
        PrinterAgent printer = hall.start(paper);

        List.of("A001", "A002", "A003").forEach(n -> hall.send(job("J-" + n, n)));

        hall.awaitResult("J-A003", PrintResult::printed);
        await().until(() -> paper.jobs().size() == 3);
        assertThat(paper.jobs()).extracting(j -> new String(j, GB18030))
                .satisfiesExactly(j -> assertThat(j).contains("A001"), j -> assertThat(j).contains("A002"),
                        j -> assertThat(j).contains("A003"));
        assertThat(printer.printed()).extracting(PrintedTicket::ticketNumber).containsExactly("A003", "A002", "A001");
    }

    @Test
    void paperOutFailsTheJobAndDegradesTheStatusUntilPaperIsBackAndATicketPrints() {
        PrinterAgent printer = hall.start(paper);
        paper.setPaperOut(true);

        hall.send(job("J1", "A001"));

        PrintResult failed = hall.awaitResult("J1", r -> true);
        assertThat(failed.printed()).isFalse();
        assertThat(failed.reason()).isEqualTo("PAPER_OUT");
        DeviceStatus out = hall.awaitLatestStatus(s -> s.state() == DeviceState.DEGRADED && "OUT".equals(s.hardware().get("paper")));
        assertThat(out.reason()).contains("printer: PAPER_OUT");
        assertThat(printer.printed()).isEmpty();

        paper.setPaperOut(false);
        hall.send(job("J2", "A002"));

        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE && "OK".equals(s.hardware().get("paper")));
        assertThat(printer.printed()).extracting(PrintedTicket::jobId).containsExactly("J2");
    }

    @Test
    void aFailedJobDeliveredAgainIsPrintedOnceThePrinterIsBack() {
        hall.start(paper);
        paper.setCoverOpen(true);
        hall.send(job("J1", "A001"));
        assertThat(hall.awaitResult("J1", r -> true).reason()).isEqualTo("COVER_OPEN");

        paper.setCoverOpen(false);
        hall.send(job("J1", "A001"));

        hall.awaitResult("J1", PrintResult::printed);
        assertThat(paper.jobs()).hasSize(1);
    }

    @Test
    void aJobDeliveredTwiceIsPrintedOnceAndAnsweredTwice() {
        PrinterAgent printer = hall.start(paper);
        PrintJob job = job("J1", "A001");

        hall.send(job);
        hall.send(job);
        hall.send(job("J2", "A002"));

        hall.awaitResult("J2", PrintResult::printed);
        await().until(() -> hall.results("J1").size() == 2);
        assertThat(hall.results("J1")).allSatisfy(r -> assertThat(r.printed()).isTrue());
        assertThat(paper.jobs()).hasSize(2);
        assertThat(printer.printed()).extracting(PrintedTicket::jobId).containsExactly("J2", "J1");
    }

    @Test
    void malformedPrintJobsAreDroppedUnansweredAndTheNextJobPrints() {
        hall.start(paper);

        hall.hub.sendRaw(hall.jobTopic, "{not json");
        hall.hub.sendRaw(hall.jobTopic, "{\"schema\":1,\"jobId\":\"J0\",\"hallName\":\"大厅\"}");
        hall.send(job("J1", "A001"));

        hall.awaitResult("J1", PrintResult::printed);
        assertThat(hall.hub.probe().on(hall.resultTopic)).hasSize(1);
        assertThat(paper.jobs()).hasSize(1);
    }

    @Test
    void aJobThatCannotBePrintedIsAnsweredWithoutTouchingThePrinter() {
        hall.start(paper);
        PrintJob tooLong = new PrintJob("J1", "大厅", job("J1", "A001").ticket(), "x".repeat(400), PrinterHall.ISSUED);

        hall.send(tooLong);

        PrintResult result = hall.awaitResult("J1", r -> true);
        assertThat(result.printed()).isFalse();
        assertThat(result.reason()).isEqualTo("INVALID_JOB");
        assertThat(paper.jobs()).isEmpty();
        assertThat(hall.latestStatus()).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DeviceState.ONLINE));
    }

    @Test
    void theHallsTemplateFileShapesEveryTicketOnTheRollItNames(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("ticket.yaml"), """
                paper: 58
                hallName: 城东中心
                notes: [过号无效，请留意叫号]
                fields: {estimatedWait: false}
                """);
        PrinterAgent printer = hall.start(agent -> PrinterSettings.of(agent, null, template), paper);

        hall.send(job("J1", "A001"));

        hall.awaitResult("J1", PrintResult::printed);
        String sent = new String(paper.lastJob().orElseThrow(), GB18030);
        assertThat(sent).contains("城东中心", "过号无效，请留意叫号").doesNotContain("城东政务服务中心", TicketLayout.DEFAULT_NOTE);
        assertThat(printer.printed()).singleElement().satisfies(t -> assertThat(
                ImageIO.read(new ByteArrayInputStream(t.png(PaperWidth.MM58))).getWidth()).isEqualTo(384));
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);
    }

    @Test
    void statusQueriesReportPaperLowAndAnOpenCoverWithoutAnyJob() {
        hall.start(paper, Duration.ofMillis(50));

        paper.setPaperNearEnd(true);
        DeviceStatus low = hall.awaitLatestStatus(s -> "NEAR_END".equals(s.hardware().get("paper")) && s.reason() != null);
        assertThat(low.state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(low.reason()).isEqualTo("paper: paper low");

        paper.setCoverOpen(true);
        hall.awaitLatestStatus(s -> s.reason() != null && s.reason().contains("printer: COVER_OPEN"));

        paper.setCoverOpen(false);
        paper.setPaperNearEnd(false);
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE && "OK".equals(s.hardware().get("paper")));
    }
}
