package dev.hallq.agent.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a social security card (社会保障卡) as the national specification lays them out, for a
 * {@link VirtualCard}: the social security system environment "sx1.sh.社会保障" holding EF05 (card issuer
 * data: 01 card identification code, 02 card type, 03 spec version, 04 issuing institution, 05 issue date,
 * 06 expiry, 07 card number) and EF06 (holder data: 08 social security number, 09 name in GBK, 0A gender,
 * 0B nation, 0C birthplace, 0D birth date). "an" items are padded with {@code 00}, "cn" (BCD) with {@code F}.
 *
 * <p>It answers SELECT by name and by file id, READ RECORD by record number ({@code P2 = 04}) or by item
 * tag ({@code P2 = 00}), with or without an SFI in P2, and GET RESPONSE. {@link #speakingT0()} makes it
 * answer like a T=0 card: {@code 61 xx} after SELECT and {@code 6C xx} to a READ RECORD with the wrong Le.
 */
public final class SocialSecurityApplet implements VirtualCard.Applet {
    public static final String SSSE_HEX = "7378312E73682EC9E7BBE1B1A3D5CF";

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] SSSE = HEX.parseHex(SSSE_HEX);
    private static final int EF05 = 0xEF05;
    private static final int EF06 = 0xEF06;

    private final Map<Integer, Map<Integer, byte[]>> files = new LinkedHashMap<>();
    private boolean t0;
    // card state: which DF and EF are selected, what GET RESPONSE would give
    private boolean inSsse;
    private Integer currentFile;
    private byte[] pending;

    private SocialSecurityApplet() {
        files.put(EF05, new LinkedHashMap<>());
        files.put(EF06, new LinkedHashMap<>());
    }

    /** A 3.00 card for {@code name} with social security number {@code number}, card number A12345678. */
    public static SocialSecurityApplet holder(String name, String number) {
        SocialSecurityApplet card = new SocialSecurityApplet();
        card.item(EF05, 0x01, an("110100D156000005", 16))
                .item(EF05, 0x02, an("3", 1))
                .item(EF05, 0x03, an("3.00", 4))
                .item(EF05, 0x04, HEX.parseHex("110100000000FFFFFFFFFFFF"))
                .item(EF05, 0x05, HEX.parseHex("20200101"))
                .item(EF05, 0x06, HEX.parseHex("20300101"))
                .item(EF05, 0x07, an("A12345678", 9))
                .item(EF06, 0x08, an(number, 18))
                .item(EF06, 0x09, gbk(name, 30))
                .item(EF06, 0x0A, an("1", 1))
                .item(EF06, 0x0B, HEX.parseHex("01"))
                .item(EF06, 0x0C, HEX.parseHex("110100"));
        if (number.length() == 18) {
            card.item(EF06, 0x0D, HEX.parseHex(number.substring(6, 14)));
        }
        return card;
    }

    public SocialSecurityApplet cardNumber(String number) {
        return item(EF05, 0x07, an(number, 9));
    }

    /** Writes {@code date} into item 0D, or leaves the card without a birth date when null. */
    public SocialSecurityApplet birthDate(LocalDate date) {
        if (date == null) {
            return without(0x0D);
        }
        return item(EF06, 0x0D, HEX.parseHex(date.format(DateTimeFormatter.BASIC_ISO_DATE)));
    }

    /** Item {@code tag} holds exactly {@code value}, padding and all: for malformed cards. */
    public SocialSecurityApplet raw(int tag, byte[] value) {
        return item(fileOf(tag), tag, value);
    }

    /** The card has no item {@code tag}: READ RECORD answers {@code 6A 83}. */
    public SocialSecurityApplet without(int tag) {
        files.get(fileOf(tag)).remove(tag);
        return this;
    }

    /** Answers like a T=0 card: {@code 61 xx} then GET RESPONSE for SELECT, {@code 6C xx} for a wrong Le. */
    public SocialSecurityApplet speakingT0() {
        t0 = true;
        return this;
    }

    /** {@code value} in ASCII, padded with {@code 00} to {@code length}. */
    public static byte[] an(String value, int length) {
        return Arrays.copyOf(value.getBytes(StandardCharsets.US_ASCII), length);
    }

    /** {@code value} in GBK, padded with {@code 00} to {@code length}. */
    public static byte[] gbk(String value, int length) {
        return Arrays.copyOf(value.getBytes(GBK), length);
    }

    @Override
    public synchronized byte[] answer(byte[] c) {
        if (c.length < 4) {
            return sw(0x6700);
        }
        int cla = c[0] & 0xFF;
        int ins = c[1] & 0xFF;
        int p1 = c[2] & 0xFF;
        int p2 = c[3] & 0xFF;
        if (cla != 0x00) {
            return sw(0x6E00);
        }
        return switch (ins) {
            case 0xA4 -> select(p1, data(c));
            case 0xB2 -> readRecord(p1, p2, le(c));
            case 0xC0 -> getResponse();
            default -> sw(0x6D00);
        };
    }

    private byte[] select(int p1, byte[] data) {
        pending = null;
        if (p1 == 0x04) {
            inSsse = Arrays.equals(data, SSSE);
            currentFile = null;
            if (!inSsse) {
                return sw(0x6A82);
            }
            byte[] fci = concat(new byte[]{(byte) 0x84, (byte) SSSE.length}, SSSE);
            return t0 ? park(fci) : sw(0x9000);
        }
        if ((p1 == 0x02 || p1 == 0x00) && data.length == 2) {
            int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            if (!inSsse || !files.containsKey(fid)) {
                return sw(0x6A82);
            }
            currentFile = fid;
            return t0 ? park(new byte[]{(byte) 0x82, 0x01, 0x04}) : sw(0x9000);
        }
        return sw(0x6A86);
    }

    private byte[] readRecord(int p1, int p2, int le) {
        pending = null;
        int sfi = p2 >> 3;
        Integer file = sfi == 0 ? currentFile : Integer.valueOf(0xEF00 | sfi);
        if (!inSsse || file == null || !files.containsKey(file)) {
            return sw(0x6986);
        }
        Map<Integer, byte[]> items = files.get(file);
        Integer tag = switch (p2 & 0x07) {
            case 0x04 -> p1 >= 1 && p1 <= items.size() ? List.copyOf(items.keySet()).get(p1 - 1) : null;
            case 0x00 -> items.containsKey(p1) ? p1 : null;
            default -> -1;
        };
        if (tag == null) {
            return sw(0x6A83);
        }
        if (tag < 0) {
            return sw(0x6A86);
        }
        byte[] value = items.get(tag);
        byte[] record = concat(new byte[]{tag.byteValue(), (byte) value.length}, value);
        if (t0 && le != record.length) {
            return sw(0x6C00 | record.length);
        }
        return concat(record, sw(0x9000));
    }

    private byte[] getResponse() {
        if (pending == null) {
            return sw(0x6985);
        }
        byte[] answer = concat(pending, sw(0x9000));
        pending = null;
        return answer;
    }

    private byte[] park(byte[] response) {
        pending = response;
        return sw(0x6100 | response.length);
    }

    private SocialSecurityApplet item(int file, int tag, byte[] value) {
        files.get(file).put(tag, value.clone());
        return this;
    }

    private static int fileOf(int tag) {
        return tag <= 0x07 ? EF05 : EF06;
    }

    /** Lc data of a case 3/4 command. */
    private static byte[] data(byte[] c) {
        if (c.length <= 5) {
            return new byte[0];
        }
        int lc = c[4] & 0xFF;
        return Arrays.copyOfRange(c, 5, Math.min(c.length, 5 + lc));
    }

    /** Le of a case 2 command; 00 means 256. */
    private static int le(byte[] c) {
        if (c.length != 5) {
            return 0;
        }
        int le = c[4] & 0xFF;
        return le == 0 ? 256 : le;
    }

    private static byte[] sw(int sw) {
        return new byte[]{(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return VirtualCard.concat(a, b);
    }
}
