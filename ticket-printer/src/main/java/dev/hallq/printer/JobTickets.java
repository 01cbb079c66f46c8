package dev.hallq.printer;

import dev.hallq.printer.ticket.PrintableTicket;
import dev.hallq.protocol.PrintJob;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Turns the hub's print job into what goes on the paper. */
final class JobTickets {
    private JobTickets() {
    }

    /**
     * The ticket to print, its time in the hall's zone.
     *
     * @throws IllegalArgumentException when the job cannot be printed (e.g. a QR content too long for the paper)
     */
    static PrintableTicket of(PrintJob job, ZoneId zone) {
        String qr = job.qrContent() == null || job.qrContent().isBlank() ? null : job.qrContent();
        return new PrintableTicket(job.hallName(), job.ticket().number(), job.ticket().serviceName(),
                job.ticket().peopleAhead(), job.ticket().estimatedWaitMinutes(), LocalDateTime.ofInstant(job.ticket().issuedAt(), zone), null, qr);
    }
}
