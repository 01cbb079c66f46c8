package dev.hallq.display;

import dev.hallq.agent.AgentSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * How a call-display agent runs.
 *
 * @param agent      broker, hall, device id and page address
 * @param role       window screen or hall screen
 * @param window     the window a window screen shows (1 or more); null for the hall screen
 * @param announce   speak the calls (hall screen only)
 * @param hubSilence after this long without any message from the hub, the page shows the offline banner;
 *                   null means {@link #DEFAULT_HUB_SILENCE}
 * @param config     notices, citizen name, staff photos and voice; null means {@link DisplayConfig#defaults()}
 */
public record DisplaySettings(AgentSettings agent, ScreenRole role, Integer window, boolean announce,
                              Duration hubSilence, DisplayConfig config) {
    public static final Duration DEFAULT_HUB_SILENCE = Duration.ofSeconds(30);
    private static final int LAST_WINDOW = 9999;

    public DisplaySettings {
        Objects.requireNonNull(agent, "agent settings are required");
        Objects.requireNonNull(role, "role is required (WINDOW or HALL)");
        if (role == ScreenRole.WINDOW) {
            if (window == null || window < 1 || window > LAST_WINDOW) {
                throw new IllegalArgumentException("--window must be a window number 1-" + LAST_WINDOW
                        + " for a window screen, was " + window);
            }
            if (announce) {
                throw new IllegalArgumentException("--announce is for the hall screen only, not for window " + window);
            }
        } else if (window != null) {
            throw new IllegalArgumentException("the hall screen shows every window; --window must not be given, was "
                    + window);
        }
        if (hubSilence == null) {
            hubSilence = DEFAULT_HUB_SILENCE;
        }
        if (hubSilence.isNegative() || hubSilence.isZero()) {
            throw new IllegalArgumentException("--hub-silence must be positive, was " + hubSilence.toSeconds() + " s");
        }
        if (config == null) {
            config = DisplayConfig.defaults();
        }
    }

    public DisplaySettings(AgentSettings agent, ScreenRole role, Integer window, boolean announce, Duration hubSilence) {
        this(agent, role, window, announce, hubSilence, null);
    }

    public DisplaySettings withConfig(DisplayConfig other) {
        return new DisplaySettings(agent, role, window, announce, hubSilence, other);
    }

    /** @param silence how long the hub may be silent before the offline banner goes up */
    public DisplaySettings withHubSilence(Duration silence) {
        return new DisplaySettings(agent, role, window, announce, silence, config);
    }

    /** A window screen (窗口屏) for window {@code window}; it does not speak. */
    public static DisplaySettings window(AgentSettings agent, int window) {
        return new DisplaySettings(agent, ScreenRole.WINDOW, window, false, DEFAULT_HUB_SILENCE, null);
    }

    /** The hall screen (综合屏), speaking the calls when {@code announce}. */
    public static DisplaySettings hall(AgentSettings agent, boolean announce) {
        return new DisplaySettings(agent, ScreenRole.HALL, null, announce, DEFAULT_HUB_SILENCE, null);
    }
}
