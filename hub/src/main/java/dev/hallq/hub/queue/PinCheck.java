package dev.hallq.hub.queue;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A staff PIN typed on a pad, against its bcrypt hash in the hall's configuration. PINs are hashed at a low
 * cost ({@link #COST}): the check runs on the desk thread, and a PIN of a few digits is protected by the hall
 * network and the log-in audit, not by the hash's cost.
 */
public final class PinCheck {
    public static final int COST = 6;

    private PinCheck() {
    }

    public static boolean matches(String pin, String hash) {
        if (pin == null || hash == null) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, pin.toCharArray());
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException e) {
            return false;
        }
    }

    /** The hash of a PIN of 4-8 digits; anything else is refused, naming the rule. */
    public static String hash(String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new IllegalArgumentException("pin must be 4-8 digits");
        }
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", pin.toCharArray(), salt, COST);
    }
}
