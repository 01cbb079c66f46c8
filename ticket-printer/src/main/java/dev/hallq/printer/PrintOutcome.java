package dev.hallq.printer;

import dev.hallq.protocol.PrintJob;
import java.time.Instant;

/**
 * How one print job ended.
 *
 * @param reason   why it did not print ({@code PAPER_OUT}, ...); null when it printed
 * @param repeated the job had already been printed (the broker delivered it again): nothing was printed now
 */
record PrintOutcome(PrintJob job, boolean printed, String reason, boolean repeated, Instant at) {
    /** Answer to a job the hub sent that cannot be printed at all, such as a QR content too long. */
    static final String INVALID_JOB = "INVALID_JOB";
    /** Answer when so many jobs wait for a stalled printer that no more are taken. */
    static final String QUEUE_FULL = "TIMEOUT";

    static PrintOutcome ok(PrintJob job, Instant at) {
        return new PrintOutcome(job, true, null, false, at);
    }

    static PrintOutcome again(PrintJob job, Instant at) {
        return new PrintOutcome(job, true, null, true, at);
    }

    static PrintOutcome failed(PrintJob job, String reason, Instant at) {
        return new PrintOutcome(job, false, reason, false, at);
    }
}
