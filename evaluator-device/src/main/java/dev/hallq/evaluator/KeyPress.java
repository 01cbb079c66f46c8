package dev.hallq.evaluator;

import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.protocol.RatingLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One press of a pad key, from the physical keypad or from the page. Only the page can add details: the
 * reasons and text of a bad rating, or why staff pause. Details that do not fit the key are refused here,
 * at the edge, with a message naming them.
 *
 * @param reasons     bad-rating reason codes ({@link BadRatingReason}), empty otherwise
 * @param comment     a bad rating's text, or null
 * @param pauseReason why staff pause (午休, 会议, 临时离开), or null for the default 「暂停服务」
 */
record KeyPress(PadKey key, Source source, List<String> reasons, String comment, String pauseReason) {
    static final int LONGEST_COMMENT = 500;
    static final int LONGEST_PAUSE_REASON = 40;

    enum Source { KEYPAD, PAGE }

    KeyPress {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        comment = blankToNull(comment);
        pauseReason = blankToNull(pauseReason);
        boolean bad = key.isRatingKey() && level(key).isBad();
        if (!bad && (!reasons.isEmpty() || comment != null)) {
            throw new IllegalArgumentException("reasons and comment go only with a bad rating (DISSATISFIED, "
                    + "VERY_DISSATISFIED), not with " + key);
        }
        for (String reason : reasons) {
            if (BadRatingReason.byCode(reason).isEmpty()) {
                throw new IllegalArgumentException("unknown reason '" + reason + "'; reasons are " + BadRatingReason.codes());
            }
        }
        if (reasons.size() != reasons.stream().distinct().count()) {
            throw new IllegalArgumentException("reasons must not repeat, were " + reasons);
        }
        if (comment != null && comment.length() > LONGEST_COMMENT) {
            throw new IllegalArgumentException("comment must be at most " + LONGEST_COMMENT + " characters, was " + comment.length());
        }
        if (pauseReason != null && key != PadKey.PAUSE_RESUME) {
            throw new IllegalArgumentException("reason (why staff pause) goes only with PAUSE_RESUME, not with " + key);
        }
        if (pauseReason != null && pauseReason.length() > LONGEST_PAUSE_REASON) {
            throw new IllegalArgumentException("reason must be at most " + LONGEST_PAUSE_REASON + " characters");
        }
    }

    /** A physical key: no reasons, no text. */
    static KeyPress keypad(PadKey key) {
        return new KeyPress(key, Source.KEYPAD, List.of(), null, null);
    }

    static KeyPress page(PadKey key, List<String> reasons, String comment, String pauseReason) {
        return new KeyPress(key, Source.PAGE, reasons == null ? List.of() : new ArrayList<>(reasons), comment, pauseReason);
    }

    /** The rating a rating key gives. */
    static RatingLevel level(PadKey ratingKey) {
        if (!ratingKey.isRatingKey()) {
            throw new IllegalArgumentException(ratingKey + " is a staff key, not a rating key");
        }
        return RatingLevel.valueOf(ratingKey.name());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
