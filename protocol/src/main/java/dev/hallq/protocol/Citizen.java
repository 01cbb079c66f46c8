package dev.hallq.protocol;

import java.time.LocalDate;

/**
 * Who takes a ticket, as read from the ID card at the kiosk (real-name tickets, 实名取号). The hub keeps
 * only a keyed hash of the number and masked forms; this record never prints the number or name in plain.
 *
 * @param idNumber  the 18-character resident ID number (GB 11643), checksum verified
 * @param birthDate from the card, for the elderly priority lane; null when unknown
 */
public record Citizen(String idNumber, String name, LocalDate birthDate) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public Citizen {
        if (idNumber == null || !idNumber.matches("\\d{17}[0-9X]")) {
            throw new IllegalArgumentException("citizen.idNumber must be 17 digits and a digit or X");
        }
        if (checkDigit(idNumber) != idNumber.charAt(17)) {
            throw new IllegalArgumentException("citizen.idNumber has a wrong check digit");
        }
        Checks.text("citizen.name", name);
    }

    /** The whole 18-character number for its first 17 digits (e.g. to make test and demo cards). */
    public static String withCheckDigit(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        return first17 + checkDigit(first17);
    }

    static char checkDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** 640***********1234: the first three and last four characters. */
    public String maskedId() {
        return Masking.idNumber(idNumber);
    }

    /** 张*三 for public screens: first and last character, the middle starred; 李* for two characters. */
    public String maskedName() {
        return Masking.name(name);
    }

    /** Age in whole years on {@code day}, if the birth date is known. */
    public java.util.OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(java.time.Period.between(birthDate, day).getYears());
    }

    @Override
    public String toString() {
        return "Citizen[" + maskedName() + ", " + maskedId() + "]";
    }
}
