package dev.hallq.printer.escpos;

import java.nio.charset.Charset;

/** Control bytes and charsets shared by the builder and the renderer. */
final class EscPosBytes {
    static final int LF = 0x0A;
    static final int CR = 0x0D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int ESC = 0x1B;
    static final int FS = 0x1C;
    static final int GS = 0x1D;

    /** Text encoding of the printer's Chinese mode; a superset of GB2312 and GBK, maps every code point. */
    static final Charset TEXT_CHARSET = Charset.forName("GB18030");

    /** {@code cn} of {@code GS ( k} for QR Code. */
    static final int QR_CN = 0x31;
    static final int QR_FN_MODEL = 0x41;
    static final int QR_FN_MODULE_SIZE = 0x43;
    static final int QR_FN_ERROR_LEVEL = 0x45;
    static final int QR_FN_STORE = 0x50;
    static final int QR_FN_PRINT = 0x51;

    private EscPosBytes() {
    }

    static String hex(int b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
