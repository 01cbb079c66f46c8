package dev.hallq.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PrinterStatusDecoderTest {

    @Test
    void idleAnswersMeanReady() {
        for (StatusQuery q : new StatusQuery[] {StatusQuery.PRINTER, StatusQuery.OFFLINE_CAUSE,
                StatusQuery.ERROR_CAUSE, StatusQuery.ROLL_PAPER}) {
            assertThat(PrinterStatusDecoder.decode(q, 0x12)).as(q.name()).isEqualTo(PrinterStatus.READY);
        }
        assertThat(PrinterStatusDecoder.decode(StatusQuery.PAPER_SENSOR, 0x00)).isEqualTo(PrinterStatus.READY);
    }

    @Test
    void printerStatusBit3IsOffline() {
        PrinterStatus s = PrinterStatusDecoder.decode(StatusQuery.PRINTER, 0x1A);
        assertThat(s.offline()).isTrue();
        assertThat(s.canPrint()).isFalse();
        // bit 2 (drawer pin) and bit 6 (feed button) are not faults
        assertThat(PrinterStatusDecoder.decode(StatusQuery.PRINTER, 0x56)).isEqualTo(PrinterStatus.READY);
    }

    @ParameterizedTest
    @CsvSource({
        "0x16, OK, true, false",   // bit 2 cover open
        "0x32, OUT, false, false", // bit 5 stopped by paper end
        "0x52, OK, false, true",   // bit 6 error
        "0x1A, OK, false, false",  // bit 3 paper fed by button: no fault
        "0x76, OUT, true, true"})
    void offlineCauseBits(String answer, PaperState paper, boolean cover, boolean error) {
        PrinterStatus s = PrinterStatusDecoder.decode(StatusQuery.OFFLINE_CAUSE, Integer.decode(answer));
        assertThat(s).isEqualTo(new PrinterStatus(paper, cover, false, error));
    }

    @ParameterizedTest
    @CsvSource({"0x16, true", "0x1A, true", "0x32, true", "0x52, true", "0x12, false"})
    void errorCauseBits2356AreErrors(String answer, boolean error) {
        assertThat(PrinterStatusDecoder.decode(StatusQuery.ERROR_CAUSE, Integer.decode(answer)).error()).isEqualTo(error);
    }

    @ParameterizedTest
    @CsvSource({"0x12, OK", "0x1E, NEAR_END", "0x16, NEAR_END", "0x72, OUT", "0x7E, OUT", "0x32, OUT"})
    void rollPaperSensorBits23NearEndAnd56PaperEnd(String answer, PaperState paper) {
        assertThat(PrinterStatusDecoder.decode(StatusQuery.ROLL_PAPER, Integer.decode(answer)).paper()).isEqualTo(paper);
    }

    @ParameterizedTest
    @CsvSource({"0x00, OK", "0x03, NEAR_END", "0x01, NEAR_END", "0x0C, OUT", "0x0F, OUT", "0x60, OK"})
    void gsRPaperSensorBits01NearEndAnd23PaperEnd(String answer, PaperState paper) {
        assertThat(PrinterStatusDecoder.decode(StatusQuery.PAPER_SENSOR, Integer.decode(answer)).paper()).isEqualTo(paper);
    }

    @Test
    void paperNearEndCanStillPrint() {
        assertThat(PrinterStatusDecoder.decode(StatusQuery.ROLL_PAPER, 0x1E).canPrint()).isTrue();
    }

    @Test
    void answersWithoutTheFixedBitsAreRefused() {
        assertThatThrownBy(() -> PrinterStatusDecoder.decode(StatusQuery.PRINTER, 0x00))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x00");
        assertThatThrownBy(() -> PrinterStatusDecoder.decode(StatusQuery.ROLL_PAPER, 0x93))
                .hasMessageContaining("0x93");
        assertThatThrownBy(() -> PrinterStatusDecoder.decode(StatusQuery.PAPER_SENSOR, 0x10))
                .hasMessageContaining("0x10");
    }

    @Test
    void mergeKeepsTheWorstOfEveryAnswer() {
        PrinterStatus merged = PrinterStatusDecoder.decode(StatusQuery.PRINTER, 0x1A)
                .merge(PrinterStatusDecoder.decode(StatusQuery.OFFLINE_CAUSE, 0x16))
                .merge(PrinterStatusDecoder.decode(StatusQuery.ROLL_PAPER, 0x1E))
                .merge(PrinterStatusDecoder.decode(StatusQuery.PAPER_SENSOR, 0x00));
        assertThat(merged).isEqualTo(new PrinterStatus(PaperState.NEAR_END, true, true, false));
    }
}
