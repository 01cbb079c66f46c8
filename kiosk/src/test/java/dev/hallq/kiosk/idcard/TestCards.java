package dev.hallq.kiosk.idcard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Card texts as the security module returns them, made from obviously fake test people: every number is in the
 * 999 sequence range and carries a correct check digit, so the parser's checks pass.
 */
final class TestCards {
    /** 张三丰, male, 汉, born 1980-01-01, Beijing Dongcheng. */
    static final String RESIDENT_ID = withCheck("11010119800101999");
    /** 欧阳小明, female, 蒙古, born 1950-03-15, valid for ever (长期). */
    static final String ELDERLY_ID = withCheck("15010219500315998");
    /** 陈大文, Hong Kong resident, born 1990-07-01. */
    static final String PERMIT_ID = withCheck("81000019900701999");
    /** The 2017 foreign card's 3 letters and 12 digits. */
    static final String FOREIGN_2017_ID = "USA110800808999";
    /** The 2023 foreign card: 9, province 11, country 840, birth 1985-04-12, sequence 99, check. */
    static final String FOREIGN_2023_ID = withCheck("91184019850412990");
    /** 46 characters: the 2023 card's English name runs over into its second field. */
    static final String LONG_ENGLISH_NAME = "TESTER-LONGNAME MARYANNE ELIZABETH VAN DER BER";

    private TestCards() {
    }

    static String withCheck(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    static byte[] resident() {
        return new Text().put(0, 30, "张三丰").put(30, 2, "1").put(32, 4, "01").put(36, 16, "19800101")
                .put(52, 70, "北京市东城区测试胡同1号").put(122, 36, RESIDENT_ID).put(158, 30, "北京市公安局东城分局")
                .put(188, 16, "20150601").put(204, 16, "20350601").bytes();
    }

    static byte[] elderlyResident() {
        return new Text().put(0, 30, "欧阳小明").put(30, 2, "2").put(32, 4, "02").put(36, 16, "19500315")
                .put(52, 70, "内蒙古自治区呼和浩特市新城区测试路2号").put(122, 36, ELDERLY_ID)
                .put(158, 30, "呼和浩特市公安局新城分局").put(188, 16, "20100101").put(204, 16, "长期").bytes();
    }

    static byte[] residencePermit() {
        return new Text().put(0, 30, "陈大文").put(30, 2, "1").put(36, 16, "19900701")
                .put(52, 70, "广东省深圳市福田区测试大道3号").put(122, 36, PERMIT_ID).put(158, 30, "深圳市公安局")
                .put(188, 16, "20200101").put(204, 16, "20250101").put(220, 18, "H99999999").put(238, 4, "01")
                .put(248, 2, "J").bytes();
    }

    static byte[] foreign2017() {
        return new Text().put(0, 120, "SMITH, JOHN TEST").put(120, 2, "1").put(122, 30, FOREIGN_2017_ID)
                .put(152, 6, "USA").put(158, 30, "史密斯").put(188, 16, "20160301").put(204, 16, "20260301")
                .put(220, 16, "19800808").put(236, 4, "04").put(240, 8, "1100").put(248, 2, "I").bytes();
    }

    static byte[] foreign2023() {
        return new Text().put(30, 2, "2").put(32, 4, "00").put(36, 16, "19850412")
                .put(52, 70, LONG_ENGLISH_NAME.substring(0, 35)).put(122, 36, FOREIGN_2023_ID)
                .put(188, 16, "20231201").put(204, 16, "20331201").put(220, 22, LONG_ENGLISH_NAME.substring(35))
                .put(242, 6, "USA").put(248, 2, "Y").put(250, 6, "999").bytes();
    }

    /** A stand-in for the WLT photo: 1024 bytes that are not text. */
    static byte[] photo() {
        byte[] photo = new byte[1024];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31 + 7);
        }
        photo[0] = 'W';
        photo[1] = 'L';
        return photo;
    }

    /** The data of a {@code 30 01} reply: lengths, text, photo. */
    static byte[] readData(byte[] text) {
        return readData(text, photo());
    }

    static byte[] readData(byte[] text, byte[] photo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text.length >> 8);
        out.write(text.length);
        out.write(photo.length >> 8);
        out.write(photo.length);
        out.writeBytes(text);
        out.writeBytes(photo);
        return out.toByteArray();
    }

    /** The data of a {@code 30 10} reply: three lengths, text, photo, fingerprint. */
    static byte[] readDataWithFingerprint(byte[] text, byte[] fingerprint) {
        byte[] photo = photo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int length : new int[]{text.length, photo.length, fingerprint.length}) {
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(text);
        out.writeBytes(photo);
        out.writeBytes(fingerprint);
        return out.toByteArray();
    }

    /** A 256-byte UCS-2LE text, blank (spaces) where nothing is put. */
    static final class Text {
        private final byte[] bytes = new byte[IdCardText.LENGTH];

        Text() {
            for (int i = 0; i < bytes.length; i += 2) {
                bytes[i] = ' ';
            }
        }

        Text put(int offset, int length, String value) {
            byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
            if (encoded.length > length) {
                throw new IllegalArgumentException("'" + value + "' does not fit in " + length + " bytes");
            }
            System.arraycopy(encoded, 0, bytes, offset, encoded.length);
            return this;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, bytes.length);
        }
    }
}
