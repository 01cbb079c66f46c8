package dev.hallq.display.voice;

/**
 * Chinese number words for announcements.
 *
 * <p>Two readings exist in a hall call: a ticket number is read digit by digit
 * ("A012" → "A零一二", never "A十二"), a window number is read as a number
 * (12 → 十二, 105 → 一百零五).
 */
public final class ChineseNumerals {

    /** Largest number {@link #cardinal(int)} reads. */
    public static final int MAX_CARDINAL = 9_999;

    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};
    private static final char[] UNITS = {'千', '百', '十'};
    private static final int[] UNIT_VALUES = {1000, 100, 10};

    private ChineseNumerals() {
    }

    /** The Chinese word for one decimal digit (0 → 零 … 9 → 九). */
    public static char digit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        return DIGITS[digit];
    }

    /**
     * Replaces every ASCII digit with its Chinese word, one by one, and keeps every other
     * character: "A012" → "A零一二".
     */
    public static String digitByDigit(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? DIGITS[c - '0'] : c);
        }
        return out.toString();
    }

    /**
     * Reads a number 0..9999 the way it is spoken: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十,
     * 105 → 一百零五, 110 → 一百一十, 1001 → 一千零一.
     */
    public static String cardinal(int number) {
        if (number < 0 || number > MAX_CARDINAL) {
            throw new IllegalArgumentException("number out of range 0.." + MAX_CARDINAL + ": " + number);
        }
        if (number == 0) {
            return "零";
        }
        if (number >= 10 && number < 20) {
            // 10..19 are said 十, 十一 … 十九 (not 一十一)
            return number == 10 ? "十" : "十" + DIGITS[number - 10];
        }
        StringBuilder out = new StringBuilder();
        int rest = number;
        boolean pendingZero = false;
        for (int i = 0; i < UNITS.length; i++) {
            int d = rest / UNIT_VALUES[i];
            rest %= UNIT_VALUES[i];
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS[d]).append(UNITS[i]);
        }
        if (rest > 0) {
            if (pendingZero) {
                out.append('零');
            }
            out.append(DIGITS[rest]);
        }
        return out.toString();
    }
}
