package dev.hallq.kiosk.idcard;

import java.util.Arrays;

/** A command to the ID-card security module: {@code cmd para data}, framed by {@link SamFrame}. */
public record SamCommand(int cmd, int para, byte[] data) {
    /** 寻找证/卡: is a card in the field? Answered with {@link SamStatus#CARD_FOUND} or {@link SamStatus#FIND_FAILED}. */
    public static final SamCommand FIND_CARD = new SamCommand(0x20, 0x01);
    /** 选取证/卡: select the card found. {@link SamStatus#OK} or {@link SamStatus#SELECT_FAILED}. */
    public static final SamCommand SELECT_CARD = new SamCommand(0x20, 0x02);
    /** 读基本信息: the 256-byte text and the 1024-byte photo. */
    public static final SamCommand READ_TEXT_AND_PHOTO = new SamCommand(0x30, 0x01);
    /** 读基本信息和指纹: text, photo and fingerprint. */
    public static final SamCommand READ_WITH_FINGERPRINT = new SamCommand(0x30, 0x10);
    /** 复位SAM_V. */
    public static final SamCommand RESET_SAM = new SamCommand(0x10, 0xFF);
    /** SAM_V状态检测: is the module there and did it pass its self-test? */
    public static final SamCommand SAM_STATUS = new SamCommand(0x11, 0xFF);

    public SamCommand {
        if (cmd < 0 || cmd > 0xFF || para < 0 || para > 0xFF) {
            throw new IllegalArgumentException("cmd and para are bytes");
        }
        data = data == null ? new byte[0] : data.clone();
        if (data.length > SamFrame.MAX_BODY - 2) {
            throw new IllegalArgumentException("command data too long: " + data.length);
        }
    }

    public SamCommand(int cmd, int para) {
        this(cmd, para, new byte[0]);
    }

    /** The command as read back from a frame body; null when the body is too short to be one. */
    public static SamCommand fromBody(byte[] body) {
        if (body.length < 2) {
            return null;
        }
        return new SamCommand(body[0] & 0xFF, body[1] & 0xFF, Arrays.copyOfRange(body, 2, body.length));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The whole frame to write to the line. */
    public byte[] frame() {
        byte[] body = new byte[2 + data.length];
        body[0] = (byte) cmd;
        body[1] = (byte) para;
        System.arraycopy(data, 0, body, 2, data.length);
        return SamFrame.wrap(body);
    }

    /** Same command and parameter, whatever the data. */
    public boolean is(SamCommand other) {
        return cmd == other.cmd && para == other.para;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamCommand c && c.cmd == cmd && c.para == para && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cmd + para) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SamCommand[%02X %02X, %d data bytes]", cmd, para, data.length);
    }
}
