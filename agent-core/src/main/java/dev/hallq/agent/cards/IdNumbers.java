package dev.hallq.agent.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Citizen ID numbers (公民身份号码, GB 11643-1999), which a social security card carries as its social
 * security number: 6 digits of region, 8 of birth date, 3 of sequence and an ISO 7064 MOD 11-2 check
 * character (0-9 or X). The old 15-digit form has a 6-digit birth date in the 1900s and no check character.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /** The birth date written in a valid number; empty when the number is not a valid citizen ID number. */
    public static Optional<LocalDate> birthDate(String number) {
        if (number == null) {
            return Optional.empty();
        }
        if (number.matches("[0-9]{17}[0-9X]")) {
            return checkCharacter(number.substring(0, 17)) == number.charAt(17)
                    ? date(number.substring(6, 14)) : Optional.empty();
        }
        if (number.matches("[0-9]{15}")) {
            return date("19" + number.substring(6, 12));
        }
        return Optional.empty();
    }

    /** Whether {@code number} is a citizen ID number whose check character and birth date hold. */
    public static boolean valid(String number) {
        return birthDate(number).isPresent();
    }

    /** The 18th character for the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** {@code yyyyMMdd}, strictly (no 30 February). */
    static Optional<LocalDate> date(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.parse(yyyymmdd, YYYYMMDD));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
