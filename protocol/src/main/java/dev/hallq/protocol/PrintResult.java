package dev.hallq.protocol;

import java.time.Instant;

/**
 * The printer agent's answer to a print job: printed, or failed with the reason (e.g. {@code PAPER_OUT}).
 *
 * @param ticketId the job's ticket; null for a guide (办事指南), which has none
 */
public record PrintResult(int schema, String jobId, String ticketId, boolean printed, String reason, Instant at) {
    public PrintResult {
        Schema.check(schema);
        Checks.id("jobId", jobId);
        if (ticketId != null) {
            Checks.id("ticketId", ticketId);
        }
        Checks.present("at", at);
        if (!printed && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a failed print needs a reason");
        }
    }

    public PrintResult(String jobId, String ticketId, boolean printed, String reason, Instant at) {
        this(Schema.VERSION, jobId, ticketId, printed, reason, at);
    }
}
