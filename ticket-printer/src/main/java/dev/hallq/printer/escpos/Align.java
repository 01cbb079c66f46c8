package dev.hallq.printer.escpos;

/** Horizontal justification selected by {@code ESC a n}. */
public enum Align {
    LEFT(0),
    CENTER(1),
    RIGHT(2);

    private final int code;

    Align(int code) {
        this.code = code;
    }

    /** The {@code n} parameter of {@code ESC a n}. */
    public int code() {
        return code;
    }

    /** Maps {@code ESC a n} (0/48 left, 1/49 centre, 2/50 right) to an alignment; null when n is none of those. */
    static Align fromCode(int n) {
        return switch (n) {
            case 0, 48 -> LEFT;
            case 1, 49 -> CENTER;
            case 2, 50 -> RIGHT;
            default -> null;
        };
    }
}
