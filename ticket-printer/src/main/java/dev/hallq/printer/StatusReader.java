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
 * Asks the printer for its whole state: {@code DLE EOT 1} (online), {@code 2} (cover, paper end,
 * error), {@code 3} (error cause) and {@code 4} (roll paper sensor). A printer that answers the first
 * three but not {@code DLE EOT 4} (some models leave it out) is asked {@code GS r 1} for its paper
 * from then on. Used only by the print thread.
 */
final class StatusReader {
    private static final StatusQuery[] STATE = {StatusQuery.PRINTER, StatusQuery.OFFLINE_CAUSE, StatusQuery.ERROR_CAUSE};
    private static final Logger LOG = LoggerFactory.getLogger(StatusReader.class);

    private final PrinterTransport transport;
    private final Duration timeout;
    private StatusQuery paperQuery = StatusQuery.ROLL_PAPER;

    StatusReader(PrinterTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    /**
     * The printer's state now.
     *
     * @throws PrinterFault TIMEOUT when the printer does not answer, or what the transport reports
     * @throws IllegalArgumentException when an answer is not a status byte
     */
    PrinterStatus read() throws PrinterFault {
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
            LOG.info("{} does not answer DLE EOT 4: asking GS r 1 about its paper from now on", transport.describe());
            paperQuery = StatusQuery.PAPER_SENSOR;
            return now.merge(ask(paperQuery));
        }
    }

    private PrinterStatus ask(StatusQuery q) throws PrinterFault {
        byte[] answer = transport.query(q.bytes(), StatusQuery.ANSWER_BYTES, timeout);
        return PrinterStatusDecoder.decode(q, answer[0]);
    }
}
