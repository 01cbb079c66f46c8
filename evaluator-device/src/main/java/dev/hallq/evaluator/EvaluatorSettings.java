package dev.hallq.evaluator;

import dev.hallq.agent.AgentSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * How a window's evaluation pad (评价器) runs.
 *
 * @param agent         broker, hall, device id and page address
 * @param window        the window this pad belongs to (1-9999)
 * @param ratingTimeout how long the pad asks for a rating before going back to the staff screen; the
 *                      ticket then stays unrated (never a default rating)
 * @param replyTimeout  how long the pad waits for the hub's answer before showing 「大厅服务器无响应」
 * @param outbox        the folder where ratings wait until the hub has them (store and forward), or null to keep
 *                      them in memory only (tests, the demo)
 * @param staffCards    the PC/SC reader staff tap their cards on to log in (上岗), or null for none
 */
public record EvaluatorSettings(AgentSettings agent, int window, Duration ratingTimeout, Duration replyTimeout,
                                java.nio.file.Path outbox, dev.hallq.agent.cards.PcscSettings staffCards) {
    public static final Duration DEFAULT_RATING_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration LONGEST_RATING_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration LONGEST_REPLY_TIMEOUT = Duration.ofSeconds(60);
    private static final int LAST_WINDOW = 9999;

    public EvaluatorSettings {
        Objects.requireNonNull(agent, "agent settings are required");
        if (window < 1 || window > LAST_WINDOW) {
            throw new IllegalArgumentException("--window must be a window number 1-" + LAST_WINDOW + ", was " + window);
        }
        requireBetween("ratingTimeout", ratingTimeout, LONGEST_RATING_TIMEOUT);
        requireBetween("replyTimeout", replyTimeout, LONGEST_REPLY_TIMEOUT);
    }

    public EvaluatorSettings(AgentSettings agent, int window, Duration ratingTimeout, Duration replyTimeout) {
        this(agent, window, ratingTimeout, replyTimeout, null, null);
    }

    public EvaluatorSettings withOutbox(java.nio.file.Path dir) {
        return new EvaluatorSettings(agent, window, ratingTimeout, replyTimeout, dir, staffCards);
    }

    public EvaluatorSettings withStaffCards(dev.hallq.agent.cards.PcscSettings reader) {
        return new EvaluatorSettings(agent, window, ratingTimeout, replyTimeout, outbox, reader);
    }

    /** A pad that asks for a rating for 60 s and waits 5 s for the hub. */
    public static EvaluatorSettings of(AgentSettings agent, int window) {
        return new EvaluatorSettings(agent, window, DEFAULT_RATING_TIMEOUT, DEFAULT_REPLY_TIMEOUT);
    }

    private static void requireBetween(String name, Duration value, Duration longest) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(longest) > 0) {
            throw new IllegalArgumentException(name + " must be between 1 ms and " + longest.toSeconds() + " s, was " + value);
        }
    }
}
