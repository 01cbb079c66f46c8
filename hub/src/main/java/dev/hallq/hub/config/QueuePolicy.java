package dev.hallq.hub.config;

import java.time.Duration;

/**
 * The hall's queue rules, printed in the docs so nobody has to guess them.
 *
 * @param priorityInARow      绿色通道: at most this many priority tickets are called in a row at a service while
 *                            normal tickets wait
 * @param normalMaxWaitMinutes a normal ticket that has waited this long goes before priority tickets
 * @param recallCoolDownSeconds a ticket is recalled (重呼) at the earliest this long after its last call
 * @param maxCalls            a ticket is called at most this many times; a recall past it marks it missed
 * @param missedReturnMinutes a missed ticket (过号) may come back within this long after it was missed
 * @param rejoinAfter         a returning ticket rejoins the line behind this many waiting tickets
 * @param transferKeepsPlace  a transferred ticket keeps its original place (issue time) in its new line
 * @param elderlyAge          a citizen of this age or older (by the ID card's birth date) gets a priority ticket
 */
public record QueuePolicy(int priorityInARow, int normalMaxWaitMinutes, int recallCoolDownSeconds, int maxCalls,
                          int missedReturnMinutes, int rejoinAfter, boolean transferKeepsPlace, int elderlyAge) {

    public static final QueuePolicy DEFAULT = new QueuePolicy(2, 30, 10, 3, 30, 2, true, 65);

    public QueuePolicy(int priorityInARow, int normalMaxWaitMinutes, int recallCoolDownSeconds, int maxCalls,
                       int missedReturnMinutes, int rejoinAfter, boolean transferKeepsPlace) {
        this(priorityInARow, normalMaxWaitMinutes, recallCoolDownSeconds, maxCalls, missedReturnMinutes, rejoinAfter,
                transferKeepsPlace, DEFAULT_ELDERLY_AGE);
    }

    private static final int DEFAULT_ELDERLY_AGE = 65;

    public QueuePolicy {
        positive("policy.priorityInARow", priorityInARow);
        positive("policy.normalMaxWaitMinutes", normalMaxWaitMinutes);
        notNegative("policy.recallCoolDownSeconds", recallCoolDownSeconds);
        positive("policy.maxCalls", maxCalls);
        notNegative("policy.missedReturnMinutes", missedReturnMinutes);
        notNegative("policy.rejoinAfter", rejoinAfter);
        positive("policy.elderlyAge", elderlyAge);
    }

    public Duration normalMaxWait() {
        return Duration.ofMinutes(normalMaxWaitMinutes);
    }

    public Duration recallCoolDown() {
        return Duration.ofSeconds(recallCoolDownSeconds);
    }

    public Duration missedReturnWithin() {
        return Duration.ofMinutes(missedReturnMinutes);
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
    }

    private static void notNegative(String key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative, was " + value);
        }
    }
}
