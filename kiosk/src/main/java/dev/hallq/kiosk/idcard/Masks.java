package dev.hallq.kiosk.idcard;

/** Masked forms of personal data, the only ones a log line or {@code toString} may show. */
final class Masks {
    private Masks() {
    }

    /** {@code 张三丰 → 张*丰}, as every public form of a name is masked ({@link dev.hallq.protocol.Masking}). */
    static String name(String name) {
        return dev.hallq.protocol.Masking.name(name);
    }

    /** The first 3 and last 4 characters of a card number, the rest stars. */
    static String id(String id) {
        return dev.hallq.protocol.Masking.idNumber(id);
    }

    /** Anything else personal: only its length. */
    static String hidden(String value) {
        return value == null || value.isEmpty() ? "" : "<" + value.length() + " chars>";
    }
}
