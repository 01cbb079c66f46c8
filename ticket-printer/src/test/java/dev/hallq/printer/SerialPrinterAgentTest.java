package dev.hallq.printer;

import dev.hallq.agent.testing.SocatPair;

import static dev.hallq.printer.PrinterHall.job;
import static dev.hallq.printer.PrinterHall.qrOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.escpos.StatusQuery;
import dev.hallq.printer.transport.SerialTransport;
import dev.hallq.printer.transport.SimulatedSerialPrinter;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole agent driving a printer on a serial line: a socat pty pair with a simulated printer at the far end. */
@ExtendWith(HubDoubleExtension.class)
class SerialPrinterAgentTest {
    private static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path dir;
    private SocatPair line;
    private SimulatedSerialPrinter paper;
    private PrinterHall hall;

    @BeforeEach
    void connect(PlayedHub hub) {
        line = SocatPair.start(dir);
        paper = SimulatedSerialPrinter.on(line.device(), 9600);
        hall = new PrinterHall(hub);
    }

    @AfterEach
    void disconnect() {
        paper.close();
        line.close();
    }

    private PrinterAgent start(Duration poll) {
        return hall.start(new SerialTransport(line.host()), poll);
    }

    @Test
    void aTicketFromTheHubGoesDownTheSerialLineExactlyAsLaidOutAndIsAnsweredPrinted() {
        PrinterAgent printer = start(PrinterAgent.PAPER_CHECK);
        PrintJob job = job("J1", "A012");

        hall.send(job);

        assertThat(hall.awaitResult("J1", r -> true).printed()).isTrue();
        await().until(() -> paper.jobs().size() == 1);
        byte[] received = paper.jobs().get(0);
        assertThat(printer.printed()).singleElement().satisfies(t -> assertThat(t.escpos()).isEqualTo(received));
        assertThat(qrOn(received)).contains(job.qrContent());
        assertThat(paper.queries()).as("asked before and after the job")
                .contains(StatusQuery.PRINTER, StatusQuery.OFFLINE_CAUSE, StatusQuery.ERROR_CAUSE, StatusQuery.ROLL_PAPER);
        DeviceStatus status = hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);
        assertThat(status.hardware()).containsEntry("transport", "serial " + line.host() + " 9600 8N1");
    }

    @Test
    void aPrinterOutOfPaperThatWouldSwallowTheBytesIsAskedFirstAndTheJobFailsWithPaperOut() {
        start(PrinterAgent.PAPER_CHECK);
        paper.setPaperOut(true);

        hall.send(job("J1", "A001"));

        PrintResult result = hall.awaitResult("J1", r -> true);
        assertThat(result.printed()).isFalse();
        assertThat(result.reason()).isEqualTo("PAPER_OUT");
        assertThat(paper.received()).as("nothing sent to a printer without paper").isEmpty();
        hall.awaitLatestStatus(s -> s.state() == DeviceState.DEGRADED && "OUT".equals(s.hardware().get("paper")));

        paper.setPaperOut(false);
        hall.send(job("J2", "A002"));

        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        await().until(() -> paper.jobs().size() == 1);
    }

    @Test
    void coverOpenPaperLowAndACutterJamShowInTheStatusWithoutAnyJob() {
        start(POLL);

        paper.setPaperNearEnd(true);
        hall.awaitLatestStatus(s -> "NEAR_END".equals(s.hardware().get("paper")) && "paper: paper low".equals(s.reason()));
        paper.setCoverOpen(true);
        hall.awaitLatestStatus(s -> s.reason() != null && s.reason().contains("printer: COVER_OPEN"));
        paper.setCoverOpen(false);
        paper.setCutterError(true);
        hall.awaitLatestStatus(s -> s.reason() != null && s.reason().contains("printer: PRINTER_ERROR"));
        paper.setCutterError(false);
        paper.setPaperNearEnd(false);

        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE && "OK".equals(s.hardware().get("paper")));
    }

    @Test
    void pullingTheCableShowsThePrinterOfflineAndPluggingItBackBringsItOnlineAndPrinting() {
        start(POLL);
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);

        line.unplug();

        DeviceStatus offline = hall.awaitLatestStatus(s -> s.state() == DeviceState.DEGRADED);
        assertThat(offline.reason()).isEqualTo("printer: OFFLINE");
        hall.send(job("J1", "A001"));
        assertThat(hall.awaitResult("J1", r -> true).reason()).isEqualTo("OFFLINE");

        line.plugIn();
        paper.close();
        paper = SimulatedSerialPrinter.on(line.device(), 9600);

        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);
        hall.send(job("J2", "A002"));
        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        await().until(() -> paper.jobs().size() == 1);
    }

    @Test
    void aStalledPrinterShowsAsNotRespondingAndItsJobsFailWithTimeoutUntilItMovesAgain() {
        start(POLL);
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);

        paper.setStalled(true);

        hall.awaitLatestStatus(s -> "printer: TIMEOUT".equals(s.reason()));
        hall.send(job("J1", "A001"));
        assertThat(hall.awaitResult("J1", r -> true).reason()).isEqualTo("TIMEOUT");
        paper.setStalled(false);
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE);
        hall.send(job("J2", "A002"));
        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        await().until(() -> paper.jobs().size() == 1);
    }

    @Test
    void aPrinterThatNeverAnswersStatusRequestsStillPrintsAndItsStateIsLeftAsItWas() {
        paper.setAnswersStatus(false);
        start(PrinterAgent.PAPER_CHECK);

        hall.send(job("J1", "A001"));
        hall.send(job("J2", "A002"));

        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        assertThat(hall.results("J1")).singleElement().satisfies(r -> assertThat(r.printed()).isTrue());
        await().until(() -> paper.jobs().size() == 2);
        assertThat(hall.latestStatus()).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DeviceState.ONLINE));
    }

    @Test
    void aPrinterThatDoesNotKnowDleEot4IsAskedGsR1AboutItsPaper() {
        paper.setAnswersRollPaperQuery(false);
        paper.setPaperNearEnd(true);

        start(POLL);

        hall.awaitLatestStatus(s -> "NEAR_END".equals(s.hardware().get("paper")));
        assertThat(paper.queries()).contains(StatusQuery.PAPER_SENSOR);
        paper.setPaperNearEnd(false);
        hall.awaitLatestStatus(s -> s.state() == DeviceState.ONLINE && "OK".equals(s.hardware().get("paper")));
    }
}
