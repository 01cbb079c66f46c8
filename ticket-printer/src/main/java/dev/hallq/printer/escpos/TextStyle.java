package dev.hallq.printer.escpos;

/** Character size multipliers (1..8) and emphasis in force when a character is received. */
record TextStyle(int width, int height, boolean bold) {
    static final TextStyle DEFAULT = new TextStyle(1, 1, false);

    TextStyle withSize(int w, int h) {
        return new TextStyle(w, h, bold);
    }

    TextStyle withBold(boolean b) {
        return new TextStyle(width, height, b);
    }
}
