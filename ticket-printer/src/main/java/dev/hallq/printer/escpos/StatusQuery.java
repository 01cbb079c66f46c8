package dev.hallq.printer.escpos;

/**
 * Real-time status requests. Each is answered by exactly one byte; decode it with
 * {@link PrinterStatusDecoder}.
 */
public enum StatusQuery {
    /** {@code DLE EOT 1}: printer status (bit 3 offline). */
    PRINTER(0x10, 0x04, 1),
    /** {@code DLE EOT 2}: offline cause (bit 2 cover open, bit 5 stopped by paper end, bit 6 error). */
    OFFLINE_CAUSE(0x10, 0x04, 2),
    /** {@code DLE EOT 3}: error cause (bits 2, 3, 5, 6). */
    ERROR_CAUSE(0x10, 0x04, 3),
    /** {@code DLE EOT 4}: roll paper sensor (bits 2-3 near end, bits 5-6 paper end). */
    ROLL_PAPER(0x10, 0x04, 4),
    /** {@code GS r 1}: paper sensor status (bits 0-1 near end, bits 2-3 paper end). */
    PAPER_SENSOR(0x1D, 0x72, 1);

    /** Every query answers with this many bytes. */
    public static final int ANSWER_BYTES = 1;

    private final byte[] bytes;

    StatusQuery(int first, int second, int n) {
        this.bytes = new byte[] {(byte) first, (byte) second, (byte) n};
    }

    /** The request bytes; a fresh copy on every call. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code DLE EOT n} (10 04 n) for n = 1..4. */
    public static byte[] dleEot(int n) {
        EscPosBuilder.requireRange("n", n, 1, 4);
        return new byte[] {0x10, 0x04, (byte) n};
    }

    /** The query whose request is exactly these bytes, or null. */
    public static StatusQuery of(byte[] request) {
        for (StatusQuery q : values()) {
            if (java.util.Arrays.equals(q.bytes, request)) {
                return q;
            }
        }
        return null;
    }
}
