package dev.hallq.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.printer.transport.DeviceFileTransport;
import dev.hallq.printer.transport.PrinterTransport;
import dev.hallq.printer.transport.SerialTransport;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import dev.hallq.printer.transport.TcpTransport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TransportsTest {

    @Test
    void simIsTheSimulatedPrinter() {
        try (PrinterTransport t = Transports.parse("sim")) {
            assertThat(t).isInstanceOf(SimulatedPrinterTransport.class);
        }
    }

    @Test
    void fileIsAPrinterDevice() {
        try (PrinterTransport t = Transports.parse("file:/dev/usb/lp0")) {
            assertThat(t).isInstanceOf(DeviceFileTransport.class);
            assertThat(t.describe()).isEqualTo("device /dev/usb/lp0");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "tcp:192.168.1.50:9101, tcp://192.168.1.50:9101",
            "tcp:printer-1.hall.local, tcp://printer-1.hall.local:9100",
            "'tcp:[fe80::1]:9100', 'tcp://fe80::1:9100'",
            "'tcp:[::1]', 'tcp://::1:9100'"})
    void tcpIsRawPrintingOnPort9100UnlessAnotherPortIsGiven(String spec, String described) {
        try (PrinterTransport t = Transports.parse(spec)) {
            assertThat(t).isInstanceOf(TcpTransport.class);
            assertThat(t.describe()).isEqualTo(described);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "serial:/dev/ttyUSB0, serial /dev/ttyUSB0 9600 8N1",
            "serial:/dev/ttyS0?baud=19200, serial /dev/ttyS0 19200 8N1",
            "serial:/dev/ttyUSB0?baud=115200&flow=rtscts, serial /dev/ttyUSB0 115200 8N1 RTS/CTS",
            "serial:/dev/hall-printer?flow=none&baud=38400, serial /dev/hall-printer 38400 8N1"})
    void serialIs8N1At9600WithoutFlowControlUnlessTold(String spec, String described) {
        try (PrinterTransport t = Transports.parse(spec)) {
            assertThat(t).isInstanceOf(SerialTransport.class);
            assertThat(t.describe()).isEqualTo(described);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "serial:, no serial port path",
            "serial:?baud=9600, no serial port path",
            "serial:/dev/ttyUSB0?baud=14400, baud '14400'",
            "serial:/dev/ttyUSB0?baud=fast, baud 'fast'",
            "serial:/dev/ttyUSB0?flow=xonxoff, flow 'xonxoff'",
            "serial:/dev/ttyUSB0?parity=even, 'parity'",
            "serial:/dev/ttyUSB0?, ''"})
    void aBadSerialSpecIsRefusedNamingTheBadPart(String spec, String named) {
        assertThatThrownBy(() -> Transports.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + spec + "'")
                .hasMessageContaining(named)
                .hasMessageContaining("serial:/dev/ttyUSB0[?baud=9600&flow=none|rtscts]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usb", "", " ", "SIM", "file:", "tcp:", "tcp::9100", "tcp:host:", "tcp:host:port",
            "tcp:host:0", "tcp:host:70000", "tcp:host:1:2", "tcp:[::1", "tcp:[::1]9100", "lp0", "serial:", "com1"})
    void anythingElseIsRefusedNamingTheSpecAndTheAcceptedForms(String spec) {
        assertThatThrownBy(() -> Transports.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + spec + "'")
                .hasMessageContaining("sim")
                .hasMessageContaining("file:/dev/usb/lp0")
                .hasMessageContaining("tcp:HOST[:PORT]");
    }

    @Test
    void aMissingSpecIsRefused() {
        assertThatThrownBy(() -> Transports.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim");
    }
}
