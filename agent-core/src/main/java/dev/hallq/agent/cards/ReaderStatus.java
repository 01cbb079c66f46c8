package dev.hallq.agent.cards;

/**
 * How a PC/SC card reader is doing, with a reason a technician can act on. Expected faults are a status,
 * never an exception: the watcher keeps looking and moves back to {@link #OK} by itself.
 */
public enum ReaderStatus {
    STARTING("looking for the card reader"),
    OK("card reader ready"),
    NO_PCSC_SERVICE("the PC/SC service (pcscd) is not running"),
    PCSC_SERVICE_LOST("lost the PC/SC service and this JVM cannot reconnect to a restarted pcscd: restart the agent"),
    NO_READER("the configured card reader is not connected"),
    READER_UNPLUGGED("the card reader was unplugged"),
    CLOSED("card reader closed");

    private final String reason;

    ReaderStatus(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** A fault worth a DEGRADED device status; starting up and shutting down are not faults. */
    public boolean fault() {
        return this != OK && this != STARTING && this != CLOSED;
    }
}
