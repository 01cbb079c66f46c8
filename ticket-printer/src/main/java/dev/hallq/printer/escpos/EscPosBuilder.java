package dev.hallq.printer.escpos;

import static dev.hallq.printer.escpos.EscPosBytes.ESC;
import static dev.hallq.printer.escpos.EscPosBytes.FS;
import static dev.hallq.printer.escpos.EscPosBytes.GS;
import static dev.hallq.printer.escpos.EscPosBytes.LF;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Fluent builder of the ESC/POS bytes of a ticket. Not thread-safe; one builder per job.
 *
 * <p>Every method validates its arguments and throws {@link IllegalArgumentException} naming the
 * bad value, so a broken job is refused before any byte reaches the printer.
 */
public final class EscPosBuilder {
    public static final int MAX_FEED_LINES = 255;
    public static final int MIN_QR_MODULE = 1;
    public static final int MAX_QR_MODULE = 16;
    public static final int MAX_SIZE = 8;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    /** {@code ESC @}: clears the print buffer and resets modes to the power-on defaults. */
    public EscPosBuilder init() {
        return put(ESC, '@');
    }

    /** {@code FS &} (on) or {@code FS .} (off): Chinese character mode, text in GB18030. */
    public EscPosBuilder chineseMode(boolean on) {
        return put(FS, on ? '&' : '.');
    }

    /** {@code ESC a n}: justification of the lines that follow. */
    public EscPosBuilder align(Align align) {
        Objects.requireNonNull(align, "align");
        return put(ESC, 'a', align.code());
    }

    /** {@code GS ! n}: character width and height multipliers, each 1..8. */
    public EscPosBuilder size(int width, int height) {
        requireRange("width", width, 1, MAX_SIZE);
        requireRange("height", height, 1, MAX_SIZE);
        return put(GS, '!', (width - 1) << 4 | (height - 1));
    }

    /** {@code ESC E n}: emphasized (bold) on or off. */
    public EscPosBuilder bold(boolean on) {
        return put(ESC, 'E', on ? 1 : 0);
    }

    /**
     * Text in GB18030 (ASCII stays one byte, Chinese two). Control characters are refused: they
     * would be taken for commands; use {@link #newline()} for line breaks.
     */
    public EscPosBuilder text(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(String.format(
                        "text contains control character U+%04X at index %d: \"%s\"", (int) c, i, text));
            }
        }
        out.writeBytes(text.getBytes(EscPosBytes.TEXT_CHARSET));
        return this;
    }

    /** LF: prints the buffered line and advances one line. */
    public EscPosBuilder newline() {
        out.write(LF);
        return this;
    }

    /** {@code ESC d n}: prints the buffer and feeds n lines, 0..255. */
    public EscPosBuilder feed(int lines) {
        requireRange("lines", lines, 0, MAX_FEED_LINES);
        return put(ESC, 'd', lines);
    }

    /**
     * A native model-2 QR code ({@code GS ( k}): select model 2, module size, error level, store
     * the UTF-8 data, print. The symbol follows the current {@link #align(Align) alignment}.
     */
    public EscPosBuilder qr(String data, int moduleSize, QrErrorLevel level) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(level, "level");
        requireRange("moduleSize", moduleSize, MIN_QR_MODULE, MAX_QR_MODULE);
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        if (payload.length == 0) {
            throw new IllegalArgumentException("QR data is empty");
        }
        if (payload.length > level.maxBytes()) {
            throw new IllegalArgumentException("QR data of " + payload.length + " bytes exceeds the "
                    + level.maxBytes() + " bytes a level " + level + " symbol holds");
        }
        qrFunction(EscPosBytes.QR_FN_MODEL, '2', 0);
        qrFunction(EscPosBytes.QR_FN_MODULE_SIZE, moduleSize);
        qrFunction(EscPosBytes.QR_FN_ERROR_LEVEL, level.code());
        int length = payload.length + 3;
        put(GS, '(', 'k', length & 0xFF, length >> 8, EscPosBytes.QR_CN, EscPosBytes.QR_FN_STORE, '0');
        out.writeBytes(payload);
        return qrFunction(EscPosBytes.QR_FN_PRINT, '0');
    }

    /**
     * {@code GS V 66 0} (1D 56 42 00): feeds the paper to the cutter position, then partial cut.
     * Chosen over {@code GS V 0} because a full cut without the feed leaves the last printed lines
     * between head and blade, where they would end up on the next ticket; a partial cut also keeps
     * the ticket hanging until the citizen takes it instead of dropping it on the floor.
     */
    public EscPosBuilder cut() {
        return put(GS, 'V', 66, 0);
    }

    /** Appends an already encoded command, such as a {@link StatusQuery}. */
    public EscPosBuilder raw(byte[] command) {
        Objects.requireNonNull(command, "command");
        out.writeBytes(command);
        return this;
    }

    /** The bytes built so far; a fresh copy on every call. */
    public byte[] bytes() {
        return out.toByteArray();
    }

    private EscPosBuilder qrFunction(int fn, int... params) {
        int length = params.length + 2;
        put(GS, '(', 'k', length, 0, EscPosBytes.QR_CN, fn);
        return put(params);
    }

    private EscPosBuilder put(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + " but was " + value);
        }
    }
}
