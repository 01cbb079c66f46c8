package dev.hallq.kiosk.idcard;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything one read of a card returned: the parsed text, the photo and, when asked for, the fingerprint data.
 * The photo is WLT, which only a vendor library decodes, and the fingerprint a template: both stay opaque bytes.
 */
public record CardRead(IdCardText text, byte[] photo, byte[] fingerprint) {

    public CardRead {
        Objects.requireNonNull(text, "text");
        photo = photo.clone();
        fingerprint = fingerprint == null ? new byte[0] : fingerprint.clone();
    }

    /**
     * The data of a read reply: text length, photo length (and, with {@code withFingerprint}, fingerprint length),
     * two bytes each, big-endian, then the text, photo and fingerprint. The lengths must add up to the data
     * exactly and the text must be 256 bytes, or nothing of it is trusted.
     */
    public static CardRead parse(byte[] data, boolean withFingerprint) throws CardTextException {
        int lengths = withFingerprint ? 6 : 4;
        if (data.length < lengths) {
            throw new CardTextException("read reply has " + data.length + " bytes, too short for its lengths");
        }
        int textLength = u16(data, 0);
        int photoLength = u16(data, 2);
        int fingerprintLength = withFingerprint ? u16(data, 4) : 0;
        if (textLength != IdCardText.LENGTH) {
            throw new CardTextException("read reply announces " + textLength + " bytes of text, not 256");
        }
        int expected = lengths + textLength + photoLength + fingerprintLength;
        if (data.length != expected) {
            throw new CardTextException("read reply has " + data.length + " bytes, its lengths add up to " + expected);
        }
        int at = lengths;
        IdCardText text = IdCardText.parse(Arrays.copyOfRange(data, at, at + textLength));
        at += textLength;
        byte[] photo = Arrays.copyOfRange(data, at, at + photoLength);
        at += photoLength;
        return new CardRead(text, photo, Arrays.copyOfRange(data, at, at + fingerprintLength));
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public byte[] fingerprint() {
        return fingerprint.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardRead r && r.text.equals(text) && Arrays.equals(r.photo, photo)
                && Arrays.equals(r.fingerprint, fingerprint);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(photo)) + Arrays.hashCode(fingerprint);
    }

    @Override
    public String toString() {
        return "CardRead[" + text + ", photo " + photo.length + " bytes, fingerprint " + fingerprint.length
                + " bytes]";
    }
}
