package dev.hallq.printer.escpos;

/**
 * QR error-correction level as sent in {@code GS ( k} function 169 (fn 69): 48..51.
 * Capacities are those of a version-40 symbol in byte mode, the largest a printer can store.
 */
public enum QrErrorLevel {
    L(48, 2953),
    M(49, 2331),
    Q(50, 1663),
    H(51, 1273);

    private final int code;
    private final int maxBytes;

    QrErrorLevel(int code, int maxBytes) {
        this.code = code;
        this.maxBytes = maxBytes;
    }

    /** The {@code n} parameter of {@code GS ( k ... 31 45 n}. */
    public int code() {
        return code;
    }

    /** Largest number of data bytes a symbol of this level can hold in byte mode. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Level for a {@code GS ( k} fn 69 parameter, or null when the code is not 48..51. */
    static QrErrorLevel fromCode(int n) {
        for (QrErrorLevel level : values()) {
            if (level.code == n) {
                return level;
            }
        }
        return null;
    }
}
