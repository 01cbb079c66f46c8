package dev.hallq.hub.queue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Turns an ID number into a keyed hash (HMAC-SHA256 with the hall's own secret key), so the hub can tell
 * "the same person again" without ever keeping the number. Without the key file the hashes mean nothing.
 */
public final class IdHasher {
    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    private IdHasher(byte[] key) {
        this.key = key.clone();
    }

    /** A key for this process only: hashes are not comparable across restarts (memory stores, tests). */
    public static IdHasher ephemeral() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new IdHasher(key);
    }

    /** The key kept in {@code file}, created (readable by its owner only) on first use. */
    public static IdHasher keyIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own protection has to do
                }
            }
            return new IdHasher(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ID key " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the ID key file " + file + " is not a hex key", e);
        }
    }

    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
