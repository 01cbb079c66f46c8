package dev.hallq.hub.privacy;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals a citizen's name with AES-256-GCM under the hall's name key, bound to its ticket (the ticket id is the
 * associated data, so a sealed name copied to another ticket does not open). The key lives in a file beside the
 * database, never in it: a copy of the database alone reveals no name.
 */
public final class NameSeal {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private NameSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the name key must be 32 bytes, was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A key of this run only, for a hub that keeps nothing on disk. */
    public static NameSeal ephemeral() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new NameSeal(key);
    }

    /** The key kept in {@code file} (64 hex digits), created readable by its owner only on first use. */
    public static NameSeal keyIn(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new NameSeal(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the name key " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the name key " + file + " is not 64 hex digits", e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the directory's own protection has to do
            }
            Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another hub process made it first: use theirs
        }
    }

    /** The name, sealed for this ticket: Base64 of a fresh 12-byte IV followed by the ciphertext and tag. */
    public String seal(String ticketId, String name) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher aes = cipher(Cipher.ENCRYPT_MODE, iv, ticketId);
            byte[] sealed = aes.doFinal(name.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
        }
    }

    /** The name sealed for this ticket; throws if the key or the ticket is not the one it was sealed with. */
    public String open(String ticketId, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= IV_BYTES) {
                throw new IllegalStateException("a sealed name of " + ticketId + " is too short");
            }
            Cipher aes = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), ticketId);
            return new String(aes.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the name of " + ticketId + " does not open with this hall's name key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String ticketId) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        aes.updateAAD(ticketId.getBytes(StandardCharsets.UTF_8));
        return aes;
    }
}
