package dev.hallq.printer;

import dev.hallq.printer.escpos.PrinterStatus;
import dev.hallq.printer.escpos.PrinterStatusDecoder;
import dev.hallq.printer.escpos.StatusQuery;
import dev.hallq.printer.transport.PrinterFault;
import dev.hallq.printer.transport.PrinterTransport;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the printer for its whole state and reports it to {@link PrinterHealth}: {@code DLE EOT 1}
 * (online), {@code 2} (cover, paper end, error), {@code 3} (error cause) and {@code 4} (roll paper
 * sensor). A printer that answers the first three but not {@code DLE EOT 4} (some models leave it
 * out) is asked {@code GS r 1} about its paper from then on.
 *
 * <p>A printer that has never answered is taken for one whose status answers are off (or a
 * transport that loses them): its state stays as it was and jobs go out without asking. One that
 * answered before and stops answering has stalled or hung: that is a TIMEOUT fault in the status,
 * and jobs fail with TIMEOUT instead of being sent into a printer that takes nothing, until it
 * answers again. Used only by the print thread.
 */
final class StatusCheck {
    private static final StatusQuery[] STATE = {StatusQuery.PRINTER, StatusQuery.OFFLINE_CAUSE, StatusQuery.ERROR_CAUSE};
    private static final Logger LOG = LoggerFactory.getLogger(StatusCheck.class);

    private final String printerId;
    private final PrinterTransport transport;
    private final Duration timeout;
    private final PrinterHealth health;
    private StatusQuery paperQuery = StatusQuery.ROLL_PAPER;
    private String lastTrouble;
    private boolean silent;
    private boolean answered;

    StatusCheck(String printerId, PrinterTransport transport, Duration timeout, PrinterHealth health) {
        this.printerId = printerId;
        this.transport = transport;
        this.timeout = timeout;
        this.health = health;
    }

    /** True when the printer did not answer its last status request. */
    boolean silent() {
        return silent;
    }

    /**
     * Asks before a job, when the printer can answer: one out of paper, with its cover open, offline
     * or in error would take the bytes (TCP, serial) and print nothing, and the job would be answered
     * as printed. Returns why it cannot print, or null to send the job (also when it does not answer:
     * then the send finds out).
     */
    PrinterFault.Reason notReady() {
        if (!transport.supportsQuery() || (silent && !answered)) {
            return null;
        }
        PrinterStatus now = check();
        if (now == null) {
            return silent && answered ? PrinterFault.Reason.TIMEOUT : null;
        }
        return now.canPrint() ? null : PrinterHealth.reasonOf(now);
    }

    /** Asks for the state and reports it; returns it, or null when it could not be read. */
    PrinterStatus check() {
        if (!transport.supportsQuery()) {
            return null;
        }
        try {
            PrinterStatus now = read();
            lastTrouble = null;
            silent = false;
            answered = true;
            health.sensed(now);
            return now;
        } catch (PrinterFault f) {
            trouble(f.reason().name(), f.getMessage());
            silent = f.reason() == PrinterFault.Reason.TIMEOUT;
            if (!silent || answered) {
                health.queryFailed(f);
            }
        } catch (RuntimeException e) {
            trouble(e.getClass().getSimpleName(), e.getMessage());
        }
        return null;
    }

    private PrinterStatus read() throws PrinterFault {
        PrinterStatus now = PrinterStatus.READY;
        for (StatusQuery q : STATE) {
            now = now.merge(ask(q));
        }
        try {
            return now.merge(ask(paperQuery));
        } catch (PrinterFault f) {
            if (f.reason() != PrinterFault.Reason.TIMEOUT || paperQuery != StatusQuery.ROLL_PAPER) {
                throw f;
            }
            LOG.info("printer {}: {} does not answer DLE EOT 4, asking GS r 1 about its paper from now on", printerId,
                    transport.describe());
            paperQuery = StatusQuery.PAPER_SENSOR;
            return now.merge(ask(paperQuery));
        }
    }

    private PrinterStatus ask(StatusQuery q) throws PrinterFault {
        byte[] answer = transport.query(q.bytes(), StatusQuery.ANSWER_BYTES, timeout);
        return PrinterStatusDecoder.decode(q, answer[0]);
    }

    private void trouble(String kind, String message) {
        if (!kind.equals(lastTrouble)) {
            LOG.warn("printer {}: status query to {} failed, paper state unknown: {}", printerId,
                    transport.describe(), message);
        }
        lastTrouble = kind;
    }
}
