package dev.hallq.kiosk.idcard;

/** Masked forms of personal data, the only ones a log line or {@code toString} may show. */
final class Masks {
    private Masks() {
    }

    /** {@code 张三丰 → 张*丰}, {@code 张三 → 张*}, {@code JOHN SMITH → J********H}, as {@code CitizenCard} masks. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int[] chars = name.codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        if (chars.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(chars.length - 2));
        return masked.appendCodePoint(chars[chars.length - 1]).toString();
    }

    /** The first 3 and last 4 characters of a card number, the rest stars. */
    static String id(String id) {
        if (id == null || id.length() < 8) {
            return "*".repeat(id == null ? 0 : id.length());
        }
        int n = id.length();
        return id.substring(0, 3) + "*".repeat(n - 7) + id.substring(n - 4);
    }

    /** Anything else personal: only its length. */
    static String hidden(String value) {
        return value == null || value.isEmpty() ? "" : "<" + value.length() + " chars>";
    }
}
