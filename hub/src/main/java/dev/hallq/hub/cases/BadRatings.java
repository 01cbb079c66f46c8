package dev.hallq.hub.cases;

import dev.hallq.protocol.RatingLevel;

import java.util.Arrays;

/** Which ratings open a case: 不满意 and 非常不满意, as the RATED event names them. */
final class BadRatings {
    private BadRatings() {
    }

    /** True when a RATED event's detail (the level's name) is a bad rating. */
    static boolean isBad(String levelName) {
        return Arrays.stream(RatingLevel.values()).anyMatch(l -> l.isBad() && l.name().equals(levelName));
    }

    /** The bad levels' names, for SQL. */
    static String sqlList() {
        return String.join(", ", Arrays.stream(RatingLevel.values()).filter(RatingLevel::isBad)
                .map(l -> "'" + l.name() + "'").toList());
    }
}
