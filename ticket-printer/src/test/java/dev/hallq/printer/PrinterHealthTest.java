package dev.hallq.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hallq.agent.StatusReporter;
import dev.hallq.agent.testing.MutableClock;
import dev.hallq.printer.escpos.PaperState;
import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.transport.PrinterFault;
import dev.hallq.printer.transport.PrinterFault.Reason;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrinterHealthTest {
    private final StatusReporter status = new StatusReporter(new HallTopics("H1"), "P1", DeviceKind.TICKET_PRINTER,
            null, MutableClock.at("2026-11-24T02:00:00Z"));
    private final AtomicInteger shown = new AtomicInteger();
    private final PrinterHealth health = new PrinterHealth(status, "tcp://10.0.0.9:9100", shown::incrementAndGet);

    @Test
    void startsOnlineWithPaperOkAndTheTransport() {
        DeviceStatus now = status.current();
        assertThat(now.state()).isEqualTo(DeviceState.ONLINE);
        assertThat(now.hardware()).containsEntry("paper", "OK").containsEntry("transport", "tcp://10.0.0.9:9100");
    }

    @Test
    void anIoErrorOfAPrintStaysUntilATicketPrintsEvenWhenTheStatusAnswersLookFine() {
        health.printFailed(new PrinterFault(Reason.IO_ERROR, "reset"));
        health.sensed(PrinterStatus.READY);
        assertThat(status.current().state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(status.current().reason()).isEqualTo("printer: IO_ERROR");

        health.printed();

        assertThat(status.current().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(shown.get()).isEqualTo(3);
    }

    @Test
    void paperOutFromAPrintIsClearedByAStatusAnswerWithPaper() {
        health.printFailed(new PrinterFault(Reason.PAPER_OUT, "no paper"));
        assertThat(status.current().hardware()).containsEntry("paper", "OUT");

        health.sensed(PrinterStatus.READY);

        assertThat(status.current().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(status.current().hardware()).containsEntry("paper", "OK");
    }

    @Test
    void paperNearEndIsAProblemButNotAFault() {
        health.sensed(new PrinterStatus(PaperState.NEAR_END, false, false, false));

        assertThat(status.current().state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(status.current().reason()).isEqualTo("paper: paper low");
        assertThat(health.fault()).isNull();

        health.printed();
        assertThat(status.current().hardware()).containsEntry("paper", "NEAR_END");
    }

    @Test
    void anUnreachablePrinterFoundByAQueryIsClearedByTheNextAnswer() {
        health.queryFailed(new PrinterFault(Reason.OFFLINE, "refused"));
        assertThat(status.current().reason()).isEqualTo("printer: OFFLINE");

        health.sensed(PrinterStatus.READY);

        assertThat(status.current().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aPrinterErrorBitIsAPrinterErrorFaultClearedWhenTheAnswersAreFineAgain() {
        health.sensed(new PrinterStatus(PaperState.OK, false, false, true));
        assertThat(health.fault()).isEqualTo(Reason.PRINTER_ERROR);
        assertThat(status.current().reason()).isEqualTo("printer: PRINTER_ERROR");

        health.sensed(PrinterStatus.READY);

        assertThat(status.current().state()).isEqualTo(DeviceState.ONLINE);
    }
}
