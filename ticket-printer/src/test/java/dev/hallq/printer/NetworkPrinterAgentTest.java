package dev.hallq.printer;

import static dev.hallq.printer.PrinterHall.job;
import static dev.hallq.printer.PrinterHall.qrOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hallq.agent.testing.HubDoubleExtension;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.printer.transport.SimulatedNetworkPrinter;
import dev.hallq.printer.transport.TcpTransport;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.PrintJob;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole agent driving a network printer (raw TCP) simulated on a loopback port. */
@ExtendWith(HubDoubleExtension.class)
class NetworkPrinterAgentTest {
    private static final Duration POLL = Duration.ofMillis(50);

    private SimulatedNetworkPrinter paper;
    private PrinterHall hall;

    @BeforeEach
    void plugIn(PlayedHub hub) {
        paper = SimulatedNetworkPrinter.start();
        hall = new PrinterHall(hub);
    }

    @AfterEach
    void unplug() {
        paper.close();
    }

    private PrinterAgent start(Duration poll) {
        return hall.start(new TcpTransport("127.0.0.1", paper.port()), poll);
    }

    @Test
    void aTicketGoesOverTcpExactlyAsLaidOutAndIsAnsweredPrinted() {
        PrinterAgent printer = start(PrinterAgent.PAPER_CHECK);
        PrintJob job = job("J1", "A012");

        hall.send(job);

        assertThat(hall.awaitResult("J1", r -> true).printed()).isTrue();
        await().until(() -> paper.jobs().size() == 1);
        assertThat(printer.printed()).singleElement().satisfies(t -> assertThat(t.escpos()).isEqualTo(paper.jobs().get(0)));
        assertThat(qrOn(paper.jobs().get(0))).contains(job.qrContent());
    }

    @Test
    void anOpenCoverIsSeenBeforeTheJobWhichFailsWithoutBytesSent() {
        start(PrinterAgent.PAPER_CHECK);
        paper.setCoverOpen(true);

        hall.send(job("J1", "A001"));

        assertThat(hall.awaitResult("J1", r -> true).reason()).isEqualTo("COVER_OPEN");
        assertThat(paper.received()).isEmpty();
        hall.awaitLatestStatus(s -> "printer: COVER_OPEN".equals(s.reason()));
    }

    @Test
    void aStalledPrinterFailsJobsWithTimeoutInsteadOfSwallowingThemAndPrintsAgainWhenItMoves() {
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
        assertThat(new String(paper.jobs().get(0), PrinterHall.GB18030)).contains("A002").doesNotContain("A001");
    }

    @Test
    void aPrinterWithItsStatusAnswersOffIsNotAskedBeforeEveryJobAndPrints() {
        paper.setAnswersStatus(false);
        start(PrinterAgent.PAPER_CHECK);

        hall.send(job("J1", "A001"));
        hall.send(job("J2", "A002"));

        assertThat(hall.awaitResult("J2", r -> true).printed()).isTrue();
        assertThat(hall.results("J1")).singleElement().satisfies(r -> assertThat(r.printed()).isTrue());
        assertThat(hall.latestStatus()).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(DeviceState.ONLINE));
        await().until(() -> paper.jobs().size() == 2);
    }

    @Test
    void aPrinterThatIsNotListeningIsOfflineAndItsJobsFailOffline() {
        int port = paper.port();
        paper.close();
        hall.start(new TcpTransport("127.0.0.1", port), POLL);

        hall.awaitLatestStatus(s -> "printer: OFFLINE".equals(s.reason()));
        hall.send(job("J1", "A001"));
        assertThat(hall.awaitResult("J1", r -> true).reason()).isEqualTo("OFFLINE");
    }
}
