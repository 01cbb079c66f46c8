package dev.hallq.protocol;

/**
 * The masked forms of personal data, the only ones a public screen, a log line or a {@code toString} may show.
 * One place, so every device and the hub mask alike.
 */
public final class Masking {
    private Masking() {
    }

    /** {@code 张三丰 → 张*丰}, {@code 张三 → 张*}, {@code 欧阳小明 → 欧**明}, a single character → {@code *}. */
    public static String name(String name) {
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
        return masked.append("*".repeat(chars.length - 2)).appendCodePoint(chars[chars.length - 1]).toString();
    }

    /** The first 3 and last 4 characters of an ID number, the rest stars ({@code 110***********1234}); a short one all stars. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return "*".repeat(id == null ? 0 : id.length());
        }
        int n = id.length();
        return id.substring(0, 3) + "*".repeat(n - 7) + id.substring(n - 4);
    }
}
