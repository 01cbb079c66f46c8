package dev.hallq.printer.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes stored by {@code GS ( k} fn 80 into a QR module matrix, as the printer does:
 * the stored bytes go into the symbol as they are, without an ECI header.
 */
final class QrSymbolEncoder {
    private static final Logger log = LoggerFactory.getLogger(QrSymbolEncoder.class);

    private QrSymbolEncoder() {
    }

    /** One module per matrix cell, no quiet zone; empty when the data cannot be encoded. */
    static Optional<BitMatrix> encode(byte[] data, QrErrorLevel level) {
        if (data == null || data.length == 0) {
            log.debug("QR print without stored data: nothing drawn");
            return Optional.empty();
        }
        // ISO-8859-1 maps each byte to one char and back; it is zxing's default, so no ECI is written.
        String raw = new String(data, StandardCharsets.ISO_8859_1);
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, toZxing(level));
        hints.put(EncodeHintType.MARGIN, 0);
        try {
            return Optional.of(new QRCodeWriter().encode(raw, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException | IllegalArgumentException e) {
            log.debug("QR data of {} bytes cannot be encoded at level {}: {}", data.length, level, e.getMessage());
            return Optional.empty();
        }
    }

    static ErrorCorrectionLevel toZxing(QrErrorLevel level) {
        return switch (level) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
    }
}
