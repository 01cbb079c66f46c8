package dev.hallq.display.voice;

import java.util.Objects;

/**
 * Health of a speech output, for the device-health view.
 *
 * @param status OK, DEGRADED (announcements still complete, e.g. "no audio device") or FAULT
 *               (announcements fail, e.g. "espeak-ng not installed")
 * @param reason human-readable reason; empty when OK
 */
public record VoiceHealth(Status status, String reason) {

    public enum Status { OK, DEGRADED, FAULT }

    private static final VoiceHealth OK_HEALTH = new VoiceHealth(Status.OK, "");

    public VoiceHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (status != Status.OK && reason.isBlank()) {
            throw new IllegalArgumentException(status + " needs a reason");
        }
    }

    public static VoiceHealth ok() {
        return OK_HEALTH;
    }

    public static VoiceHealth degraded(String reason) {
        return new VoiceHealth(Status.DEGRADED, reason);
    }

    public static VoiceHealth fault(String reason) {
        return new VoiceHealth(Status.FAULT, reason);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? status.name() : status + " (" + reason + ")";
    }
}
