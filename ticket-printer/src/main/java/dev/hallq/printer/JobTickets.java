package dev.hallq.printer;

import dev.hallq.printer.ticket.PrintableGuide;
import dev.hallq.printer.ticket.PrintableTicket;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.TicketInfo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Turns the hub's print job into what goes on the paper: a ticket, or a service's guide (办事指南). */
final class JobTickets {
    private JobTickets() {
    }

    /**
     * The ticket to print, its time in the hall's zone. A job whose ticket the hub marks as a reprint
     * (a real-name citizen asking again) is marked 补打 with the job's time; its figures are fresh.
     *
     * @throws IllegalArgumentException when the job cannot be printed (e.g. a QR content too long for the paper)
     */
    static PrintableTicket of(PrintJob job, ZoneId zone) {
        TicketInfo t = job.ticket();
        LocalDateTime reprintedAt = isReprint(job) ? LocalDateTime.ofInstant(job.at(), zone) : null;
        return new PrintableTicket(job.hallName(), t.number(), t.serviceName(), t.peopleAhead(), t.estimatedWaitMinutes(),
                LocalDateTime.ofInstant(t.issuedAt(), zone), null, qr(job), reprintedAt);
    }

    /**
     * The guide to print, with the job's time in the hall's zone as the time it was printed.
     *
     * @throws IllegalArgumentException when the job cannot be printed (e.g. a QR content too long for the paper)
     */
    static PrintableGuide guide(PrintJob job, ZoneId zone) {
        return new PrintableGuide(job.hallName(), job.guide(), qr(job), LocalDateTime.ofInstant(job.at(), zone));
    }

    /** What the page and the log call a job: the ticket's number, or 「指南·」 and the guide's service. */
    static String label(PrintJob job) {
        return job.ticket() != null ? job.ticket().number() : "指南·" + job.guide().serviceName();
    }

    /** The job's ticket's id; null for a guide. */
    static String ticketId(PrintJob job) {
        return job.ticket() == null ? null : job.ticket().id();
    }

    /**
     * The ticket printed again from this printer's memory, marked 补打 with the time now. People
     * ahead and the estimate are left out: they were true when it was issued, not now; the QR code
     * leads to the live figures.
     */
    static PrintableTicket reprint(PrintJob original, Instant now, ZoneId zone) {
        TicketInfo t = original.ticket();
        return new PrintableTicket(original.hallName(), t.number(), t.serviceName(), null, null,
                LocalDateTime.ofInstant(t.issuedAt(), zone), null, qr(original), LocalDateTime.ofInstant(now, zone));
    }

    /** The job a reprint from memory is answered as: the original's ticket, marked reprint, under its own id. */
    static PrintJob reprintJob(PrintJob original, String jobId, Instant now) {
        TicketInfo t = original.ticket();
        TicketInfo again = new TicketInfo(t.id(), t.number(), t.serviceId(), t.serviceName(), t.serviceNameEn(),
                t.peopleAhead(), t.issuedAt(), t.estimatedWaitMinutes(), Boolean.TRUE);
        return new PrintJob(jobId, original.hallName(), again, original.qrContent(), now);
    }

    /**
     * What makes a delivery the same job: its id, and for a reprint its time too. The hub sends a
     * real-name citizen's reprint under the ticket's first job id; that must print, while the broker
     * delivering the very same message twice must not.
     */
    static String deliveryKey(PrintJob job) {
        return isReprint(job) ? job.jobId() + "@" + job.at() : job.jobId();
    }

    static boolean isReprint(PrintJob job) {
        return job.ticket() != null && Boolean.TRUE.equals(job.ticket().reprint());
    }

    private static String qr(PrintJob job) {
        return job.qrContent() == null || job.qrContent().isBlank() ? null : job.qrContent();
    }
}
