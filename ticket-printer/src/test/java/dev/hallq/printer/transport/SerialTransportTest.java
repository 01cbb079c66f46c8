package dev.hallq.printer.transport;

import dev.hallq.agent.testing.SocatPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hallq.printer.escpos.EscPosBuilder;
import dev.hallq.printer.escpos.PaperState;
import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.escpos.PrinterStatusDecoder;
import dev.hallq.printer.escpos.QrErrorLevel;
import dev.hallq.printer.escpos.StatusQuery;
import dev.hallq.printer.transport.PrinterFault.Reason;
import dev.hallq.printer.transport.SerialTransport.FlowControl;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial transport against a simulated printer on the other end of a socat pty pair. */
class SerialTransportTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration ANSWER = Duration.ofSeconds(2);
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;
    private SocatPair line;
    private SimulatedSerialPrinter printer;
    private SerialTransport transport;

    @BeforeEach
    void connect() {
        line = SocatPair.start(dir);
        printer = SimulatedSerialPrinter.on(line.device(), 9600);
        transport = new SerialTransport(line.host(), 9600, FlowControl.NONE, SHORT);
    }

    @AfterEach
    void disconnect() {
        transport.close();
        printer.close();
        line.close();
    }

    @Test
    void deliversTheExactBytesOfATicketWithChineseTextAndAQrCode() throws Exception {
        byte[] job = new EscPosBuilder().init().chineseMode(true).text("请A001号到3号窗口").newline()
                .qr("https://hall.example/t/20261124-A001", 6, QrErrorLevel.M).feed(2).cut().bytes();

        transport.send(job);

        await().until(() -> printer.jobs().size() == 1);
        assertThat(printer.jobs().get(0)).isEqualTo(job);
    }

    @Test
    void jobsGoOutWholeAndInOrder() throws Exception {
        for (int i = 1; i <= 3; i++) {
            transport.send(new EscPosBuilder().init().text("A00" + i).newline().cut().bytes());
        }

        await().until(() -> printer.jobs().size() == 3);
        assertThat(printer.jobs()).extracting(j -> new String(j, GB18030))
                .satisfiesExactly(j -> assertThat(j).contains("A001"), j -> assertThat(j).contains("A002"),
                        j -> assertThat(j).contains("A003"));
    }

    @Test
    void statusRequestsAreAnsweredWithThePrintersPaperCoverAndErrorState() throws Exception {
        assertThat(status()).isEqualTo(PrinterStatus.READY);

        printer.setPaperNearEnd(true);
        assertThat(status().paper()).isEqualTo(PaperState.NEAR_END);
        assertThat(decode(StatusQuery.PAPER_SENSOR).paper()).isEqualTo(PaperState.NEAR_END);

        printer.setPaperOut(true);
        assertThat(status()).satisfies(s -> {
            assertThat(s.paper()).isEqualTo(PaperState.OUT);
            assertThat(s.offline()).isTrue();
        });

        printer.setPaperOut(false);
        printer.setCoverOpen(true);
        assertThat(status().coverOpen()).isTrue();

        printer.setCoverOpen(false);
        printer.setCutterError(true);
        assertThat(status().error()).isTrue();
        assertThat(printer.queries()).contains(StatusQuery.PRINTER, StatusQuery.OFFLINE_CAUSE, StatusQuery.ERROR_CAUSE,
                StatusQuery.ROLL_PAPER, StatusQuery.PAPER_SENSOR);
        assertThat(printer.received()).as("status requests are not printed").isEmpty();
    }

    @Test
    void aStalledPrinterTimesOutTheStatusQueryAndAnswersAgainWhenItMoves() throws Exception {
        printer.setStalled(true);

        assertThatThrownBy(() -> transport.query(StatusQuery.PRINTER.bytes(), 1, SHORT))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining(line.host().toString());

        printer.setStalled(false);
        await().untilAsserted(() -> assertThat(status()).isEqualTo(PrinterStatus.READY));
    }

    @Test
    void aPrinterThatStopsReadingTimesOutTheJobAndTheNextJobGoesThroughWhenItReadsAgain() throws Exception {
        printer.setStalled(true);
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');

        assertThatThrownBy(() -> transport.send(huge))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.TIMEOUT))
                .hasMessageContaining("took no data for 300 ms");

        printer.setStalled(false);
        byte[] next = new EscPosBuilder().init().text("A002").newline().cut().bytes();
        transport.send(next);
        await().untilAsserted(() -> assertThat(printer.jobs()).isNotEmpty().last().satisfies(
                j -> assertThat(Arrays.copyOfRange(j, j.length - next.length, j.length)).isEqualTo(next)));
        assertThat(printer.received().length).as("the stalled job was cut short").isLessThan(huge.length);
    }

    @Test
    void anUnpluggedLineIsOfflineAndTheSameTransportPrintsAgainOnceItIsBack() throws Exception {
        transport.send(new byte[] {0x1B, 0x40});

        line.unplug();

        assertThatThrownBy(() -> transport.send(new byte[] {0x1B, 0x40}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.OFFLINE))
                .hasMessageContaining(line.host().toString()).hasMessageContaining("unplugged");
        assertThatThrownBy(() -> transport.query(StatusQuery.PRINTER.bytes(), 1, ANSWER))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.OFFLINE));

        line.plugIn();
        printer.close();
        printer = SimulatedSerialPrinter.on(line.device(), 9600);
        byte[] job = new EscPosBuilder().init().text("A003").newline().cut().bytes();
        transport.send(job);

        await().until(() -> printer.jobs().size() == 1);
        assertThat(printer.jobs().get(0)).isEqualTo(job);
        assertThat(status()).isEqualTo(PrinterStatus.READY);
    }

    @Test
    void aPortThatDoesNotExistIsOfflineNamingIt() {
        try (SerialTransport missing = new SerialTransport(dir.resolve("ttyUSB9"))) {
            assertThatThrownBy(() -> missing.send(new byte[] {1}))
                    .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.OFFLINE))
                    .hasMessageContaining("ttyUSB9");
        }
    }

    @Test
    void rtsCtsFlowControlAndAnotherBaudRateOpenAndDeliver() throws Exception {
        transport.close();
        transport = new SerialTransport(line.host(), 115200, FlowControl.RTS_CTS, SHORT);
        byte[] job = new EscPosBuilder().init().text("B017").newline().cut().bytes();

        transport.send(job);

        await().until(() -> printer.jobs().size() == 1);
        assertThat(printer.jobs().get(0)).isEqualTo(job);
        assertThat(transport.describe()).isEqualTo("serial " + line.host() + " 115200 8N1 RTS/CTS");
    }

    @Test
    void sendAfterCloseIsOffline() {
        transport.close();
        assertThatThrownBy(() -> transport.send(new byte[] {1}))
                .isInstanceOfSatisfying(PrinterFault.class, f -> assertThat(f.reason()).isEqualTo(Reason.OFFLINE));
    }

    @Test
    void anUnusualBaudRateIsRefusedNamingIt() {
        assertThatThrownBy(() -> new SerialTransport(line.host(), 14400, FlowControl.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14400").hasMessageContaining("9600");
    }

    private PrinterStatus status() throws PrinterFault {
        return decode(StatusQuery.PRINTER).merge(decode(StatusQuery.OFFLINE_CAUSE)).merge(decode(StatusQuery.ERROR_CAUSE))
                .merge(decode(StatusQuery.ROLL_PAPER));
    }

    private PrinterStatus decode(StatusQuery q) throws PrinterFault {
        return PrinterStatusDecoder.decode(q, transport.query(q.bytes(), StatusQuery.ANSWER_BYTES, ANSWER)[0]);
    }
}
