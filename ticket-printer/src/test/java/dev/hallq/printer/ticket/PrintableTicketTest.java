package dev.hallq.printer.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PrintableTicketTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 6, 11, 9, 0);

    @Test
    void optionalPartsMayBeNull() {
        PrintableTicket t = new PrintableTicket("大厅", "A001", "户籍", 0, null, NOW, null, null);
        assertThat(t.estimatedWaitMinutes()).isNull();
        assertThat(t.qrContent()).isNull();
    }

    @Test
    void requiredTextsMustNotBeBlankOrMissing() {
        assertThatThrownBy(() -> new PrintableTicket(" ", "A001", "户籍", 0, null, NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hallName");
        assertThatNullPointerException().isThrownBy(() -> new PrintableTicket("大厅", "A001", null, 0, null, NOW, null, null))
                .withMessageContaining("serviceName");
        assertThatNullPointerException().isThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", 0, null, null, null, null))
                .withMessageContaining("issuedAt");
    }

    @Test
    void negativeCountsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", -1, null, NOW, null, null))
                .hasMessageContaining("peopleAhead").hasMessageContaining("-1");
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", 0, -5, NOW, null, null))
                .hasMessageContaining("estimatedWaitMinutes").hasMessageContaining("-5");
    }

    @Test
    void ticketNumberMustBeShortPrintableAscii() {
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A 001", "户籍", 0, null, NOW, null, null))
                .hasMessageContaining("A 001");
        assertThatThrownBy(() -> new PrintableTicket("大厅", "甲001", "户籍", 0, null, NOW, null, null))
                .hasMessageContaining("甲001");
    }

    @Test
    void controlCharactersThatWouldBecomePrinterCommandsAreRefused() {
        assertThatThrownBy(() -> new PrintableTicket("大厅\u001Bi", "A001", "户籍", 0, null, NOW, null, null))
                .hasMessageContaining("hallName").hasMessageContaining("U+001B");
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", 0, null, NOW, "a\nb", null))
                .hasMessageContaining("notes");
    }

    @Test
    void qrContentIsLimitedInUtf8Bytes() {
        String tooLong = "号".repeat(101); // 303 bytes
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", 0, null, NOW, null, tooLong))
                .hasMessageContaining("303");
        assertThatThrownBy(() -> new PrintableTicket("大厅", "A001", "户籍", 0, null, NOW, null, ""))
                .hasMessageContaining("qrContent");
    }
}
