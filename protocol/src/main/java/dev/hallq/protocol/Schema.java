package dev.hallq.protocol;

/** The payload schema version every message carries in its {@code schema} field. */
public final class Schema {
    /** Version written by this build. Readers accept exactly this version. */
    public static final int VERSION = 1;

    private Schema() {
    }

    static void check(int schema) {
        if (schema != VERSION) {
            throw new IllegalArgumentException("unsupported schema " + schema + " (this build speaks " + VERSION + ")");
        }
    }
}
