package dev.hallq.printer.escpos;

import java.util.Objects;

/**
 * Printer state as far as the status answers tell it. A flag not covered by the answers that were
 * decoded stays at its good value; combine partial statuses with {@link #merge(PrinterStatus)}.
 */
public record PrinterStatus(PaperState paper, boolean coverOpen, boolean offline, boolean error) {

    /** Nothing wrong reported. */
    public static final PrinterStatus READY = new PrinterStatus(PaperState.OK, false, false, false);

    public PrinterStatus {
        Objects.requireNonNull(paper, "paper");
    }

    /** True when a ticket can be printed (paper near end still prints). */
    public boolean canPrint() {
        return paper != PaperState.OUT && !coverOpen && !offline && !error;
    }

    /** Both statuses' bad news together: worst paper state, any flag set in either. */
    public PrinterStatus merge(PrinterStatus other) {
        return new PrinterStatus(paper.worst(other.paper), coverOpen || other.coverOpen,
                offline || other.offline, error || other.error);
    }
}
