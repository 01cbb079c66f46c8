package dev.hallq.kiosk;

import java.time.LocalDate;
import java.time.Period;

/**
 * What the kiosk reads from a resident ID card. Personal data: only the masked forms may be shown on a
 * screen or written to a log, and {@link #toString()} prints nothing else.
 */
public record CitizenCard(String name, String idNumber, LocalDate birthDate) {

    public CitizenCard {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("card name is required");
        }
        name = name.strip();
        if (idNumber == null || !idNumber.matches("[0-9A-Za-z]{15,18}")) {
            throw new IllegalArgumentException("card idNumber must be 15-18 letters or digits");
        }
        if (birthDate == null) {
            throw new IllegalArgumentException("card birthDate is required");
        }
    }

    /** {@code 张三丰 → 张*丰}, {@code 张三 → 张*}, {@code 欧阳小明 → 欧**明}. */
    public String maskedName() {
        return dev.hallq.protocol.Masking.name(name);
    }

    /** The first 3 and last 4 characters, the rest stars: {@code 110***********1234}. */
    public String maskedId() {
        return dev.hallq.protocol.Masking.idNumber(idNumber);
    }

    /** Whole years of age on {@code day}, e.g. for the elderly green channel (绿色通道). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        return "CitizenCard[name=" + maskedName() + ", id=" + maskedId() + "]";
    }
}
