package dev.hallq.printer;

import dev.hallq.printer.escpos.EscPosImageRenderer;
import dev.hallq.printer.ticket.PaperWidth;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A ticket (or a service's guide) the printer accepted: which job, which ticket, when, and the exact ESC/POS bytes
 * sent.
 *
 * @param ticketId     the ticket's id; null for a guide, which has no ticket
 * @param ticketNumber what the page shows it as: the ticket's number, or for a guide 「指南·」 and the service's name
 *
 * @param at      when the printer took the job
 * @param reprint the ticket printed again (补打), by the hub's request or from this printer's memory
 */
public record PrintedTicket(String jobId, String ticketId, String ticketNumber, Instant at, byte[] escpos,
                            boolean reprint) {

    public PrintedTicket {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(at, "at");
        escpos = Objects.requireNonNull(escpos, "escpos").clone();
    }

    /** A first print. */
    public PrintedTicket(String jobId, String ticketId, String ticketNumber, Instant at, byte[] escpos) {
        this(jobId, ticketId, ticketNumber, at, escpos, false);
    }

    /** A copy of the bytes sent to the printer. */
    @Override
    public byte[] escpos() {
        return escpos.clone();
    }

    /** The paper as the printer would print it, as PNG bytes. */
    public byte[] png(PaperWidth paper) {
        return new EscPosImageRenderer(paper.dots()).renderPng(escpos);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintedTicket t && jobId.equals(t.jobId) && Objects.equals(ticketId, t.ticketId)
                && ticketNumber.equals(t.ticketNumber) && at.equals(t.at) && Arrays.equals(escpos, t.escpos)
                && reprint == t.reprint;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, ticketId, ticketNumber, at, Arrays.hashCode(escpos), reprint);
    }

    @Override
    public String toString() {
        return "PrintedTicket[" + jobId + " " + ticketNumber + (reprint ? " reprint" : "") + " (" + ticketId + ") at "
                + at + ", " + escpos.length + " bytes]";
    }
}
