package dev.hallq.printer.ticket;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Everything printed on a queue ticket. Optional parts are null: {@code peopleAhead} and
 * {@code estimatedWaitMinutes} when not known (or no longer true, on a reprint from the printer's
 * memory), {@code notes} to let the layout print the template's notes, {@code qrContent} for a
 * ticket without QR code, {@code reprintedAt} for a first print. A reprint is marked 补打 / REPRINT
 * with its own time.
 */
public record PrintableTicket(
        String hallName,
        String ticketNumber,
        String serviceName,
        Integer peopleAhead,
        Integer estimatedWaitMinutes,
        LocalDateTime issuedAt,
        String notes,
        String qrContent,
        LocalDateTime reprintedAt) {

    /** QR content limit: keeps the symbol small enough for 58 mm paper at a scannable module size. */
    public static final int MAX_QR_BYTES = 300;
    private static final int MAX_TICKET_NUMBER = 16;

    public PrintableTicket {
        requireText("hallName", hallName);
        requireText("ticketNumber", ticketNumber);
        requireText("serviceName", serviceName);
        if (ticketNumber.length() > MAX_TICKET_NUMBER || !ticketNumber.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("ticketNumber must be 1.." + MAX_TICKET_NUMBER
                    + " printable ASCII characters without spaces but was \"" + ticketNumber + "\"");
        }
        if (peopleAhead != null && peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must be >= 0 but was " + peopleAhead);
        }
        if (estimatedWaitMinutes != null && estimatedWaitMinutes < 0) {
            throw new IllegalArgumentException("estimatedWaitMinutes must be >= 0 but was " + estimatedWaitMinutes);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (notes != null) {
            requireText("notes", notes);
        }
        if (qrContent != null) {
            requireText("qrContent", qrContent);
            int bytes = qrContent.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_QR_BYTES) {
                throw new IllegalArgumentException("qrContent must be at most " + MAX_QR_BYTES
                        + " UTF-8 bytes but was " + bytes);
            }
        }
    }

    /** A first print. */
    public PrintableTicket(String hallName, String ticketNumber, String serviceName, Integer peopleAhead,
                           Integer estimatedWaitMinutes, LocalDateTime issuedAt, String notes, String qrContent) {
        this(hallName, ticketNumber, serviceName, peopleAhead, estimatedWaitMinutes, issuedAt, notes, qrContent, null);
    }

    /** True when this is the ticket printed again (补打). */
    public boolean isReprint() {
        return reprintedAt != null;
    }

    /** Non-blank and free of control characters (they would become printer commands). */
    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was \"" + value + "\"");
        }
        value.chars().filter(Character::isISOControl).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException(String.format("%s contains control character U+%04X: \"%s\"",
                    name, c, value));
        });
    }
}
