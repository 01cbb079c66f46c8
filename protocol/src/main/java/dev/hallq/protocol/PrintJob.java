package dev.hallq.protocol;

import java.time.Instant;

/**
 * The hub asks a printer agent to print a ticket, or a service's guide (办事指南): exactly one of {@code ticket}
 * and {@code guide}. {@code qrContent} is what the paper's QR code holds: the live "my ticket" page, or the
 * guide's page.
 */
public record PrintJob(int schema, String jobId, String hallName, TicketInfo ticket, GuideInfo guide,
                       String qrContent, Instant at) {
    public PrintJob {
        Schema.check(schema);
        Checks.id("jobId", jobId);
        Checks.text("hallName", hallName);
        if ((ticket == null) == (guide == null)) {
            throw new IllegalArgumentException("a print job needs exactly one of ticket and guide, had "
                    + (ticket == null ? "neither" : "both"));
        }
        Checks.present("at", at);
    }

    /** A ticket to print. */
    public PrintJob(String jobId, String hallName, TicketInfo ticket, String qrContent, Instant at) {
        this(Schema.VERSION, jobId, hallName, ticket, null, qrContent, at);
    }

    /** A service's guide to print. */
    public static PrintJob guide(String jobId, String hallName, GuideInfo guide, String qrContent, Instant at) {
        return new PrintJob(Schema.VERSION, jobId, hallName, null, guide, qrContent, at);
    }
}
