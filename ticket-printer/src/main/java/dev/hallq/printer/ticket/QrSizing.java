package dev.hallq.printer.ticket;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.Encoder;
import dev.hallq.printer.escpos.QrErrorLevel;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks a QR module size so that the symbol the printer will draw fits the paper. */
final class QrSizing {
    private static final Logger log = LoggerFactory.getLogger(QrSizing.class);

    private QrSizing() {
    }

    /**
     * The preferred module size, or the largest smaller one at which the symbol for this content
     * (encoded from its UTF-8 bytes, as the printer stores them) is at most {@code maxDots} wide.
     */
    static int moduleSize(String content, QrErrorLevel level, int preferred, int maxDots) {
        String raw = new String(content.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try {
            int modules = Encoder.encode(raw, errorLevel(level)).getMatrix().getWidth();
            return Math.max(1, Math.min(preferred, maxDots / modules));
        } catch (WriterException e) {
            log.warn("QR content of {} characters cannot be sized: using module size 1", content.length(), e);
            return 1;
        }
    }

    private static com.google.zxing.qrcode.decoder.ErrorCorrectionLevel errorLevel(QrErrorLevel level) {
        return com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.valueOf(level.name());
    }
}
