package dev.hallq.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hallq.printer.transport.DeviceFileTransport;
import dev.hallq.printer.transport.PrinterTransport;
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
    @ValueSource(strings = {"usb", "", " ", "SIM", "file:", "tcp:", "tcp::9100", "tcp:host:", "tcp:host:port",
            "tcp:host:0", "tcp:host:70000", "tcp:host:1:2", "tcp:[::1", "tcp:[::1]9100", "lp0"})
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
