package dev.hallq.kiosk;

import dev.hallq.kiosk.idcard.GaT467IdCardReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardReadersTest {
    @Test
    void eachSpecGivesItsReaderAndABadOneIsNamed() {
        assertThat(IdCardReaders.open(null)).isInstanceOf(NoIdCardReader.class);
        assertThat(IdCardReaders.open("sim")).isInstanceOf(SimulatedIdCardReader.class);
        try (IdCardReader serial = IdCardReaders.open("serial:/dev/hallq-no-such-port?baud=9600")) {
            assertThat(serial).isInstanceOf(GaT467IdCardReader.class);
            assertThat(serial.state()).isEqualTo(ReaderState.DISCONNECTED);
        }
        assertThatThrownBy(() -> IdCardReaders.open("serial:")).hasMessageContaining("needs the port");
        assertThatThrownBy(() -> IdCardReaders.open("serial:/dev/x?parity=odd")).hasMessageContaining("?baud=N");
        assertThatThrownBy(() -> IdCardReaders.open("usb")).hasMessageContaining("--id-reader must be");
    }
}
