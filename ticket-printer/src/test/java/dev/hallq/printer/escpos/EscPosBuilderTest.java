package dev.hallq.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscPosBuilderTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void initIsEscAt() {
        assertThat(new EscPosBuilder().init().bytes()).isEqualTo(hex("1B 40"));
    }

    @Test
    void chineseModeOnIsFsAmpersandAndOffIsFsDot() {
        assertThat(new EscPosBuilder().chineseMode(true).chineseMode(false).bytes()).isEqualTo(hex("1C 26 1C 2E"));
    }

    @Test
    void alignmentIsEscAWithZeroOneTwo() {
        byte[] bytes = new EscPosBuilder().align(Align.LEFT).align(Align.CENTER).align(Align.RIGHT).bytes();
        assertThat(bytes).isEqualTo(hex("1B 61 00 1B 61 01 1B 61 02"));
    }

    @ParameterizedTest
    @CsvSource({"1,1,00", "2,2,11", "4,4,33", "3,3,22", "1,8,07", "8,1,70", "8,8,77", "2,1,10"})
    void sizePacksWidthInHighNibbleAndHeightInLowNibble(int width, int height, String n) {
        assertThat(new EscPosBuilder().size(width, height).bytes()).isEqualTo(hex("1D 21 " + n));
    }

    @ParameterizedTest
    @CsvSource({"0,1,width,0", "9,1,width,9", "1,0,height,0", "1,9,height,9", "-1,1,width,-1"})
    void sizeOutsideOneToEightIsRefusedNamingTheValue(int width, int height, String name, int bad) {
        assertThatThrownBy(() -> new EscPosBuilder().size(width, height))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining("was " + bad);
    }

    @Test
    void boldIsEscEOneOrZero() {
        assertThat(new EscPosBuilder().bold(true).bold(false).bytes()).isEqualTo(hex("1B 45 01 1B 45 00"));
    }

    @Test
    void textIsEncodedInGb18030WithAsciiAsOneByte() {
        assertThat(new EscPosBuilder().text("中A1").bytes()).isEqualTo(hex("D6 D0 41 31"));
        assertThat(new EscPosBuilder().text("请留意叫号").bytes()).isEqualTo("请留意叫号".getBytes(EscPosBytes.TEXT_CHARSET))
                .hasSize(10);
    }

    @Test
    void textWithControlCharacterIsRefusedBecauseItWouldBecomeACommand() {
        assertThatThrownBy(() -> new EscPosBuilder().text("A\u001B@"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> new EscPosBuilder().text("line\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+000A");
    }

    @Test
    void newlineIsLfAndFeedIsEscD() {
        assertThat(new EscPosBuilder().newline().feed(3).feed(0).feed(255).bytes())
                .isEqualTo(hex("0A 1B 64 03 1B 64 00 1B 64 FF"));
    }

    @Test
    void feedOutsideZeroTo255IsRefused() {
        assertThatThrownBy(() -> new EscPosBuilder().feed(256)).hasMessageContaining("256");
        assertThatThrownBy(() -> new EscPosBuilder().feed(-1)).hasMessageContaining("-1");
    }

    @Test
    void qrEmitsModelSizeLevelStoreAndPrintFunctions() {
        byte[] bytes = new EscPosBuilder().qr("A001", 6, QrErrorLevel.M).bytes();
        assertThat(bytes).isEqualTo(hex(
                "1D 28 6B 04 00 31 41 32 00"
                        + "1D 28 6B 03 00 31 43 06"
                        + "1D 28 6B 03 00 31 45 31"
                        + "1D 28 6B 07 00 31 50 30 41 30 30 31"
                        + "1D 28 6B 03 00 31 51 30"));
    }

    @ParameterizedTest
    @CsvSource({"L,30", "M,31", "Q,32", "H,33"})
    void qrErrorLevelsAre48To51(QrErrorLevel level, String code) {
        byte[] bytes = new EscPosBuilder().qr("x", 1, level).bytes();
        assertThat(HexFormat.of().formatHex(bytes)).contains("1d286b0300314" + "5" + code);
    }

    @Test
    void qrStoreLengthCountsUtf8BytesPlusThreeInLowHighOrder() {
        String data = "挂号".repeat(50) + "x"; // 301 UTF-8 bytes
        byte[] bytes = new EscPosBuilder().qr(data, 3, QrErrorLevel.L).bytes();
        int store = 9 + 8 + 8;
        int length = 301 + 3;
        assertThat(bytes[store + 3]).isEqualTo((byte) (length & 0xFF));
        assertThat(bytes[store + 4]).isEqualTo((byte) (length >> 8));
        byte[] payload = java.util.Arrays.copyOfRange(bytes, store + 8, store + 8 + 301);
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(data);
    }

    @Test
    void qrArgumentsAreValidated() {
        EscPosBuilder b = new EscPosBuilder();
        assertThatThrownBy(() -> b.qr("x", 0, QrErrorLevel.M)).hasMessageContaining("moduleSize").hasMessageContaining("0");
        assertThatThrownBy(() -> b.qr("x", 17, QrErrorLevel.M)).hasMessageContaining("17");
        assertThatThrownBy(() -> b.qr("", 3, QrErrorLevel.M)).hasMessageContaining("empty");
        assertThatThrownBy(() -> b.qr("9".repeat(1274), 3, QrErrorLevel.H)).hasMessageContaining("1274");
        assertThat(b.bytes()).isEmpty();
    }

    @Test
    void cutIsGsVPartialCutAfterFeedingToTheCutter() {
        assertThat(new EscPosBuilder().cut().bytes()).isEqualTo(hex("1D 56 42 00"));
    }

    @Test
    void statusQueriesAreDleEotNAndGsR1() {
        assertThat(StatusQuery.PRINTER.bytes()).isEqualTo(hex("10 04 01"));
        assertThat(StatusQuery.OFFLINE_CAUSE.bytes()).isEqualTo(hex("10 04 02"));
        assertThat(StatusQuery.ERROR_CAUSE.bytes()).isEqualTo(hex("10 04 03"));
        assertThat(StatusQuery.ROLL_PAPER.bytes()).isEqualTo(hex("10 04 04"));
        assertThat(StatusQuery.PAPER_SENSOR.bytes()).isEqualTo(hex("1D 72 01"));
        assertThat(StatusQuery.dleEot(3)).isEqualTo(hex("10 04 03"));
        assertThatThrownBy(() -> StatusQuery.dleEot(5)).hasMessageContaining("5");
        assertThat(StatusQuery.of(hex("10 04 04"))).isEqualTo(StatusQuery.ROLL_PAPER);
        assertThat(StatusQuery.of(hex("10 04 09"))).isNull();
    }

    @Test
    void bytesReturnsACopyThatLaterCallsDoNotChange() {
        EscPosBuilder b = new EscPosBuilder().init();
        byte[] first = b.bytes();
        first[0] = 0;
        b.newline();
        assertThat(first).isEqualTo(hex("00 40"));
        assertThat(b.bytes()).isEqualTo(hex("1B 40 0A"));
    }
}
