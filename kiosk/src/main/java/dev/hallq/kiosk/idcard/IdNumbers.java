package dev.hallq.kiosk.idcard;

/**
 * The check digit of an 18-character citizen identity number (GB 11643, ISO 7064 MOD 11-2), used by resident
 * cards, the HK/Macau/Taiwan residence permit and the 2023 foreign permanent-residence card alike.
 */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The check character for the first 17 digits. */
    static char checkDigit(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("17 digits are needed for a check digit");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** 17 digits and the right check character (an upper-case X for ten). */
    static boolean valid18(String id) {
        return id.length() == 18 && id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(id.substring(0, 17)) == id.charAt(17);
    }
}
