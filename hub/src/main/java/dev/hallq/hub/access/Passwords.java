package dev.hallq.hub.access;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.security.SecureRandom;

/**
 * Password hashing with bcrypt (Bouncy Castle's implementation, {@code $2y$} hashes). Only hashes are kept;
 * a password must be 10 characters or more and is never logged.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 72; // bcrypt reads at most 72 bytes
    private final SecureRandom random = new SecureRandom();
    private final int cost;

    /** @param cost bcrypt's log2 work factor: 12 in a hall (≈0.3 s a check here), 4 in tests */
    public Passwords(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4-31, was " + cost);
        }
        this.cost = cost;
    }

    public String hash(String password) {
        requireAcceptable(password);
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    }

    /** True when the password matches the hash; false for any malformed hash. */
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || password.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException e) {
            return false;
        }
    }

    /** Refuses, naming the rule, a password that is too short, too long or blank. */
    public static void requireAcceptable(String password) {
        if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new IllegalArgumentException("password must be at most " + MAX_LENGTH + " bytes");
        }
    }
}
