package dev.hallq.agent.cards;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the kiosk reads from a social security card (社会保障卡). Personal data: {@link #toString()} shows
 * only masked forms, so the record can go into a log line.
 *
 * @param cardNumber           卡号 (EF05 item 07), printed on the card; changes when the card is re-issued
 * @param socialSecurityNumber 社会保障号码 (EF06 item 08), the holder's citizen ID number
 * @param name                 姓名 (EF06 item 09)
 * @param birthDate            出生日期 (EF06 item 0D), or the one in the number when the card has none
 * @param cardType             卡的类别 (EF05 item 02) as written on the card, empty when absent
 * @param specVersion          规范版本 (EF05 item 03), e.g. "2.00" or "3.00", empty when absent
 */
public record SocialSecurityCard(String cardNumber, String socialSecurityNumber, String name, LocalDate birthDate,
                                 String cardType, String specVersion) {

    public SocialSecurityCard {
        if (cardNumber == null || !cardNumber.matches("[0-9A-Za-z]{1,20}")) {
            throw new IllegalArgumentException("card number must be 1-20 letters or digits");
        }
        if (!IdNumbers.valid(socialSecurityNumber)) {
            throw new IllegalArgumentException("social security number must be a valid citizen ID number");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        Objects.requireNonNull(birthDate, "birthDate");
        cardType = cardType == null ? "" : cardType;
        specVersion = specVersion == null ? "" : specVersion;
    }

    /** {@code 张三丰 → 张*丰}, {@code 张三 → 张*}. */
    public String maskedName() {
        int[] chars = name.codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(chars[0]);
        masked.append("*".repeat(Math.max(1, chars.length - 2)));
        return chars.length == 2 ? masked.toString() : masked.appendCodePoint(chars[chars.length - 1]).toString();
    }

    /** The first 3 and last 4 characters of the social security number, the rest stars. */
    public String maskedNumber() {
        int n = socialSecurityNumber.length();
        return socialSecurityNumber.substring(0, 3) + "*".repeat(n - 7) + socialSecurityNumber.substring(n - 4);
    }

    @Override
    public String toString() {
        return "SocialSecurityCard[name=" + maskedName() + ", number=" + maskedNumber() + ", card=*"
                + cardNumber.substring(Math.max(0, cardNumber.length() - 3)) + ", version=" + specVersion + "]";
    }
}
