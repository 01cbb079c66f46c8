package dev.hallq.printer.ticket;

import java.util.List;

/**
 * Hall-specific texts around the ticket data.
 *
 * @param headerLine  printed above the hall name (for example 「欢迎光临」), null for none
 * @param footerNotes lines printed after the ticket's notes (for example a service phone number)
 * @param printQr     whether a ticket's QR content is printed as a QR code
 */
public record TicketTemplate(String headerLine, List<String> footerNotes, boolean printQr) {

    /** No header, no footer, QR printed. */
    public static final TicketTemplate DEFAULT = new TicketTemplate(null, List.of(), true);

    public TicketTemplate {
        if (headerLine != null && headerLine.isBlank()) {
            headerLine = null;
        }
        footerNotes = footerNotes == null ? List.of() : List.copyOf(footerNotes);
        for (String line : footerNotes) {
            if (line.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("footer note contains a control character: \"" + line + "\"");
            }
        }
        if (headerLine != null && headerLine.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("headerLine contains a control character: \"" + headerLine + "\"");
        }
    }
}
