package dev.hallq.printer.escpos;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper: a print buffer for the current line, a vertical print position, and everything
 * placed so far. Lines break at LF or when the next character no longer fits the paper width.
 */
final class ReceiptCanvas {
    /** Default line spacing of ESC/POS printers: 1/6 inch, about 30 dots at 180-203 dpi. */
    static final int LINE_SPACING = 30;
    /** Distance fed before a cut when the command asks to feed to the cutter ({@code GS V 65/66}). */
    static final int CUTTER_FEED = 48;
    /** Blank paper kept after a cut line before the next ticket starts. */
    static final int AFTER_CUT = 16;
    /** Longest paper drawn, about 5 m: protects memory from endless feeds in garbage input. */
    static final int MAX_HEIGHT = 40_000;
    /** Long thick dashes, so a cut is not mistaken for a printed row of hyphens. */
    private static final int DASH = 20;
    private static final int GAP = 10;

    private static final Logger log = LoggerFactory.getLogger(ReceiptCanvas.class);

    private final int paperWidth;
    private final List<PaintOp> ops = new ArrayList<>();
    private final List<Integer> cutRows = new ArrayList<>();
    private final List<PaintOp.PendingChar> line = new ArrayList<>();
    private Align align = Align.LEFT;
    private Align lineAlign = Align.LEFT;
    private int y;
    private boolean truncated;

    ReceiptCanvas(int paperWidth) {
        this.paperWidth = paperWidth;
    }

    /** ESC @: the print buffer is discarded and justification returns to left. */
    void reset() {
        line.clear();
        align = Align.LEFT;
    }

    /** Justification for lines started from now on; the current line keeps the one it began with. */
    void align(Align value) {
        align = value;
        if (line.isEmpty()) {
            lineAlign = value;
        }
    }

    void text(String text, TextStyle style) {
        text.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(cp -> character(cp, style));
    }

    /** LF: prints the buffer; an empty buffer feeds one line. */
    void newline() {
        if (!flushLine()) {
            advance(LINE_SPACING);
        }
    }

    /** ESC d n: prints the buffer, then feeds n lines. */
    void feedLines(int n) {
        flushLine();
        advance(n * LINE_SPACING);
    }

    void feedDots(int dots) {
        flushLine();
        advance(dots);
    }

    /** Prints a QR symbol below the current line, placed by the current justification. */
    void qr(BitMatrix matrix, int moduleSize) {
        flushLine();
        int width = matrix.getWidth() * moduleSize;
        if (width > paperWidth) {
            log.debug("QR of {} dots does not fit {} dots of paper: not printed", width, paperWidth);
            return;
        }
        place(new PaintOp.Qr(matrix, moduleSize, offset(align, width), y), matrix.getHeight() * moduleSize);
    }

    /** GS V: prints the buffer, optionally feeds to the cutter, draws a dashed cut line. */
    void cut(int feedDots) {
        flushLine();
        advance(feedDots);
        if (place(new PaintOp.CutLine(y), AFTER_CUT)) {
            cutRows.add(y - AFTER_CUT);
        }
    }

    RenderedReceipt finish() {
        flushLine();
        BufferedImage image = new BufferedImage(paperWidth, Math.max(y, 1), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g);
        } finally {
            g.dispose();
        }
        return new RenderedReceipt(image, cutRows, truncated);
    }

    private void character(int codePoint, TextStyle style) {
        int width = GlyphPainter.baseCellWidth(codePoint) * style.width();
        if (!line.isEmpty() && PaintOp.PendingChar.totalWidth(line) + width > paperWidth) {
            flushLine();
        }
        if (line.isEmpty()) {
            lineAlign = align;
        }
        line.add(new PaintOp.PendingChar(codePoint, style, width));
    }

    /** Places the buffered line; false when the buffer was empty. */
    private boolean flushLine() {
        if (line.isEmpty()) {
            return false;
        }
        int height = line.stream().mapToInt(c -> c.style().height() * GlyphPainter.CELL_HEIGHT).max().orElse(0);
        int x = offset(lineAlign, PaintOp.PendingChar.totalWidth(line));
        if (fits(Math.max(height, LINE_SPACING))) {
            for (PaintOp.PendingChar c : line) {
                int top = y + height - c.style().height() * GlyphPainter.CELL_HEIGHT;
                ops.add(new PaintOp.Glyph(c.codePoint(), c.style(), x, top));
                x += c.width();
            }
            y += Math.max(height, LINE_SPACING);
        }
        line.clear();
        lineAlign = align;
        return true;
    }

    private boolean place(PaintOp op, int height) {
        if (!fits(height)) {
            return false;
        }
        ops.add(op);
        y += height;
        return true;
    }

    private void advance(int dots) {
        if (fits(dots)) {
            y += dots;
        }
    }

    private boolean fits(int height) {
        if (y + (long) height <= MAX_HEIGHT) {
            return true;
        }
        if (!truncated) {
            log.warn("receipt longer than {} dots: the rest of the stream is not drawn", MAX_HEIGHT);
            truncated = true;
        }
        return false;
    }

    private int offset(Align a, int width) {
        return switch (a) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (paperWidth - width) / 2);
            case RIGHT -> Math.max(0, paperWidth - width);
        };
    }

    private void paint(Graphics2D g) {
        GlyphPainter glyphs = new GlyphPainter();
        for (PaintOp op : ops) {
            if (op instanceof PaintOp.Glyph glyph) {
                glyphs.draw(g, glyph.codePoint(), glyph.style(), glyph.x(), glyph.top());
            } else if (op instanceof PaintOp.Qr qr) {
                paintQr(g, qr);
            } else if (op instanceof PaintOp.CutLine cut) {
                g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {DASH, GAP}, 0));
                g.drawLine(0, cut.row(), paperWidth, cut.row());
            }
        }
    }

    private static void paintQr(Graphics2D g, PaintOp.Qr qr) {
        BitMatrix m = qr.matrix();
        int size = qr.moduleSize();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    g.fillRect(qr.x() + col * size, qr.top() + row * size, size, size);
                }
            }
        }
    }
}
