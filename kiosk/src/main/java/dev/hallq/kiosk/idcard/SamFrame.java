package dev.hallq.kiosk.idcard;

import java.util.Arrays;

/**
 * The GA/T 467 frame that carries every command to the ID-card security module (SAM) and every reply back:
 * {@code AA AA AA 96 69 | len (2 bytes, big-endian) | body | checksum}. The length counts the body and the
 * checksum; the checksum is the XOR of the length bytes and the body. A command's body is {@code cmd para data},
 * a reply's {@code SW1 SW2 SW3 data}. {@link SamFrameDecoder} takes frames apart again.
 */
public final class SamFrame {
    /** The five bytes that open every frame. */
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble plus the two length bytes. */
    static final int HEADER = PREAMBLE.length + 2;
    /**
     * The longest body we accept. The biggest real reply (text, photo and fingerprint) is about 2,300 bytes; a
     * length beyond this is line noise, not a frame.
     */
    public static final int MAX_BODY = 4096;

    private SamFrame() {
    }

    /** The whole frame around {@code body}: preamble, length, body, checksum. */
    public static byte[] wrap(byte[] body) {
        if (body.length == 0 || body.length > MAX_BODY) {
            throw new IllegalArgumentException("a SAM frame body has 1.." + MAX_BODY + " bytes, not " + body.length);
        }
        int len = body.length + 1;
        byte[] frame = Arrays.copyOf(PREAMBLE, HEADER + len);
        frame[PREAMBLE.length] = (byte) (len >>> 8);
        frame[PREAMBLE.length + 1] = (byte) len;
        System.arraycopy(body, 0, frame, HEADER, body.length);
        frame[frame.length - 1] = checksum(frame, PREAMBLE.length, frame.length - 1);
        return frame;
    }

    /** XOR of {@code bytes[from..to)}. */
    static byte checksum(byte[] bytes, int from, int to) {
        byte x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x;
    }

    /** {@code AA AA 96}: the bytes of a frame as a technician reads them in a log, at most {@code max} of them. */
    static String hex(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(bytes.length, max);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(String.format("%02X", bytes[i] & 0xFF));
        }
        if (bytes.length > max) {
            out.append(" … (").append(bytes.length).append(" bytes)");
        }
        return out.toString();
    }
}
