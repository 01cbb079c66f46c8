package dev.hallq.protocol;

import java.time.Instant;

/** The hub asks a printer agent to print a ticket. {@code qrContent} is what the ticket's QR code holds. */
public record PrintJob(int schema, String jobId, String hallName, TicketInfo ticket, String qrContent, Instant at) {
    public PrintJob {
        Schema.check(schema);
        Checks.id("jobId", jobId);
        Checks.text("hallName", hallName);
        Checks.present("ticket", ticket);
        Checks.present("at", at);
    }

    public PrintJob(String jobId, String hallName, TicketInfo ticket, String qrContent, Instant at) {
        this(Schema.VERSION, jobId, hallName, ticket, qrContent, at);
    }
}
