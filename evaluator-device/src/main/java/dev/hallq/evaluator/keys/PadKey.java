package dev.hallq.evaluator.keys;

import java.util.Arrays;
import java.util.List;

/**
 * The keys of a window's evaluation pad (评价器): five rating keys, each with an LED, in the order
 * of the 好差评 scale from best to worst, then the staff keys.
 */
public enum PadKey {
    VERY_SATISFIED("非常满意", true),
    SATISFIED("满意", true),
    BASICALLY_SATISFIED("基本满意", true),
    DISSATISFIED("不满意", true),
    VERY_DISSATISFIED("非常不满意", true),
    NEXT("叫号", false),
    RECALL("重呼", false),
    NO_SHOW("过号", false),
    PAUSE_RESUME("暂停/恢复", false),
    FINISH("办结", false);

    private static final List<PadKey> RATING_KEYS =
            Arrays.stream(values()).filter(PadKey::isRatingKey).toList();

    private final String label;
    private final boolean ratingKey;

    PadKey(String label, boolean ratingKey) {
        this.label = label;
        this.ratingKey = ratingKey;
    }

    /** The Chinese label printed on the key. */
    public String label() {
        return label;
    }

    /** True for the five rating keys (they have an LED); false for staff keys. */
    public boolean isRatingKey() {
        return ratingKey;
    }

    /** The five rating keys, best first. */
    public static List<PadKey> ratingKeys() {
        return RATING_KEYS;
    }
}
