package dev.hallq.printer.escpos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * What {@link EscPosImageRenderer} drew: the paper as an image, the rows where cut lines were
 * drawn, and whether the stream was longer than the renderer is willing to draw.
 */
public record RenderedReceipt(BufferedImage image, List<Integer> cutRows, boolean truncated) {

    public RenderedReceipt {
        Objects.requireNonNull(image, "image");
        cutRows = List.copyOf(cutRows);
    }

    /** The image as PNG bytes. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        }
        return out.toByteArray();
    }
}
