package dev.hallq.agent.cards;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads a social security card (社会保障卡) the way the national card specification lays it out (人社部
 * 社会保障卡规范; file structure and data items V2.0/V3.0). Only the two files that need no PIN are read:
 *
 * <ol>
 *   <li>SELECT by name the social security system environment (SSSE), "sx1.sh.社会保障" in GBK:
 *       {@code 00 A4 04 00 0F 7378312E73682EC9E7BBE1B1A3D5CF}. {@code 6A 82} means another kind of card.</li>
 *   <li>SELECT EF05 (发卡机构数据, card issuer data) {@code 00 A4 02 00 02 EF 05}, then READ RECORD by item
 *       tag {@code 00 B2 <tag> 00 <Le>}: 07 卡号 card number (an 9), 02 卡的类别 card type, 03 规范版本
 *       spec version.</li>
 *   <li>SELECT EF06 (持卡人基本信息, holder data), then 08 社会保障号码 (an 18), 09 姓名 name (GBK, 30 bytes),
 *       0D 出生日期 birth date (cn 4, BCD yyyyMMdd).</li>
 * </ol>
 *
 * Each record answers as tag, length, value. The social security number must pass its check digit, and a
 * birth date on the card must agree with the one inside the number; otherwise the card is a bad record,
 * never an identity. T=0 cards' {@code 61 xx} and {@code 6C xx} answers are handled by the JDK.
 */
public final class SocialSecurityCardReading implements CardReading<SocialSecurityCard> {
    /** "sx1.sh.社会保障" in GBK. */
    static final byte[] SSSE = HexFormat.of().parseHex("7378312E73682EC9E7BBE1B1A3D5CF");
    static final int EF05 = 0xEF05;
    static final int EF06 = 0xEF06;

    @Override
    public SocialSecurityCard read(CardChannel channel) throws CardReadException {
        selectApplication(channel);
        selectFile(channel, EF05);
        String cardNumber = CardFields.alphanumeric(required(channel, Item.CARD_NUMBER), Item.CARD_NUMBER.label);
        String cardType = CardFields.ascii(optional(channel, Item.CARD_TYPE), Item.CARD_TYPE.label);
        String version = CardFields.ascii(optional(channel, Item.SPEC_VERSION), Item.SPEC_VERSION.label);
        selectFile(channel, EF06);
        String number = CardFields.alphanumeric(required(channel, Item.NUMBER), Item.NUMBER.label).toUpperCase();
        LocalDate bornPerNumber = IdNumbers.birthDate(number).orElseThrow(() -> new CardReadException(
                CardFailure.BAD_RECORD, "the social security number is not a valid citizen ID number "
                + "(its check digit or birth date fails)"));
        String name = CardFields.gbkText(required(channel, Item.NAME), Item.NAME.label);
        Optional<LocalDate> bornPerCard = CardFields.bcdDate(optional(channel, Item.BIRTH_DATE), Item.BIRTH_DATE.label);
        if (bornPerCard.isPresent() && !bornPerCard.get().equals(bornPerNumber)) {
            throw new CardReadException(CardFailure.BAD_RECORD,
                    "the birth date on the card disagrees with the one in the social security number");
        }
        return new SocialSecurityCard(cardNumber, number, name, bornPerNumber, cardType, version);
    }

    private static void selectApplication(CardChannel channel) throws CardReadException {
        int sw = Apdus.send(channel, new CommandAPDU(0x00, 0xA4, 0x04, 0x00, SSSE), "SELECT SSSE").getSW();
        if (Apdus.unknownHere(sw)) {
            throw new CardReadException(CardFailure.WRONG_CARD,
                    "no social security application: SELECT sx1.sh.社会保障 answered " + Apdus.describe(sw));
        }
        if (sw != Apdus.OK) {
            throw new CardReadException(CardFailure.BAD_STATUS, "SELECT sx1.sh.社会保障 answered " + Apdus.describe(sw));
        }
    }

    private static void selectFile(CardChannel channel, int fid) throws CardReadException {
        byte[] id = {(byte) (fid >> 8), (byte) fid};
        String what = String.format("SELECT %04X", fid);
        int sw = Apdus.send(channel, new CommandAPDU(0x00, 0xA4, 0x02, 0x00, id), what).getSW();
        if (sw == 0x6A82) {
            throw new CardReadException(CardFailure.BAD_RECORD, String.format("the card has no file %04X", fid));
        }
        if (sw != Apdus.OK) {
            throw new CardReadException(CardFailure.BAD_STATUS, what + " answered " + Apdus.describe(sw));
        }
    }

    private static byte[] required(CardChannel channel, Item item) throws CardReadException {
        return read(channel, item).orElseThrow(() -> new CardReadException(CardFailure.BAD_RECORD,
                "the card has no " + item.label + " (item " + item.hexTag() + ")"));
    }

    private static byte[] optional(CardChannel channel, Item item) throws CardReadException {
        return read(channel, item).orElse(new byte[0]);
    }

    /** READ RECORD by item tag in the current file; empty when the card has no such record. */
    private static Optional<byte[]> read(CardChannel channel, Item item) throws CardReadException {
        String what = "READ RECORD " + item.hexTag() + " (" + item.label + ")";
        ResponseAPDU answer = Apdus.send(channel, new CommandAPDU(0x00, 0xB2, item.tag, 0x00, item.length + 2), what);
        int sw = answer.getSW();
        if (sw == 0x6A83) {
            return Optional.empty();
        }
        if (sw != Apdus.OK) {
            throw new CardReadException(CardFailure.BAD_STATUS, what + " answered " + Apdus.describe(sw));
        }
        byte[] record = answer.getData();
        if (record.length < 2 || (record[0] & 0xFF) != item.tag) {
            throw new CardReadException(CardFailure.BAD_RECORD, what + " answered a record that is not item "
                    + item.hexTag() + (record.length > 0 ? String.format(" but %02X", record[0]) : " but nothing"));
        }
        int length = record[1] & 0xFF;
        if (length > record.length - 2) {
            throw new CardReadException(CardFailure.BAD_RECORD,
                    what + " says " + length + " bytes but holds " + (record.length - 2));
        }
        return Optional.of(Arrays.copyOfRange(record, 2, 2 + length));
    }

    /** The data items read, with their tags and the lengths the specification gives them. */
    enum Item {
        CARD_TYPE(0x02, 1, "card type (卡的类别)"),
        SPEC_VERSION(0x03, 4, "spec version (规范版本)"),
        CARD_NUMBER(0x07, 9, "card number (卡号)"),
        NUMBER(0x08, 18, "social security number (社会保障号码)"),
        NAME(0x09, 30, "name (姓名)"),
        BIRTH_DATE(0x0D, 4, "birth date (出生日期)");

        final int tag;
        final int length;
        final String label;

        Item(int tag, int length, String label) {
            this.tag = tag;
            this.length = length;
            this.label = label;
        }

        String hexTag() {
            return String.format("%02X", tag);
        }
    }
}
