package dev.hallq.kiosk;

/** How the kiosk's resident ID-card reader (二代证阅读器) is doing, with a reason a technician can act on. */
public enum ReaderState {
    OK("reader ready"),
    NO_READER("no ID-card reader fitted"),
    NO_SAM("ID-card reader has no security module (SAM)"),
    SAM_FAULT("ID-card security module (SAM) failed its self-test"),
    DISCONNECTED("ID-card reader disconnected");

    private final String reason;

    ReaderState(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** A fault worth a DEGRADED status; a kiosk built without a reader is not one. */
    public boolean fault() {
        return this != OK && this != NO_READER;
    }
}
