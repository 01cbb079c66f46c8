package dev.hallq.printer.escpos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The printer's QR settings and symbol storage, changed by {@code GS ( k} with cn = 49. */
final class QrState {
    private static final Logger log = LoggerFactory.getLogger(QrState.class);
    private static final int DEFAULT_MODULE_SIZE = 3;

    private int moduleSize = DEFAULT_MODULE_SIZE;
    private QrErrorLevel level = QrErrorLevel.L;
    private byte[] data = new byte[0];

    /**
     * Applies one function; {@code payload} is everything after cn and fn.
     *
     * @return true when the function asks to print the stored symbol
     */
    boolean apply(int fn, byte[] payload, ReceiptCanvas canvas) {
        switch (fn) {
            case EscPosBytes.QR_FN_MODEL -> model(payload);
            case EscPosBytes.QR_FN_MODULE_SIZE -> moduleSize(payload);
            case EscPosBytes.QR_FN_ERROR_LEVEL -> errorLevel(payload);
            case EscPosBytes.QR_FN_STORE -> store(payload);
            case EscPosBytes.QR_FN_PRINT -> {
                QrSymbolEncoder.encode(data, level).ifPresent(m -> canvas.qr(m, moduleSize));
                return true;
            }
            default -> log.debug("QR function {} ignored", EscPosBytes.hex(fn));
        }
        return false;
    }

    private void model(byte[] p) {
        if (p.length >= 1 && p[0] != '2') {
            log.debug("QR model {} requested: drawn as model 2", EscPosBytes.hex(p[0]));
        }
    }

    private void moduleSize(byte[] p) {
        int n = p.length >= 1 ? p[0] & 0xFF : -1;
        if (n >= EscPosBuilder.MIN_QR_MODULE && n <= EscPosBuilder.MAX_QR_MODULE) {
            moduleSize = n;
        } else {
            log.debug("QR module size {} out of range: kept {}", n, moduleSize);
        }
    }

    private void errorLevel(byte[] p) {
        QrErrorLevel requested = p.length >= 1 ? QrErrorLevel.fromCode(p[0] & 0xFF) : null;
        if (requested != null) {
            level = requested;
        } else {
            log.debug("QR error level parameter invalid: kept {}", level);
        }
    }

    /** Payload is m (48) followed by the data. */
    private void store(byte[] p) {
        data = p.length <= 1 ? new byte[0] : java.util.Arrays.copyOfRange(p, 1, p.length);
    }
}
