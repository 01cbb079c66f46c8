package dev.hallq.kiosk.idcard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Takes the 256 bytes of card text apart. Byte offsets and lengths of each layout (UCS-2LE, two bytes a character):
 * <pre>
 * resident / J  name 0+30, gender 30+2, nation 32+4 (J: blank), birth 36+16, address 52+70, number 122+36,
 *               authority 158+30, valid from 188+16, valid to 204+16;
 *               J only: pass number 220+18, issue count 238+4; type flag 248+2
 * I (2017)      English name 0+120, gender 120+2, number 122+30, nationality 152+6, Chinese name 158+30,
 *               valid from 188+16, valid to 204+16, birth 220+16, card version 236+4, authority code 240+8,
 *               type flag 248+2
 * Y (2023)      Chinese name 0+30, gender 30+2, renewal count 32+4, birth 36+16, English name 52+70,
 *               number 122+36, valid from 188+16, valid to 204+16, English name continued 220+22,
 *               nationality 242+6, type flag 248+2, link to the previous card's number 250+6
 * </pre>
 * Every identity field is checked: a number with a wrong check digit, a birth date the number contradicts, an
 * impossible date or an unknown code rejects the whole card.
 */
final class IdCardTextParser {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String FOREVER = "长期";

    private final byte[] text;

    private IdCardTextParser(byte[] text) {
        this.text = text;
    }

    static IdCardText parse(byte[] text) throws CardTextException {
        if (text == null || text.length != IdCardText.LENGTH) {
            throw new CardTextException("card text has " + (text == null ? 0 : text.length) + " bytes, not 256");
        }
        IdCardTextParser p = new IdCardTextParser(text);
        char flag = (char) ((text[248] & 0xFF) | (text[249] & 0xFF) << 8);
        CardType type = CardType.ofFlag(flag)
                .orElseThrow(() -> new CardTextException(String.format("unknown card type flag 0x%04X", (int) flag)));
        return switch (type) {
            case RESIDENT, HMT_RESIDENCE_PERMIT -> p.residentLayout(type);
            case FOREIGN_PERMANENT_RESIDENT -> p.foreign2017();
            case FOREIGN_PERMANENT_RESIDENT_2023 -> p.foreign2023();
        };
    }

    private IdCardText residentLayout(CardType type) throws CardTextException {
        boolean permit = type == CardType.HMT_RESIDENCE_PERMIT;
        String name = required("name", field(0, 30));
        Gender gender = gender(field(30, 2));
        Nation nation = null;
        if (!permit) {
            String code = field(32, 4);
            nation = Nation.of(code).orElseThrow(() -> new CardTextException("unknown nation code '" + code + "'"));
        }
        LocalDate birth = day("birth date", field(36, 16));
        String id = field(122, 36);
        checkNumber18(id, birth);
        if (permit && id.charAt(0) != '8') {
            throw new CardTextException("a residence permit number starts with 8");
        }
        IdCardText.Holder holder = new IdCardText.Holder(name, "", gender, nation, "", birth, field(52, 70));
        IdCardText.Document document = new IdCardText.Document(id, field(158, 30), day("valid-from date",
                field(188, 16)), until(field(204, 16)), permit ? field(220, 18) : "", permit ? field(238, 4) : "");
        return new IdCardText(type, holder, document);
    }

    private IdCardText foreign2017() throws CardTextException {
        String englishName = field(0, 120);
        Gender gender = gender(field(120, 2));
        String id = field(122, 30);
        if (!id.matches("[A-Z]{3}[0-9]{12}")) {
            throw new CardTextException("a 2017 permanent-residence number is 3 letters and 12 digits");
        }
        String nationality = nationality(field(152, 6));
        String name = field(158, 30);
        required("name", name.isEmpty() ? englishName : name);
        LocalDate birth = day("birth date", field(220, 16));
        IdCardText.Holder holder = new IdCardText.Holder(name, englishName, gender, null, nationality, birth, "");
        IdCardText.Document document = new IdCardText.Document(id, field(240, 8), day("valid-from date",
                field(188, 16)), until(field(204, 16)), "", "");
        return new IdCardText(CardType.FOREIGN_PERMANENT_RESIDENT, holder, document);
    }

    private IdCardText foreign2023() throws CardTextException {
        String name = field(0, 30);
        Gender gender = gender(field(30, 2));
        LocalDate birth = day("birth date", field(36, 16));
        // the English name runs on from its 35 characters at 52 into 11 more at 220
        String englishName = strip(raw(52, 70) + raw(220, 22));
        required("name", name.isEmpty() ? englishName : name);
        String id = field(122, 36);
        checkNumber18(id, null);
        if (id.charAt(0) != '9') {
            throw new CardTextException("a 2023 permanent-residence number starts with 9");
        }
        String nationality = nationality(field(242, 6));
        IdCardText.Holder holder = new IdCardText.Holder(name, englishName, gender, null, nationality, birth, "");
        IdCardText.Document document = new IdCardText.Document(id, "", day("valid-from date", field(188, 16)),
                until(field(204, 16)), "", field(32, 4));
        return new IdCardText(CardType.FOREIGN_PERMANENT_RESIDENT_2023, holder, document);
    }

    private static void checkNumber18(String id, LocalDate birth) throws CardTextException {
        if (!IdNumbers.valid18(id)) {
            throw new CardTextException("the card number is not 18 characters with a valid check digit");
        }
        if (birth != null && !id.substring(6, 14).equals(birth.format(DAY))) {
            throw new CardTextException("the card number contradicts the birth date");
        }
    }

    private static Gender gender(String code) throws CardTextException {
        return Gender.of(code).orElseThrow(() -> new CardTextException("unknown gender code '" + code + "'"));
    }

    private static String nationality(String code) throws CardTextException {
        if (!code.matches("[A-Z]{3}")) {
            throw new CardTextException("nationality '" + code + "' is not three capital letters");
        }
        return code;
    }

    private static String required(String what, String value) throws CardTextException {
        if (value.isEmpty()) {
            throw new CardTextException("the card has no " + what);
        }
        return value;
    }

    private static LocalDate day(String what, String value) throws CardTextException {
        try {
            return LocalDate.parse(value, DAY);
        } catch (DateTimeParseException e) {
            throw new CardTextException(what + " is not a yyyyMMdd day (" + value.length() + " characters)");
        }
    }

    private static LocalDate until(String value) throws CardTextException {
        return FOREVER.equals(value) ? null : day("valid-to date", value);
    }

    private String field(int offset, int length) {
        return strip(raw(offset, length));
    }

    private String raw(int offset, int length) {
        return new String(text, offset, length, StandardCharsets.UTF_16LE);
    }

    private static String strip(String s) {
        return s.replace('\0', ' ').strip();
    }
}
