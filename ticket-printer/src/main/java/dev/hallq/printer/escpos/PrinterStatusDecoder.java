package dev.hallq.printer.escpos;

import java.util.Objects;

/**
 * Turns the one-byte answers of {@link StatusQuery} into {@link PrinterStatus} values, with the
 * bit meanings of the ESC/POS specification.
 *
 * <p>{@code DLE EOT} answers have fixed bits (bit 1 and bit 4 set, bits 0 and 7 clear); a
 * {@code GS r} answer has bits 4 and 7 clear. An answer breaking that pattern is not a status
 * byte (for example a stray automatic status block) and is refused. Two-bit sensor fields count as
 * set when either bit is set: printers differ in which of the pair they drive.
 */
public final class PrinterStatusDecoder {
    private static final int DLE_EOT_FIXED_MASK = 0b1001_0011;
    private static final int DLE_EOT_FIXED_VALUE = 0b0001_0010;
    private static final int GS_R_FIXED_MASK = 0b1001_0000;

    private PrinterStatusDecoder() {
    }

    /**
     * Decodes one answer.
     *
     * @throws IllegalArgumentException when the byte does not have the fixed bits of that answer
     */
    public static PrinterStatus decode(StatusQuery query, int answer) {
        Objects.requireNonNull(query, "query");
        int b = answer & 0xFF;
        requireWellFormed(query, b);
        return switch (query) {
            case PRINTER -> new PrinterStatus(PaperState.OK, false, bit(b, 3), false);
            case OFFLINE_CAUSE -> new PrinterStatus(bit(b, 5) ? PaperState.OUT : PaperState.OK,
                    bit(b, 2), false, bit(b, 6));
            case ERROR_CAUSE -> new PrinterStatus(PaperState.OK, false, false,
                    bit(b, 2) || bit(b, 3) || bit(b, 5) || bit(b, 6));
            case ROLL_PAPER -> new PrinterStatus(paper(bit(b, 2) || bit(b, 3), bit(b, 5) || bit(b, 6)),
                    false, false, false);
            case PAPER_SENSOR -> new PrinterStatus(paper(bit(b, 0) || bit(b, 1), bit(b, 2) || bit(b, 3)),
                    false, false, false);
        };
    }

    /** True when the byte has the fixed bits of an answer to that query. */
    public static boolean isWellFormed(StatusQuery query, int answer) {
        int b = answer & 0xFF;
        if (query == StatusQuery.PAPER_SENSOR) {
            return (b & GS_R_FIXED_MASK) == 0;
        }
        return (b & DLE_EOT_FIXED_MASK) == DLE_EOT_FIXED_VALUE;
    }

    private static void requireWellFormed(StatusQuery query, int b) {
        if (!isWellFormed(query, b)) {
            throw new IllegalArgumentException("answer " + EscPosBytes.hex(b) + " is not a valid "
                    + query + " status byte");
        }
    }

    private static PaperState paper(boolean nearEnd, boolean end) {
        if (end) {
            return PaperState.OUT;
        }
        return nearEnd ? PaperState.NEAR_END : PaperState.OK;
    }

    private static boolean bit(int b, int index) {
        return (b >> index & 1) == 1;
    }
}
