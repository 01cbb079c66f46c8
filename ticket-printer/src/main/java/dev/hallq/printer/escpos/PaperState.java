package dev.hallq.printer.escpos;

/** What the paper sensors report, from best to worst. */
public enum PaperState {
    OK,
    NEAR_END,
    OUT;

    /** The worse of the two states. */
    public PaperState worst(PaperState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
