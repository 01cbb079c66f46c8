package dev.hallq.printer.escpos;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Looks at rendered paper: where the ink is, and what QR code it holds. */
public final class InkProbe {
    /** Where sample renders are written for people to look at. */
    public static final Path ARTIFACTS = Path.of("target", "test-artifacts");
    private static final int INK_THRESHOLD = 128;

    private InkProbe() {
    }

    public static boolean isInk(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) < INK_THRESHOLD;
    }

    /** Number of ink pixels in the rectangle (clipped to the image). */
    public static int inkIn(BufferedImage image, int x0, int y0, int width, int height) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + height); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + width); x++) {
                if (isInk(image, x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Smallest rectangle holding all ink in rows y0 until y0 + height; empty when there is none. */
    public static Optional<Rectangle> inkBounds(BufferedImage image, int y0, int height) {
        Rectangle bounds = null;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + height); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image, x, y)) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    bounds = bounds == null ? pixel : bounds.union(pixel);
                }
            }
        }
        return Optional.ofNullable(bounds);
    }

    public static Optional<Rectangle> inkBounds(BufferedImage image) {
        return inkBounds(image, 0, image.getHeight());
    }

    /**
     * The QR code zxing finds in the image, if any. zxing's decoder misses a few valid symbols at an exact
     * pixel scale (zbar reads them), so the image is also tried at a few other scales; a decode can only
     * ever return what the symbol holds.
     */
    public static Optional<Result> decodeQr(BufferedImage image) {
        for (double scale : new double[]{1.0, 0.75, 0.5, 1.25}) {
            Optional<Result> found = decodeAt(scale == 1.0 ? image : scaled(image, scale));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Result> decodeAt(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        BufferedImage out = new BufferedImage((int) (image.getWidth() * factor), (int) (image.getHeight() * factor),
                BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** Writes PNG bytes under target/test-artifacts and returns the path. */
    public static Path writeArtifact(String fileName, byte[] png) {
        try {
            Files.createDirectories(ARTIFACTS);
            return Files.write(ARTIFACTS.resolve(fileName), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
