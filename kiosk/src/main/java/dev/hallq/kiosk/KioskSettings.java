package dev.hallq.kiosk;

import dev.hallq.agent.AgentSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * How a kiosk (取号机) runs.
 *
 * @param agent        broker, hall, device id and page address
 * @param printerId    the printer agent that prints this kiosk's tickets; null when the kiosk has no paper
 * @param replyTimeout how long a citizen waits for the hub before being sent to the information desk
 */
public record KioskSettings(AgentSettings agent, String printerId, Duration replyTimeout) {
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration LONGEST_REPLY_TIMEOUT = Duration.ofSeconds(60);
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    public KioskSettings {
        Objects.requireNonNull(agent, "agent settings are required");
        if (printerId != null && printerId.isBlank()) {
            printerId = null;
        }
        if (printerId != null && !printerId.matches(ID)) {
            throw new IllegalArgumentException("--printer must be 1-64 letters, digits, '_', '.' or '-', was '" + printerId + "'");
        }
        if (replyTimeout == null || replyTimeout.isNegative() || replyTimeout.isZero()
                || replyTimeout.compareTo(LONGEST_REPLY_TIMEOUT) > 0) {
            throw new IllegalArgumentException("replyTimeout must be between 1 ms and 60 s, was " + replyTimeout);
        }
    }

    /** A kiosk that waits {@link #DEFAULT_REPLY_TIMEOUT} for the hub. */
    public static KioskSettings of(AgentSettings agent, String printerId) {
        return new KioskSettings(agent, printerId, DEFAULT_REPLY_TIMEOUT);
    }

    public KioskSettings withReplyTimeout(Duration timeout) {
        return new KioskSettings(agent, printerId, timeout);
    }
}
