package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PadKeyTest {

    @Test
    void the_five_rating_keys_run_from_best_to_worst_with_their_chinese_labels() {
        assertThat(PadKey.ratingKeys()).containsExactly(PadKey.VERY_SATISFIED, PadKey.SATISFIED,
                PadKey.BASICALLY_SATISFIED, PadKey.DISSATISFIED, PadKey.VERY_DISSATISFIED);
        assertThat(PadKey.ratingKeys()).extracting(PadKey::label)
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
    }

    @Test
    void staff_keys_are_not_rating_keys_and_carry_their_hall_labels() {
        assertThat(Arrays.stream(PadKey.values()).filter(key -> !key.isRatingKey()))
                .containsExactly(PadKey.NEXT, PadKey.RECALL, PadKey.NO_SHOW, PadKey.PAUSE_RESUME, PadKey.FINISH)
                .extracting(PadKey::label)
                .containsExactly("叫号", "重呼", "过号", "暂停/恢复", "办结");
    }
}
