package dev.hallq.kiosk.idcard;

import java.util.Arrays;

/** A reply from the ID-card security module: {@code SW1 SW2 SW3 data}, framed by {@link SamFrame}. */
public record SamReply(int sw1, int sw2, int statusByte, byte[] data) {

    public SamReply {
        if ((sw1 | sw2 | statusByte) < 0 || sw1 > 0xFF || sw2 > 0xFF || statusByte > 0xFF) {
            throw new IllegalArgumentException("SW1, SW2 and SW3 are bytes");
        }
        data = data == null ? new byte[0] : data.clone();
    }

    /** A reply with SW1 SW2 = 00 00, as the SAM sends them. */
    public static SamReply of(SamStatus status, byte[] data) {
        if (status == SamStatus.UNKNOWN) {
            throw new IllegalArgumentException("an UNKNOWN status has no byte: use the constructor");
        }
        return new SamReply(0, 0, status.code(), data);
    }

    /** The reply read back from a frame body; null when the body is too short to be one. */
    public static SamReply fromBody(byte[] body) {
        if (body.length < 3) {
            return null;
        }
        return new SamReply(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
    }

    public SamStatus status() {
        return SamStatus.of(statusByte);
    }

    /** {@code "READ_FAILED (0x41): …"}. */
    public String describeStatus() {
        return SamStatus.describe(statusByte);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The whole frame as the SAM writes it to the line. */
    public byte[] frame() {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) statusByte;
        System.arraycopy(data, 0, body, 3, data.length);
        return SamFrame.wrap(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamReply r && r.sw1 == sw1 && r.sw2 == sw2 && r.statusByte == statusByte
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * sw1 + sw2) + statusByte) + Arrays.hashCode(data);
    }

    /** Never the data: a read reply carries a citizen's name and number. */
    @Override
    public String toString() {
        return String.format("SamReply[%02X %02X %s, %d data bytes]", sw1, sw2, describeStatus(), data.length);
    }
}
