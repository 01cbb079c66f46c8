package dev.hallq.printer.escpos;

import com.google.zxing.common.BitMatrix;
import java.util.List;

/** Something placed on the paper, painted once the final paper length is known. */
sealed interface PaintOp {

    /** One character cell; {@code x, top} is its top-left corner. */
    record Glyph(int codePoint, TextStyle style, int x, int top) implements PaintOp {
    }

    /** A QR symbol, {@code moduleSize} dots per module. */
    record Qr(BitMatrix matrix, int moduleSize, int x, int top) implements PaintOp {
    }

    /** A dashed line across the paper where the cutter cut. */
    record CutLine(int row) implements PaintOp {
    }

    /** Characters waiting in the print buffer for the end of their line. */
    record PendingChar(int codePoint, TextStyle style, int width) {
        static int totalWidth(List<PendingChar> chars) {
            return chars.stream().mapToInt(PendingChar::width).sum();
        }
    }
}
