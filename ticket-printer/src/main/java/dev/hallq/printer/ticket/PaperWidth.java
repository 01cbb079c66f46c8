package dev.hallq.printer.ticket;

/** Thermal paper rolls used by hall kiosks, at 203 dpi with font A (12 x 24 dots). */
public enum PaperWidth {
    MM80(576, 48),
    MM58(384, 32);

    private final int dots;
    private final int charsPerLine;

    PaperWidth(int dots, int charsPerLine) {
        this.dots = dots;
        this.charsPerLine = charsPerLine;
    }

    /** Printable width in dots. */
    public int dots() {
        return dots;
    }

    /** Half-width (ASCII) characters of font A per line; Chinese characters take two. */
    public int charsPerLine() {
        return charsPerLine;
    }
}
