package dev.hallq.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EscPosImageRendererTest {
    private final EscPosImageRenderer renderer = new EscPosImageRenderer(EscPosImageRenderer.DOTS_80MM);

    private static EscPosBuilder start() {
        return new EscPosBuilder().init().chineseMode(true);
    }

    @Test
    void imageHasThePaperWidthAndGrowsWithTheLinesFed() {
        BufferedImage one = renderer.render(start().text("A").newline().bytes());
        BufferedImage five = renderer.render(start().text("A").newline().feed(4).bytes());
        assertThat(one.getWidth()).isEqualTo(576);
        assertThat(five.getWidth()).isEqualTo(576);
        assertThat(five.getHeight()).isEqualTo(one.getHeight() + 4 * ReceiptCanvas.LINE_SPACING);
        assertThat(new EscPosImageRenderer(EscPosImageRenderer.DOTS_58MM).render(new byte[0]).getWidth()).isEqualTo(384);
    }

    @Test
    void leftAlignedTextStartsAtTheLeftEdgeAndIsBlackOnWhite() {
        BufferedImage image = renderer.render(start().text("HALL 12").newline().bytes());
        Rectangle ink = InkProbe.inkBounds(image).orElseThrow();
        assertThat(ink.x).isLessThan(6);
        assertThat(ink.x + ink.width).isBetween(7 * 12 - 6, 7 * 12 + 1);
        assertThat(image.getRGB(570, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void centeredAndRightAlignedLinesArePlacedByTheirWidth() {
        BufferedImage centered = renderer.render(start().align(Align.CENTER).text("中中中中").newline().bytes());
        Rectangle c = InkProbe.inkBounds(centered).orElseThrow();
        int middle = c.x + c.width / 2;
        assertThat(middle).isBetween(288 - 4, 288 + 4);

        BufferedImage right = renderer.render(start().align(Align.RIGHT).text("中中").newline().bytes());
        Rectangle r = InkProbe.inkBounds(right).orElseThrow();
        assertThat(r.x + r.width).isBetween(576 - 4, 576);
        assertThat(r.x).isBetween(576 - 48, 576 - 40);
    }

    @Test
    void sizeMultipliersScaleTheCharacterCells() {
        Rectangle normal = InkProbe.inkBounds(renderer.render(start().text("中").newline().bytes())).orElseThrow();
        Rectangle big = InkProbe.inkBounds(renderer.render(start().size(4, 4).text("中").newline().bytes())).orElseThrow();
        Rectangle wide = InkProbe.inkBounds(renderer.render(start().size(3, 1).text("中").newline().bytes())).orElseThrow();
        assertThat((double) big.width / normal.width).isBetween(3.5, 4.5);
        assertThat((double) big.height / normal.height).isBetween(3.5, 4.5);
        assertThat((double) wide.width / normal.width).isBetween(2.5, 3.5);
        assertThat(wide.height).isEqualTo(normal.height);
    }

    @Test
    void boldTextHasMoreInkThanRegular() {
        BufferedImage regular = renderer.render(start().text("服务大厅").newline().bytes());
        BufferedImage bold = renderer.render(start().bold(true).text("服务大厅").newline().bytes());
        assertThat(InkProbe.inkIn(bold, 0, 0, 576, 30)).isGreaterThan(InkProbe.inkIn(regular, 0, 0, 576, 30) * 11 / 10);
    }

    @Test
    void chineseCharactersRenderAsDistinctGlyphsNotAsMissingGlyphBoxes() {
        BufferedImage zhong = renderer.render(start().text("中").newline().bytes());
        BufferedImage guo = renderer.render(start().text("国").newline().bytes());
        int differing = 0;
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 24; x++) {
                if (InkProbe.isInk(zhong, x, y) != InkProbe.isInk(guo, x, y)) {
                    differing++;
                }
            }
        }
        assertThat(InkProbe.inkIn(zhong, 0, 0, 24, 24)).isPositive();
        assertThat(differing).isGreaterThan(40);
    }

    @Test
    void lineLongerThanThePaperWrapsOntoTheNextLine() {
        BufferedImage fits = renderer.render(start().text("8".repeat(48)).newline().bytes());
        BufferedImage wraps = renderer.render(start().text("8".repeat(49)).newline().bytes());
        assertThat(fits.getHeight()).isEqualTo(ReceiptCanvas.LINE_SPACING);
        assertThat(wraps.getHeight()).isEqualTo(2 * ReceiptCanvas.LINE_SPACING);
        assertThat(InkProbe.inkIn(wraps, 0, ReceiptCanvas.LINE_SPACING, 12, 24)).isPositive();
        assertThat(InkProbe.inkIn(wraps, 12, ReceiptCanvas.LINE_SPACING, 564, 24)).isZero();
    }

    @Test
    void qrCodeIsDrawnAtTheModuleSizeAndDecodesToTheStoredData() {
        byte[] stream = start().align(Align.CENTER).qr("https://hall.example/t/A001", 6, QrErrorLevel.Q).bytes();
        BufferedImage image = renderer.render(stream);
        Result result = InkProbe.decodeQr(image).orElseThrow();
        assertThat(result.getText()).isEqualTo("https://hall.example/t/A001");
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "Q");
        Rectangle ink = InkProbe.inkBounds(image).orElseThrow();
        assertThat(ink.width % 6).isZero();
        assertThat(ink.width).isEqualTo(ink.height);
        assertThat(ink.x + ink.width / 2).isBetween(285, 291);
    }

    @Test
    void chineseQrContentSurvivesTheRoundTrip() {
        String data = "政务服务中心 A001 号";
        BufferedImage image = renderer.render(start().qr(data, 4, QrErrorLevel.M).bytes());
        assertThat(InkProbe.decodeQr(image).orElseThrow().getText()).isEqualTo(data);
    }

    @Test
    void everyCutDrawsADashedLineAcrossThePaper() {
        byte[] ticket = start().text("A001").newline().feed(2).cut().bytes();
        byte[] two = new EscPosBuilder().raw(ticket).raw(ticket).bytes();
        RenderedReceipt receipt = renderer.renderReceipt(two);
        assertThat(receipt.cutRows()).hasSize(2);
        for (int row : receipt.cutRows()) {
            int transitions = 0;
            for (int x = 1; x < 576; x++) {
                if (InkProbe.isInk(receipt.image(), x, row) != InkProbe.isInk(receipt.image(), x - 1, row)) {
                    transitions++;
                }
            }
            assertThat(transitions).as("dash edges on row %d", row).isBetween(30, 45);
        }
        assertThat(InkProbe.inkIn(receipt.image(), 0, receipt.cutRows().get(0) + 2, 576, 14)).isZero();
    }

    @Test
    void statusQueriesAndSkippedCommandsLeaveNoInk() {
        byte[] stream = start()
                .raw(StatusQuery.PRINTER.bytes()).raw(StatusQuery.PAPER_SENSOR.bytes())
                .raw(new byte[] {0x1B, 'p', 0, 0x41, 0x41}) // drawer kick with printable parameters
                .raw(new byte[] {0x1D, 'k', 4, 'A', 'B', 'C', 0}) // CODE39 barcode, NUL terminated
                .raw(new byte[] {0x1D, '(', 'L', 2, 0, 'A', 'B'}) // graphics function
                .newline().bytes();
        BufferedImage image = renderer.render(stream);
        assertThat(InkProbe.inkBounds(image)).isEmpty();
    }

    @Test
    void escAtDiscardsTheUnprintedLineAndResetsStyle() {
        BufferedImage image = renderer.render(start().size(8, 8).text("lost").init().text("kept").newline().bytes());
        Rectangle ink = InkProbe.inkBounds(image).orElseThrow();
        assertThat(ink.height).isLessThan(ReceiptCanvas.LINE_SPACING);
        assertThat(ink.x + ink.width).isLessThanOrEqualTo(4 * 12 + 1);
    }

    @Test
    void pngBytesDecodeToTheSameImageSize() throws IOException {
        byte[] stream = start().text("测试").newline().bytes();
        byte[] png = renderer.renderPng(stream);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(576);
        assertThat(decoded.getHeight()).isEqualTo(renderer.render(stream).getHeight());
    }
}
