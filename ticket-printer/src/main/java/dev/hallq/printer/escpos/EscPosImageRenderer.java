package dev.hallq.printer.escpos;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the ESC/POS stream a ticket printer would receive to an image of the paper, so that
 * output can be checked (and QR codes decoded) without a printer. Handles the commands
 * {@link EscPosBuilder} emits; skips other commands; never throws on garbage or truncated input,
 * returning what it could draw. Thread-safe: every call has its own state.
 */
public final class EscPosImageRenderer {
    /** 80 mm paper at 203 dpi. */
    public static final int DOTS_80MM = 576;
    /** 58 mm paper at 203 dpi. */
    public static final int DOTS_58MM = 384;
    private static final int MIN_WIDTH = 48;
    private static final int MAX_WIDTH = 4096;

    private static final Logger log = LoggerFactory.getLogger(EscPosImageRenderer.class);

    private final int paperWidthDots;

    public EscPosImageRenderer(int paperWidthDots) {
        EscPosBuilder.requireRange("paperWidthDots", paperWidthDots, MIN_WIDTH, MAX_WIDTH);
        this.paperWidthDots = paperWidthDots;
    }

    public int paperWidthDots() {
        return paperWidthDots;
    }

    /** Renders the stream; the image is {@link #paperWidthDots()} wide and as long as the paper fed. */
    public RenderedReceipt renderReceipt(byte[] stream) {
        Objects.requireNonNull(stream, "stream");
        ReceiptCanvas canvas = new ReceiptCanvas(paperWidthDots);
        try {
            new EscPosInterpreter(stream, canvas).run();
        } catch (RuntimeException e) {
            log.warn("rendering stopped early on a {}-byte stream", stream.length, e);
        }
        return canvas.finish();
    }

    /** The paper as an image: white background, black ink. */
    public BufferedImage render(byte[] stream) {
        return renderReceipt(stream).image();
    }

    /** The paper as PNG bytes. */
    public byte[] renderPng(byte[] stream) {
        return renderReceipt(stream).png();
    }
}
