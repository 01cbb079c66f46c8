package dev.hallq.printer.transport;

import java.util.Objects;

/** A print job or status query that did not reach the printer, and why. */
public class PrinterFault extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the printer could not take the job. */
    public enum Reason {
        PAPER_OUT,
        COVER_OPEN,
        OFFLINE,
        /** The printer reports an error of its own (autocutter jam, print head too hot, ...) and stopped. */
        PRINTER_ERROR,
        IO_ERROR,
        TIMEOUT
    }

    private final Reason reason;

    public PrinterFault(Reason reason, String message) {
        this(reason, message, null);
    }

    public PrinterFault(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
