package dev.hallq.printer.transport;

import dev.hallq.printer.escpos.StatusQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer in memory for tests and the demo hall: keeps every accepted job in order, fails jobs
 * while paper is out, the cover is open or it is offline, and answers status queries accordingly.
 */
public final class SimulatedPrinterTransport implements PrinterTransport {
    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinterTransport.class);
    private static final int FIXED_DLE_EOT_BITS = 0x12;

    private final String name;
    private final List<byte[]> jobs = new ArrayList<>();
    private boolean paperOut;
    private boolean paperNearEnd;
    private boolean coverOpen;
    private boolean offline;
    private boolean cutterError;
    private boolean closed;

    public SimulatedPrinterTransport() {
        this("simulated printer");
    }

    public SimulatedPrinterTransport(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public synchronized void send(byte[] job) throws PrinterFault {
        Objects.requireNonNull(job, "job");
        failIfNotReady();
        jobs.add(job.clone());
        log.debug("{} accepted job {} of {} bytes", name, jobs.size(), job.length);
    }

    /** Answers {@link StatusQuery} requests from the simulated state. */
    @Override
    public synchronized byte[] query(byte[] request, int answerBytes, Duration timeout) throws PrinterFault {
        if (closed) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, name + " is closed");
        }
        StatusQuery q = StatusQuery.of(request);
        if (q == null || answerBytes != StatusQuery.ANSWER_BYTES) {
            throw new PrinterFault(PrinterFault.Reason.TIMEOUT, name + " does not answer that request");
        }
        return new byte[] {(byte) answer(q)};
    }

    @Override
    public boolean supportsQuery() {
        return true;
    }

    public synchronized void setPaperOut(boolean value) {
        paperOut = value;
    }

    public synchronized void setPaperNearEnd(boolean value) {
        paperNearEnd = value;
    }

    public synchronized void setCoverOpen(boolean value) {
        coverOpen = value;
    }

    public synchronized void setOffline(boolean value) {
        offline = value;
    }

    /** An autocutter error (a jam): the printer stops and reports an error until it is cleared. */
    public synchronized void setCutterError(boolean value) {
        cutterError = value;
    }

    /** Copies of every accepted job, oldest first. */
    public synchronized List<byte[]> jobs() {
        List<byte[]> copy = new ArrayList<>(jobs.size());
        jobs.forEach(j -> copy.add(j.clone()));
        return List.copyOf(copy);
    }

    /** A copy of the newest accepted job. */
    public synchronized Optional<byte[]> lastJob() {
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(jobs.size() - 1).clone());
    }

    /** Forgets the accepted jobs. */
    public synchronized void clearJobs() {
        jobs.clear();
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void failIfNotReady() throws PrinterFault {
        if (closed || offline) {
            throw new PrinterFault(PrinterFault.Reason.OFFLINE, name + (closed ? " is closed" : " is offline"));
        }
        if (cutterError) {
            throw new PrinterFault(PrinterFault.Reason.PRINTER_ERROR, name + " stopped with a cutter error");
        }
        if (coverOpen) {
            throw new PrinterFault(PrinterFault.Reason.COVER_OPEN, name + " cover is open");
        }
        if (paperOut) {
            throw new PrinterFault(PrinterFault.Reason.PAPER_OUT, name + " is out of paper");
        }
    }

    private int answer(StatusQuery q) {
        return statusByte(q, paperOut, paperNearEnd, coverOpen, offline, cutterError);
    }

    /**
     * The answer of a printer in this state to a status request, with the bits of the ESC/POS
     * specification; the simulated serial printer of the tests answers with the same bytes.
     */
    public static int statusByte(StatusQuery q, boolean paperOut, boolean paperNearEnd, boolean coverOpen,
                                 boolean offline, boolean cutterError) {
        boolean stopped = offline || coverOpen || paperOut || cutterError;
        return switch (q) {
            case PRINTER -> FIXED_DLE_EOT_BITS | (stopped ? 0x08 : 0);
            case OFFLINE_CAUSE -> FIXED_DLE_EOT_BITS | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0)
                    | (cutterError ? 0x40 : 0);
            case ERROR_CAUSE -> FIXED_DLE_EOT_BITS | (cutterError ? 0x08 : 0);
            case ROLL_PAPER -> FIXED_DLE_EOT_BITS | (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            case PAPER_SENSOR -> (paperNearEnd ? 0x03 : 0) | (paperOut ? 0x0C : 0);
        };
    }
}
