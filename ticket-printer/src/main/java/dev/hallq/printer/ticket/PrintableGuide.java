package dev.hallq.printer.ticket;

import dev.hallq.protocol.GuideInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Everything printed on a service's guide (办事指南, 一次性告知): the hall, the guide as the hub sent it, the QR code
 * of its page (null for none) and when it was printed.
 */
public record PrintableGuide(String hallName, GuideInfo guide, String qrContent, LocalDateTime printedAt) {

    public PrintableGuide {
        if (hallName == null || hallName.isBlank()) {
            throw new IllegalArgumentException("hallName must not be blank but was \"" + hallName + "\"");
        }
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(printedAt, "printedAt");
        if (qrContent != null) {
            if (qrContent.isBlank() || qrContent.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("qrContent must be printable text but was \"" + qrContent + "\"");
            }
            int bytes = qrContent.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > PrintableTicket.MAX_QR_BYTES) {
                throw new IllegalArgumentException("qrContent must be at most " + PrintableTicket.MAX_QR_BYTES
                        + " UTF-8 bytes but was " + bytes);
            }
        }
    }
}
